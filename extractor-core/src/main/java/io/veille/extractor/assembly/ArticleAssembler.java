package io.veille.extractor.assembly;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import io.veille.contracts.ControlCharacters;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.FeedItem;
import io.veille.contracts.RawArticle;
import io.veille.contracts.UrlHash;
import io.veille.extractor.entity.Entity;
import io.veille.extractor.extraction.Extraction;
import io.veille.extractor.extraction.Page;
import io.veille.extractor.story.Fingerprint;
import io.veille.extractor.story.Fingerprints;

/**
 * Turns a raw article into what is stored and published. Until the article is placed, its story
 * id is its own id: a story of one, which {@link ArticleSnapshot#withStory} replaces once the
 * story memory has placed the fingerprint. When the page yields no text (a
 * paywall, a script-only page), the feed's summary is extracted instead and the feed's title and
 * date fill what the page did not say: a thin article beats a lost one. Control characters are
 * stripped from the page and the feed item before extraction, and the event is cut to the
 * {@link ArticleCaps} before it is stored and published.
 */
public final class ArticleAssembler {

    private final Function<Page, Extraction> extractor;
    private final Fingerprints fingerprints;
    private final ArticleCaps caps;

    public ArticleAssembler(Function<Page, Extraction> extractor, Fingerprints fingerprints, ArticleCaps caps) {
        this.extractor = Objects.requireNonNull(extractor);
        this.fingerprints = Objects.requireNonNull(fingerprints);
        this.caps = Objects.requireNonNull(caps);
    }

    public ArticleSnapshot assemble(RawArticle raw) {
        if (raw.url() == null || raw.url().isBlank()) {
            throw new IllegalArgumentException("raw article without url");
        }
        FeedItem feed = clean(raw.feedItem());
        String html = ControlCharacters.strip(raw.html());
        Instant feedPublished = feed == null ? null : feed.published();
        Extraction page = isBlank(html) ? null
                : extractor.apply(new Page(html, raw.url(), raw.languageHint(), feedPublished));
        Extraction body = page;
        if ((page == null || isBlank(page.text())) && feed != null && !isBlank(feed.summary())) {
            body = extractor.apply(new Page(feed.summary(), raw.url(), raw.languageHint(), feedPublished));
        }

        String canonicalUrl = raw.canonicalUrl() == null || raw.canonicalUrl().isBlank() ? raw.url() : raw.canonicalUrl();
        String articleId = UrlHash.of(canonicalUrl);
        ExtractedArticle extracted = new ExtractedArticle(
                ExtractedArticle.SCHEMA_VERSION,
                articleId,
                articleId,
                raw.url(),
                raw.sourceId(),
                firstNonBlank(body == null ? null : body.lang(), page == null ? null : page.lang(), raw.languageHint()),
                firstNonBlank(page == null ? null : page.title(), feed == null ? null : feed.title(), body == null ? null : body.title()),
                firstNonBlank(page == null ? null : page.byline(), feed == null ? null : feed.author()),
                page != null && page.publishedAt() != null ? page.publishedAt() : feedPublished,
                body == null || body.text() == null ? "" : body.text(),
                body == null ? List.of() : body.entities().stream().map(ArticleAssembler::toEvent).toList(),
                body == null ? List.of() : body.facts(), null)
                .withMedia(page == null ? null : new ExtractedArticle.Media(page.image(), page.section(), page.modifiedAt()));
        ExtractedArticle article = caps.apply(ControlCharacters.blankAll(extracted));
        // an article that states no date is placed by when it was fetched; without either it stays alone
        Instant placedAt = article.publishedAt() != null ? article.publishedAt() : raw.fetchedAt();
        Fingerprint fingerprint = body == null || placedAt == null ? null
                : fingerprints.of(articleId, article.lang(), article.title(), placedAt, body);
        return new ArticleSnapshot(article, canonicalUrl, page == null ? null : page.siteName(), fingerprint);
    }

    static ExtractedArticle.Entity toEvent(Entity entity) {
        return new ExtractedArticle.Entity(
                entity.name(),
                entity.type().name(),
                entity.aliases(),
                entity.mentions().stream().map(m -> new ExtractedArticle.Span(m.start(), m.end())).toList());
    }

    private static FeedItem clean(FeedItem feed) {
        return feed == null ? null : new FeedItem(ControlCharacters.strip(feed.title()), ControlCharacters.strip(feed.summary()),
                feed.published(), ControlCharacters.strip(feed.author()), feed.categories().stream().map(ControlCharacters::strip).toList());
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (!isBlank(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
