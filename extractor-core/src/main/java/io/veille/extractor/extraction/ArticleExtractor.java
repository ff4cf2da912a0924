package io.veille.extractor.extraction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.veille.extractor.entity.Entity;
import io.veille.extractor.entity.EntityRecognizer;
import io.veille.extractor.entity.RuleBasedRecognizer;
import io.veille.contracts.Fact;
import io.veille.extractor.fact.FactExtractor;
import io.veille.extractor.language.LanguageDetector;
import io.veille.extractor.language.LinguaDetector;
import io.veille.extractor.metadata.MetadataExtractor;
import io.veille.extractor.metadata.PageMetadata;

/**
 * The extractor's single entry point: page in, clean text with metadata, entities and facts out.
 * Plain Java and thread-safe (it holds no mutable state), so the Kafka consumer, the REST API and
 * the batch command lines share it. Deterministic for a given page and clock.
 *
 * <p>The body is chosen from two candidates by one rule: the publisher's JSON-LD articleBody when
 * it is a real body (at least {@value #MIN_STRUCTURED_BODY} characters and not much shorter than what
 * the page shows, since some sites put a teaser there), else the page's own reading: furniture
 * removed ({@link Furniture}), then the run of text blocks that reads most like prose around the
 * container the content scorer prefers ({@link MainText}).
 */
public final class ArticleExtractor {

    /** Pages beyond this are cut: no article needs more, and hostile pages must not exhaust memory. */
    public static final int MAX_INPUT_CHARS = 5 * 1024 * 1024;
    static final int MIN_STRUCTURED_BODY = 200;
    private static final double STRUCTURED_SHARE = 0.6;
    private static final Pattern MARKUP = Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9-]*[\\s>/]|!--|!doctype|/[a-zA-Z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u00A0]*\\n\\s*");

    private final MetadataExtractor metadata;
    private final LanguageDetector languages;
    private final EntityRecognizer entities;
    private final FactExtractor facts = new FactExtractor();

    public ArticleExtractor() {
        this(Clock.systemUTC());
    }

    /** @param clock bounds publication dates (nothing later than tomorrow); fixed in tests */
    public ArticleExtractor(Clock clock) {
        this(clock, new RuleBasedRecognizer());
    }

    public ArticleExtractor(Clock clock, EntityRecognizer entities) {
        this(clock, entities, new LinguaDetector());
    }

    public ArticleExtractor(Clock clock, EntityRecognizer entities, LanguageDetector languages) {
        this.metadata = new MetadataExtractor(clock);
        this.entities = entities;
        this.languages = languages;
    }

    public Extraction extract(Page page) {
        return extractTraced(page).extraction();
    }

    /**
     * {@link #extract(Page)}, with which strategy gave the body and what each candidate measured:
     * the evaluation reports read it to tell a lost paragraph from a wrong choice.
     */
    public ExtractionTrace extractTraced(Page page) {
        String input = page.html() == null ? "" : page.html();
        if (input.length() > MAX_INPUT_CHARS) {
            input = input.substring(0, MAX_INPUT_CHARS);
        }
        if (!MARKUP.matcher(input).find()) {
            return new ExtractionTrace(fromPlainText(input, page), "plain-text", "");
        }
        Document doc = Jsoup.parse(input, page.url() == null ? "" : page.url());
        Nesting.flatten(doc);
        PageMetadata meta = metadata.read(doc, page.url(), page.publishedHint());
        StringBuilder candidates = new StringBuilder();
        TextCandidate chosen = body(doc, meta, candidates);
        String text = chosen.text();
        String hint = meta.lang() != null ? meta.lang() : page.languageHint();
        String lang = languages.detect(text.isEmpty() ? meta.title() : text, hint);
        Extraction e = analyse(meta.title(), meta.byline(), meta.siteName(), meta.canonicalUrl(), lang, meta.publishedAt(), text);
        return new ExtractionTrace(new Extraction(e.title(), e.byline(), e.siteName(), e.canonicalUrl(), e.lang(),
                e.publishedAt(), e.text(), e.entities(), e.facts(), meta.image(), meta.section(), meta.modifiedAt()),
                chosen.strategy(), candidates.toString().strip());
    }

    /** Texts without markup are taken as written; only line endings and blank-line runs are tidied. */
    private Extraction fromPlainText(String input, Page page) {
        String text = BLANK_LINES.matcher(input.replace("\r\n", "\n").replace('\r', '\n').strip()).replaceAll("\n\n");
        String lang = languages.detect(text, page.languageHint());
        return analyse(null, null, null, page.url(), lang, page.publishedHint(), text);
    }

    private Extraction analyse(String title, String byline, String siteName, String canonicalUrl, String lang,
            java.time.Instant publishedAt, String text) {
        LocalDate reference = publishedAt == null ? null : LocalDate.ofInstant(publishedAt, ZoneOffset.UTC);
        List<Entity> found = entities.find(text, lang);
        List<Fact> factList = facts.extract(text, lang, reference, found);
        return new Extraction(title, byline, siteName, canonicalUrl, lang, publishedAt, text, found, factList);
    }

    private static TextCandidate body(Document doc, PageMetadata meta, StringBuilder trace) {
        TextCandidate structured = structured(meta.articleBody());
        Element body = doc.body();
        Furniture.remove(body);
        TextCandidate dom = MainText.read(body, meta.title());
        trace.append(structured.strategy()).append('=').append(structured.length()).append(' ')
                .append(dom.strategy()).append('=').append(dom.length());
        if (structured.length() >= MIN_STRUCTURED_BODY && structured.length() >= dom.length() * STRUCTURED_SHARE) {
            return structured;
        }
        if (dom.length() > 0) {
            return dom;
        }
        if (structured.length() > 0) {
            return structured;
        }
        return dom;
    }

    private static TextCandidate structured(String articleBody) {
        if (articleBody == null || articleBody.isBlank()) {
            return new TextCandidate("json-ld", List.of(), 0);
        }
        List<String> paragraphs = new ArrayList<>();
        if (MARKUP.matcher(articleBody).find()) {
            paragraphs.addAll(Paragraphs.of(List.of(Jsoup.parseBodyFragment(articleBody).body()), null));
        } else {
            String[] parts = articleBody.contains("\n\n") ? BLANK_LINES.split(articleBody) : articleBody.split("\n");
            for (String part : parts) {
                String p = part.replaceAll("\\s+", " ").strip();
                if (!p.isEmpty() && !ContentHints.isInsert(p)) {
                    paragraphs.add(p);
                }
            }
        }
        return new TextCandidate("json-ld", paragraphs, paragraphs.stream().mapToInt(String::length).sum());
    }
}
