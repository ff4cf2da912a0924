package io.veille.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import io.veille.extractor.extraction.ArticleExtractor;
import io.veille.extractor.extraction.Extraction;

/**
 * The heap the extractor needs for a stream of pages. {@code run N} extracts N pages the way the
 * service does: each page is read afresh (a new String, like a Kafka record), extracted, and its
 * result dropped, cycling through the page set. It prints one RESULT line: pages/s, MB/s and the
 * peak heap in use right after a collection, which is the most the extractor ever kept alive
 * (plus whatever the collector had not yet reclaimed in the old generation).
 *
 * <p>{@code search [--pages N] [--probe-pages P] [--heaps 256,128,...] [--out FILE]} runs
 * {@code run P} in a fresh JVM for each -Xmx, largest first, until one runs out of memory, then
 * {@code run N} with the smallest heap that passed (stepping back up if it fails): the full run
 * at that heap is the answer. Probing with a few passes over the set is enough to meet the
 * largest page; the full run is what would show a leak.
 */
public final class HeapFootprint {

    static final int DEFAULT_PAGES = 10_000;
    static final int DEFAULT_PROBE_PAGES = 460;
    /** A heap is enough when it keeps this share of the largest heap's throughput... */
    static final double PRACTICAL = 0.5;
    /** ...and the search stops below this share: the JVM is then mostly collecting. */
    static final double THRASHING = 0.25;
    static final List<Integer> DEFAULT_HEAPS_MB = List.of(256, 128, 64, 32, 16, 12, 10, 8, 6, 5, 4);
    private static final String RESULT = "RESULT ";
    private static final int OUT_OF_MEMORY_EXIT = 3; // what -XX:+ExitOnOutOfMemoryError exits with

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("run")) {
            int pages = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_PAGES;
            System.out.println(RESULT + format(run(PageSet.load(), pages)));
            return;
        }
        if (args.length > 0 && args[0].equals("search")) {
            search(args);
            return;
        }
        System.err.println("usage: HeapFootprint run [PAGES] | search [--pages N] [--probe-pages P] [--heaps 256,128,64] [--out FILE]");
        System.exit(2);
    }

    static Map<String, String> run(PageSet set, int count) throws InterruptedException {
        PeakAfterGc peak = PeakAfterGc.watch();
        ArticleExtractor extractor = new ArticleExtractor();
        List<PageSet.BenchPage> pages = set.pages();
        long bytes = 0;
        long textChars = 0;
        long facts = 0;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            PageSet.BenchPage page = pages.get(i % pages.size());
            Extraction e = extractor.extract(page.read());
            bytes += page.bytes();
            textChars += e.text().length();
            facts += e.facts().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        Thread.sleep(500); // GC notifications arrive on their own thread
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();

        Map<String, String> r = new LinkedHashMap<>();
        r.put("pages", Integer.toString(count));
        r.put("seconds", String.format("%.1f", seconds));
        r.put("pagesPerSecond", String.format("%.1f", count / seconds));
        r.put("mbPerSecond", String.format("%.2f", bytes / 1e6 / seconds));
        r.put("peakUsedAfterGcMb", mb(peak.peak()));
        r.put("usedAfterFinalGcMb", mb(heap.getUsed()));
        r.put("maxHeapMb", mb(heap.getMax()));
        r.put("collections", Long.toString(peak.collections()));
        r.put("collector", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining("+")).replace(' ', '_'));
        r.put("textChars", Long.toString(textChars));
        r.put("facts", Long.toString(facts));
        return r;
    }

    private static void search(String[] args) throws IOException, InterruptedException {
        int pages = DEFAULT_PAGES;
        int probePages = DEFAULT_PROBE_PAGES;
        List<Integer> heaps = DEFAULT_HEAPS_MB;
        Path out = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--pages" -> pages = Integer.parseInt(args[++i]);
                case "--probe-pages" -> probePages = Integer.parseInt(args[++i]);
                case "--heaps" -> heaps = Arrays.stream(args[++i].split(",")).map(String::strip).map(Integer::valueOf).toList();
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        PageSet set = PageSet.load();
        String loadAtStart = Report.loadAverage();
        List<String> rows = new ArrayList<>();
        List<Integer> practical = new ArrayList<>();
        Integer absolute = null;
        double baseline = Double.NaN;
        for (int heapMb : heaps) {
            Outcome o = runIn(heapMb, probePages, set.root());
            rows.add(o.row(heapMb, probePages));
            if (!o.completed()) {
                break;
            }
            absolute = heapMb;
            double pagesPerSecond = o.pagesPerSecond();
            if (Double.isNaN(baseline)) {
                baseline = pagesPerSecond;
            }
            if (pagesPerSecond < baseline * THRASHING) {
                break; // smaller heaps only collect more: not worth the wait
            }
            if (pagesPerSecond >= baseline * PRACTICAL) {
                practical.add(heapMb);
            }
        }
        Integer smallest = null;
        Outcome full = null;
        for (int i = practical.size() - 1; i >= 0 && smallest == null; i--) {
            full = runIn(practical.get(i), pages, set.root());
            rows.add(full.row(practical.get(i), pages));
            if (full.completed()) {
                smallest = practical.get(i);
            }
        }
        String report = markdown(set, pages, probePages, rows, absolute, smallest, full, loadAtStart);
        if (out != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            System.err.println("heap: wrote " + out);
        }
        System.out.print(report);
    }

    /** A run's results; {@code failure} is null when it completed. */
    record Outcome(Map<String, String> result, String failure) {

        boolean completed() {
            return failure == null;
        }

        double pagesPerSecond() {
            return Double.parseDouble(result.get("pagesPerSecond"));
        }

        String row(int heapMb, int pages) {
            return completed()
                    ? "| %dm | %d | completed | %s | %s | %s | %s | %s |".formatted(heapMb, pages, result.get("pagesPerSecond"),
                            result.get("mbPerSecond"), result.get("peakUsedAfterGcMb"), result.get("usedAfterFinalGcMb"),
                            result.get("collections"))
                    : "| %dm | %d | %s | | | | | |".formatted(heapMb, pages, failure);
        }
    }

    private static Outcome runIn(int heapMb, int pages, Path root) throws IOException, InterruptedException {
        System.err.printf("heap: -Xmx%dm, %d pages...%n", heapMb, pages);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx" + heapMb + "m", "-XX:+ExitOnOutOfMemoryError",
                "-Dveille.home=" + root, "-cp", System.getProperty("java.class.path"),
                HeapFootprint.class.getName(), "run", Integer.toString(pages))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        String line = output.lines().filter(l -> l.startsWith(RESULT)).findFirst().orElse(null);
        if (exit != 0 || line == null) {
            String failure = exit == OUT_OF_MEMORY_EXIT ? "out of memory" : "failed (exit " + exit + ")";
            System.err.printf("heap: -Xmx%dm %s%n", heapMb, failure);
            return new Outcome(Map.of(), failure);
        }
        Map<String, String> r = new LinkedHashMap<>();
        for (String kv : line.substring(RESULT.length()).split(" ")) {
            int eq = kv.indexOf('=');
            r.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        System.err.printf("heap: -Xmx%dm completed: %s%n", heapMb, format(r));
        return new Outcome(r, null);
    }

    private static String markdown(PageSet set, int pages, int probePages, List<String> rows, Integer absolute,
            Integer smallest, Outcome full, String loadAtStart) {
        StringBuilder md = new StringBuilder();
        md.append("# Extractor heap for ").append(pages).append(" pages\n\n");
        md.append("Run ").append(Instant.now()).append(" with ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" processors, load average at the start ").append(loadAtStart).append(", at the end ").append(Report.loadAverage())
                .append(" (the machine was shared with other builds: throughput here is indicative only).\n\n");
        md.append("Each row is a fresh JVM (`java -Xmx… -XX:+ExitOnOutOfMemoryError io.veille.bench.HeapFootprint run PAGES`, ")
                .append("default collector) extracting pages cycled from the ").append(set.pages().size()).append("-page set (")
                .append(set.totalBytes()).append(" bytes) one at a time, each read afresh and its result dropped, single thread. ")
                .append("Probes of ").append(probePages).append(" pages (").append(probePages / set.pages().size())
                .append(" passes over the set: the largest page is met in the first) go down from the largest heap and stop at the ")
                .append("first failure, or when throughput falls under ").append((int) (THRASHING * 100))
                .append("% of the largest heap's (the collector is thrashing). The smallest heap that kept at least ")
                .append((int) (PRACTICAL * 100)).append("% of that throughput then runs the full ").append(pages)
                .append(" pages (a leak would show there).\n\n");
        md.append("| -Xmx | pages | outcome | pages/s | MB/s | peak used after GC (MB) | used after final full GC (MB) | collections |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        rows.forEach(row -> md.append(row).append('\n'));
        md.append('\n');
        if (absolute != null) {
            md.append("Smallest heap that completed a probe at all: -Xmx").append(absolute).append("m.\n\n");
        }
        if (smallest == null) {
            md.append("No heap size completed the full run.\n");
        } else {
            Map<String, String> r = full.result();
            md.append("**Smallest heap that completed ").append(pages).append(" pages: -Xmx").append(smallest)
                    .append("m** (collector ").append(r.get("collector")).append("); peak heap used right after a collection ")
                    .append(r.get("peakUsedAfterGcMb")).append(" MB; ").append(r.get("usedAfterFinalGcMb"))
                    .append(" MB in use after a full collection at the end (the extractor's own tables: nothing is retained ")
                    .append("across pages). Throughput of that run: ").append(r.get("pagesPerSecond")).append(" pages/s, ")
                    .append(r.get("mbPerSecond")).append(" MB/s (JIT warm-up, page reads and a small heap's extra collections ")
                    .append("included).\n");
        }
        return md.toString();
    }

    private static String format(Map<String, String> r) {
        return r.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private static String mb(long bytes) {
        return String.format("%.1f", bytes / (1024.0 * 1024.0));
    }

    /** The largest heap occupancy seen right after any collection, summed over the heap pools. */
    private static final class PeakAfterGc {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong collections = new AtomicLong();

        static PeakAfterGc watch() {
            PeakAfterGc watcher = new PeakAfterGc();
            Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                    if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        return;
                    }
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                    watcher.collections.incrementAndGet();
                    watcher.peak.accumulateAndGet(used, Math::max);
                }, null, null);
            }
            return watcher;
        }

        long peak() {
            return peak.get();
        }

        long collections() {
            return collections.get();
        }
    }
}
