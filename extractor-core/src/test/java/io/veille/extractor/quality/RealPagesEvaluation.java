package io.veille.extractor.quality;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.veille.extractor.extraction.ArticleExtractor;
import io.veille.extractor.extraction.ExtractionTrace;
import io.veille.extractor.extraction.Page;
import io.veille.extractor.quality.RealCorpus.BodyPage;
import io.veille.extractor.quality.RealCorpus.SnippetPage;
import io.veille.extractor.quality.RealPageMatch.SnippetCount;

/**
 * Scores the extractor on the real-page corpus (shared/pages, README there): the snippets set by
 * trafilatura's snippet metric, the bodies set by the article-extraction-benchmark's shingle metric
 * plus title, date and author agreement. Every page goes through the full
 * {@link ArticleExtractor#extract(Page)} (as {@code extractTraced}, which also says which strategy
 * gave the body). Reports go to {@code target/realpages/}.
 *
 * <p>{@code main} runs it outside Maven: {@code RealPagesEvaluation [--update-floors] [--repin]},
 * with the test class path, from the module directory.
 */
public final class RealPagesEvaluation {

    /** How the extractor did on one page of the snippets set. */
    record SnippetResult(SnippetPage page, String strategy, String candidates, SnippetCount count, long nanos,
                         String text, String error) {
    }

    /** How the extractor did on one page of the bodies set. */
    record BodyResult(BodyPage page, String strategy, String candidates, ShingleScore.Matching body, boolean titleOk,
                      String title, boolean dateOk, Instant published, Boolean authorsOk, String byline, long nanos,
                      String text, String error) {
    }

    record SnippetTotals(int pages, int tp, int fn, int fp, Map<String, Integer> strategies, double msPerPage) {
        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            return 2.0 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }

        String summary() {
            return String.format(Locale.ROOT, "snippets: %d pages | P %.4f R %.4f F1 %.4f | tp %d fn %d fp %d | %s | %.1f ms/page",
                    pages, precision(), recall(), f1(), tp, fn, fp, strategies, msPerPage);
        }
    }

    record BodyTotals(int pages, double precision, double recall, int titles, int dates, int authors, int authorPages,
                      Map<String, Integer> strategies, double msPerPage) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        double titleShare() {
            return pages == 0 ? 0 : (double) titles / pages;
        }

        double dateShare() {
            return pages == 0 ? 0 : (double) dates / pages;
        }

        double authorShare() {
            return authorPages == 0 ? 0 : (double) authors / authorPages;
        }

        String summary() {
            return String.format(Locale.ROOT,
                    "bodies: %d pages | body P %.4f R %.4f F1 %.4f | title %d/%d (%.3f) | date %d/%d (%.3f) | authors %d/%d (%.3f) | %s | %.1f ms/page",
                    pages, precision, recall, f1(), titles, pages, titleShare(), dates, pages, dateShare(), authors,
                    authorPages, authorShare(), strategies, msPerPage);
        }
    }

    record Run(String corpusHash, List<SnippetResult> snippets, List<BodyResult> bodies, SnippetTotals snippetTotals,
               BodyTotals bodyTotals) {

        /** The measured values, under the keys of floor.properties. */
        Map<String, Double> measured() {
            Map<String, Double> m = new TreeMap<>();
            m.put(RealPagesFloors.SNIPPETS_F1, snippetTotals.f1());
            m.put(RealPagesFloors.BODIES_F1, bodyTotals.f1());
            m.put(RealPagesFloors.BODIES_TITLE, bodyTotals.titleShare());
            m.put(RealPagesFloors.BODIES_DATE, bodyTotals.dateShare());
            m.put(RealPagesFloors.BODIES_AUTHORS, bodyTotals.authorShare());
            return m;
        }
    }

    private RealPagesEvaluation() {
    }

    static Run run(ArticleExtractor extractor, Path root) {
        String hash = RealCorpus.sha256(root);
        List<SnippetPage> snippetPages = RealCorpus.snippets(root);
        List<BodyPage> bodyPages = RealCorpus.bodies(root);
        // Warm the extractor (Lingua models, JIT) on one page so the first page's time is not start-up.
        extractor.extract(new Page(RealCorpus.html(bodyPages.get(0).file()), bodyPages.get(0).url(), null, null));
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<SnippetResult> snippets = inParallel(pool, snippetPages, p -> snippet(extractor, p));
            List<BodyResult> bodies = inParallel(pool, bodyPages, p -> body(extractor, p));
            return new Run(hash, snippets, bodies, snippetTotals(snippets), bodyTotals(bodies));
        } finally {
            pool.shutdownNow();
        }
    }

    private static <P, R> List<R> inParallel(ExecutorService pool, List<P> pages, Function<P, R> task) {
        List<Future<R>> futures = pages.stream().map(p -> pool.submit(() -> task.apply(p))).toList();
        List<R> results = new ArrayList<>();
        for (Future<R> f : futures) {
            try {
                results.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return results;
    }

    private static SnippetResult snippet(ArticleExtractor extractor, SnippetPage page) {
        String html = RealCorpus.html(page.file());
        long start = System.nanoTime();
        try {
            ExtractionTrace t = extractor.extractTraced(new Page(html, page.url(), null, null));
            long nanos = System.nanoTime() - start;
            String text = t.extraction().text();
            return new SnippetResult(page, t.strategy(), t.candidates(),
                    RealPageMatch.snippets(page.with(), page.without(), text), nanos, text, null);
        } catch (RuntimeException e) {
            // A crash is a full miss, as trafilatura's gate counts it.
            return new SnippetResult(page, "error", "", RealPageMatch.snippets(page.with(), page.without(), ""),
                    System.nanoTime() - start, "", e.toString());
        }
    }

    private static BodyResult body(ArticleExtractor extractor, BodyPage page) {
        String html = RealCorpus.html(page.file());
        long start = System.nanoTime();
        try {
            ExtractionTrace t = extractor.extractTraced(new Page(html, page.url(), null, null));
            long nanos = System.nanoTime() - start;
            var e = t.extraction();
            return new BodyResult(page, t.strategy(), t.candidates(), ShingleScore.benchmark(page.body(), e.text()),
                    RealPageMatch.titleOk(page.title(), e.title()), e.title(),
                    RealPageMatch.dateOk(page.publishedAt(), e.publishedAt()), e.publishedAt(),
                    RealPageMatch.authorsOk(page.authors(), e.byline()), e.byline(), nanos, e.text(), null);
        } catch (RuntimeException ex) {
            return new BodyResult(page, "error", "", ShingleScore.benchmark(page.body(), ""), false, null, false, null,
                    page.authors().isEmpty() ? null : false, null, System.nanoTime() - start, "", ex.toString());
        }
    }

    static SnippetTotals snippetTotals(List<SnippetResult> results) {
        return new SnippetTotals(results.size(),
                results.stream().mapToInt(r -> r.count().tp()).sum(),
                results.stream().mapToInt(r -> r.count().fn()).sum(),
                results.stream().mapToInt(r -> r.count().fp()).sum(),
                strategies(results.stream().map(SnippetResult::strategy).toList()),
                results.stream().mapToLong(SnippetResult::nanos).average().orElse(0) / 1e6);
    }

    static BodyTotals bodyTotals(List<BodyResult> results) {
        return new BodyTotals(results.size(),
                results.stream().map(BodyResult::body).filter(ShingleScore.Matching::predicted)
                        .mapToDouble(ShingleScore.Matching::precision).average().orElse(0),
                results.stream().map(BodyResult::body).filter(ShingleScore.Matching::expected)
                        .mapToDouble(ShingleScore.Matching::recall).average().orElse(0),
                (int) results.stream().filter(BodyResult::titleOk).count(),
                (int) results.stream().filter(BodyResult::dateOk).count(),
                (int) results.stream().filter(r -> Boolean.TRUE.equals(r.authorsOk())).count(),
                (int) results.stream().filter(r -> r.authorsOk() != null).count(),
                strategies(results.stream().map(BodyResult::strategy).toList()),
                results.stream().mapToLong(BodyResult::nanos).average().orElse(0) / 1e6);
    }

    private static Map<String, Integer> strategies(List<String> names) {
        return new TreeMap<>(names.stream().collect(Collectors.groupingBy(s -> s, Collectors.summingInt(s -> 1))));
    }

    /** Runs the evaluation from the module directory; {@code --update-floors} raises the committed floors. */
    public static void main(String[] args) {
        Path root = RealCorpus.locate();
        if (root == null) {
            System.err.println("no shared/pages corpus found; give -Dveille.pages=DIR");
            System.exit(2);
        }
        long start = System.nanoTime();
        Run run = run(new ArticleExtractor(), root);
        RealPagesReport.write(Path.of("target", "realpages"), run);
        System.out.println("[realpages] " + run.snippetTotals().summary());
        System.out.println("[realpages] " + run.bodyTotals().summary());
        System.out.printf(Locale.ROOT, "[realpages] %.1f s in all (reports: target/realpages/)%n", (System.nanoTime() - start) / 1e9);
        List<String> args2 = List.of(args);
        Path floorFile = RealPagesFloors.sourceFile();
        if (args2.contains("--update-floors") || args2.contains("--repin")) {
            System.out.println(RealPagesFloors.update(floorFile, run, args2.contains("--repin")));
        } else {
            RealPagesFloors floors = RealPagesFloors.load(floorFile);
            List<String> problems = floors.check(run);
            System.out.println(problems.isEmpty() ? "[realpages] floors hold: " + floors.describe()
                    : "[realpages] FLOORS BROKEN:\n  " + String.join("\n  ", problems));
        }
    }
}
