package io.veille.extractor.metadata;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Page metadata in layers, first good value wins: OpenGraph and article meta tags, JSON-LD, then
 * the page's own elements (h1, title, time, link rel=canonical), then the URL and the crawler's
 * hints. Publication dates outside 1990..now+1 day are rejected as wrong rather than kept.
 */
public final class MetadataExtractor {

    static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    /** Where CMSs put a byline when no metadata names it: author links and author-classed elements, in German too. */
    private static final String AUTHOR_ELEMENTS = "a[href*=/autor/], a[href*=/autoren/], a[href*=/author/], a[href*=/authors/],"
            + " a[href*=/auteur/], a[href*=/journalist], [class*=author-name], [class*=authorName], [class*=byline],"
            + " [class*=autor], [class*=Autor], [class*=author]";

    /**
     * The article's byline sits by its headline; author elements further down are mostly teasers'
     * bylines (swept on the real-page bodies set: 1 → 146, 2 → 147, 3 → 146, 5 and 10 → 144 of 164).
     */
    private static final int MAX_AUTHOR_ELEMENTS = 2;
    /** Compiled once: every meta lookup that misses compares the page's meta names through it. */
    private static final Pattern META_SEPARATORS = Pattern.compile("[:_.\\-]");
    /** How SEO plugins label the author in a Twitter card, in the languages they are translated to. */
    private static final Pattern WRITTEN_BY = Pattern.compile(
            "(?i)written by|geschrieben von|verfasst von|écrit par|escrito por|scritto da|geschreven door"
                    + "|skrevet af|skrevet av|skriven av|napisane przez|autor|author|auteur");

    private final Clock clock;

    public MetadataExtractor(Clock clock) {
        this.clock = clock;
    }

    public PageMetadata read(Document doc, String url, Instant publishedHint) {
        List<JsonNode> ld = JsonLd.articles(doc);
        List<JsonNode> all = JsonLd.objects(doc);
        String siteName = first(
                () -> meta(doc, "og:site_name"),
                () -> ld.isEmpty() ? null : JsonLd.text(ld.get(0).get("publisher")),
                () -> JsonLd.text(JsonLd.ofType(all, "WebSite"), "name"),
                () -> JsonLd.text(ld, "isPartOf"),
                () -> meta(doc, "application-name"),
                () -> meta(doc, "apple-mobile-web-app-title"),
                () -> JsonLd.text(JsonLd.ofType(all, "NewsMediaOrganization"), "name"),
                () -> JsonLd.text(JsonLd.ofType(all, "Organization"), "name"),
                () -> host(url));
        String title = title(doc, ld, siteName, host(url));
        SiteName site = new SiteName(siteName, host(url));
        String jsonLdAuthors = JsonLd.authors(ld, all);
        String metaAuthor = meta(doc, "author");
        String articleAuthor = first(() -> meta(doc, "article:author"), () -> meta(doc, "articleAuthor"));
        String writtenBy = writtenBy(doc);
        String bylineElement = first(
                () -> shortText(doc, "[rel=author], [itemprop=author], .byline .author, .author-name, .byline"),
                () -> firstNames(doc, AUTHOR_ELEMENTS));
        // People first; the site credited as its own author only when no layer names anyone else.
        String byline = first(
                () -> person(jsonLdAuthors, site),
                () -> person(metaAuthor, site),
                () -> person(articleAuthor, site),
                () -> person(writtenBy, site),
                () -> person(bylineElement, site),
                () -> credit(jsonLdAuthors),
                () -> credit(metaAuthor),
                () -> credit(bylineElement));
        String canonical = first(
                () -> absolute(doc.selectFirst("link[rel=canonical]"), url),
                () -> meta(doc, "og:url"),
                () -> JsonLd.text(ld, "url"),
                () -> JsonLd.text(ld, "mainEntityOfPage"),
                () -> url);
        String lang = first(
                () -> JsonLd.text(ld, "inLanguage"),
                () -> attr(doc.selectFirst("html[lang]"), "lang"),
                () -> meta(doc, "og:locale"));
        String image = absolute(first(
                () -> meta(doc, "og:image"),
                () -> meta(doc, "og:image:url"),
                () -> meta(doc, "og:image:secure_url"),
                () -> JsonLd.url(ld, "image"),
                () -> meta(doc, "twitter:image"),
                () -> meta(doc, "twitter:image:src"),
                () -> attr(doc.selectFirst("link[rel=image_src][href]"), "href")), url);
        String section = first(
                () -> meta(doc, "article:section"),
                () -> firstOfList(JsonLd.text(ld, "articleSection")),
                () -> Breadcrumbs.section(doc, JsonLd.ofType(all, "BreadcrumbList"), title),
                () -> meta(doc, "section"));
        Instant modified = bounded(firstInstant(
                () -> Timestamps.parse(JsonLd.text(ld, "dateModified")),
                () -> Timestamps.parse(meta(doc, "article:modified_time")),
                () -> Timestamps.parse(meta(doc, "og:updated_time")),
                () -> Timestamps.parse(meta(doc, "dateModified")),
                () -> Timestamps.parse(meta(doc, "last-modified")),
                () -> Timestamps.parse(attr(doc.selectFirst("[itemprop=dateModified]"), "content")),
                () -> Timestamps.parse(attr(doc.selectFirst("[itemprop=dateModified][datetime]"), "datetime"))));
        return new PageMetadata(title, cleanByline(byline), siteName, canonical, normaliseLang(lang),
                published(doc, ld, url, canonical, publishedHint), JsonLd.text(ld, "articleBody"),
                image, section, modified);
    }

    /** og:title first, then JSON-LD, h1, twitter:title and the title element, each cleaned of the site's name. */
    private static String title(Document doc, List<JsonNode> ld, String siteName, String host) {
        List<String> layers = new ArrayList<>();
        layers.add(meta(doc, "og:title"));
        layers.add(first(() -> JsonLd.text(ld, "headline"), () -> JsonLd.text(ld, "name")));
        layers.add(elementText(doc, "h1"));
        layers.add(meta(doc, "twitter:title"));
        layers.add(blankToNull(doc.title()));
        return Titles.agreed(layers.stream().map(t -> Titles.clean(t, siteName, host)).toList());
    }

    /**
     * The author SEO plugins (Yoast and its kin) put in labelled Twitter cards: twitter:label1 =
     * "Written by" with twitter:data1 = the name, or twitter:misc:Written by = the name; the label
     * is in the site's language.
     */
    private static String writtenBy(Document doc) {
        for (Element label : doc.select("meta[name^=twitter:label][content], meta[property^=twitter:label][content]")) {
            if (WRITTEN_BY.matcher(label.attr("content").strip()).matches()) {
                String key = label.hasAttr("name") ? label.attr("name") : label.attr("property");
                String data = meta(doc, key.replace("label", "data"));
                if (data != null) {
                    return data;
                }
            }
        }
        for (Element misc : doc.select("meta[name^=twitter:misc:][content], meta[property^=twitter:misc:][content]")) {
            String key = misc.hasAttr("name") ? misc.attr("name") : misc.attr("property");
            if (WRITTEN_BY.matcher(key.substring("twitter:misc:".length()).strip()).matches()) {
                return blankToNull(misc.attr("content"));
            }
        }
        return null;
    }

    /** "Tech, Économie" (an articleSection array) is filed under its first section. */
    private static String firstOfList(String sections) {
        if (sections == null) {
            return null;
        }
        int comma = sections.indexOf(", ");
        return comma > 0 ? sections.substring(0, comma) : sections;
    }

    @SafeVarargs
    private static Instant firstInstant(Supplier<Instant>... layers) {
        for (Supplier<Instant> layer : layers) {
            Instant t = layer.get();
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private Instant bounded(Instant t) {
        return t == null || t.isBefore(EARLIEST) || t.isAfter(clock.instant().plus(Duration.ofDays(1))) ? null : t;
    }

    /**
     * The original publication date: JSON-LD datePublished, then the article meta tags, then a
     * time element, then the URL, then the feed's date; modified dates only when nothing else says.
     */
    private Instant published(Document doc, List<JsonNode> ld, String url, String canonical, Instant hint) {
        List<Supplier<Instant>> layers = new ArrayList<>();
        layers.add(() -> Timestamps.parse(JsonLd.text(ld, "datePublished")));
        for (String name : new String[] {"article:published_time", "og:published_time", "datePublished",
            "pubdate", "publishdate", "date", "dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date"}) {
            layers.add(() -> Timestamps.parse(meta(doc, name)));
        }
        layers.add(() -> Timestamps.parse(attr(doc.selectFirst("[itemprop=datePublished]"), "content")));
        layers.add(() -> Timestamps.parse(attr(doc.selectFirst("time[pubdate][datetime]"), "datetime")));
        layers.add(() -> Timestamps.parse(attr(doc.selectFirst("article time[datetime], header time[datetime]"), "datetime")));
        layers.add(() -> Timestamps.parse(attr(doc.selectFirst("time[datetime]"), "datetime")));
        layers.add(() -> Timestamps.fromUrl(url));
        layers.add(() -> Timestamps.fromUrl(canonical));
        layers.add(() -> Datelines.published(doc));
        layers.add(() -> hint);
        layers.add(() -> Timestamps.parse(JsonLd.text(ld, "dateModified")));
        layers.add(() -> Timestamps.parse(meta(doc, "article:modified_time")));
        Instant latest = clock.instant().plus(Duration.ofDays(1));
        for (Supplier<Instant> layer : layers) {
            Instant t = layer.get();
            if (t != null && !t.isBefore(EARLIEST) && !t.isAfter(latest)) {
                return t;
            }
        }
        return null;
    }

    private static String cleanByline(String byline) {
        if (byline == null) {
            return null;
        }
        String b = byline.replaceAll("\\s+", " ").strip().replaceFirst("(?i)^(par|by|von)\\s+", "");
        int dot = b.indexOf(" · ");
        if (dot > 0) {
            b = b.substring(0, dot);
        }
        return b.isBlank() || b.length() > 200 ? null : b;
    }

    private static String normaliseLang(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String l = lang.strip().toLowerCase(Locale.ROOT);
        int cut = l.indexOf('-') > 0 ? l.indexOf('-') : l.indexOf('_');
        return cut > 0 ? l.substring(0, cut) : l;
    }

    static String meta(Document doc, String name) {
        String q = "\"" + name + "\"";
        Element e = doc.selectFirst("meta[property=" + q + "][content], meta[name=" + q + "][content], "
                + "meta[itemprop=" + q + "][content]");
        if (e == null) {
            // Selectors compare attribute values exactly; CMSs write DC.date.issued, article:published:time.
            String wanted = metaKey(name);
            for (Element m : doc.select("meta[content]")) {
                String declared = m.hasAttr("property") ? m.attr("property") : m.attr("name");
                if (!declared.isEmpty() && metaKey(declared).equals(wanted)) {
                    e = m;
                    break;
                }
            }
        }
        return e == null ? null : blankToNull(e.attr("content"));
    }

    /** A meta name without case or separators: "article:published:time" is "article:published_time". */
    private static String metaKey(String name) {
        return META_SEPARATORS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : blankToNull(e.attr(name));
    }

    private static String elementText(Document doc, String css) {
        Element e = doc.selectFirst(css);
        return e == null ? null : blankToNull(e.text());
    }

    private static String shortText(Document doc, String css) {
        String t = elementText(doc, css);
        return t != null && t.length() <= 120 ? t : null;
    }

    /** The first of these elements whose short text holds names only. */
    private static String firstNames(Document doc, String css) {
        return doc.select(css).stream().limit(MAX_AUTHOR_ELEMENTS).map(e -> blankToNull(e.text()))
                .filter(t -> t != null && t.length() <= 120).map(MetadataExtractor::namesOnly)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * A byline element's text when it holds names: no date, time or label ("Foto:", "Quelle: dpa"),
     * and more than initials ("amw", "PA"), which say less than the site's own credit.
     */
    private static String namesOnly(String text) {
        return text == null || text.matches(".*[\\d:©].*") || text.replaceAll("[^\\p{L}]", "").length() <= 3 ? null : text;
    }

    /**
     * An author credit that names people, not the site itself: a publisher credited as author says
     * nothing of who wrote the piece, and would hide the real byline of a later layer.
     */
    private static String person(String credit, SiteName site) {
        String c = credit(credit);
        return c == null || site.isNamedBy(c) ? null : c;
    }

    /** An author credit at all: not a URL, an e-mail address or a bare number. */
    private static String credit(String credit) {
        return credit == null || credit.startsWith("http") || credit.contains("@") || !credit.matches(".*\\p{L}.*")
                ? null : credit;
    }

    private static String absolute(Element link, String base) {
        if (link == null || link.attr("href").isBlank()) {
            return null;
        }
        return absolute(link.attr("href"), base);
    }

    private static String absolute(String href, String base) {
        if (href == null) {
            return null;
        }
        href = href.strip();
        if (base == null || base.isBlank()) {
            return href;
        }
        try {
            return URI.create(base).resolve(href).toString();
        } catch (IllegalArgumentException badUrl) {
            return href;
        }
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException badUrl) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @SafeVarargs
    private static String first(Supplier<String>... layers) {
        for (Supplier<String> layer : layers) {
            String v = layer.get();
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
