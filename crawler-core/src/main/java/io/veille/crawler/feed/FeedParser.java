package io.veille.crawler.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import org.jsoup.Jsoup;

import io.veille.contracts.FeedItem;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom with Rome. Feeds are untrusted: any DOCTYPE is refused, so no
 * DTD is fetched and no entity (external or billion-laughs) is expanded.
 */
public final class FeedParser {

    /** Summaries are hints for the extractor, not content: keep them short. */
    private static final int MAX_SUMMARY_CHARS = 2000;

    public List<FeedEntry> parse(byte[] document, String contentType) throws FeedParseException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(true);
        SyndFeed feed;
        try (Reader reader = new XmlReader(new ByteArrayInputStream(document), contentType, true)) {
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FeedParseException("not a readable RSS or Atom feed: " + rootMessage(e), e);
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = linkOf(entry);
            if (link != null) {
                entries.add(new FeedEntry(link, itemOf(entry)));
            }
        }
        return entries;
    }

    private static String linkOf(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink().strip();
        }
        // Atom entries may carry only <link rel="alternate">; RSS items sometimes only a permalink guid.
        for (SyndLink link : entry.getLinks()) {
            if ((link.getRel() == null || "alternate".equals(link.getRel())) && link.getHref() != null) {
                return link.getHref().strip();
            }
        }
        String uri = entry.getUri();
        return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri.strip() : null;
    }

    private static FeedItem itemOf(SyndEntry entry) {
        Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        List<String> categories = entry.getCategories().stream()
                .map(SyndCategory::getName)
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .distinct()
                .toList();
        return new FeedItem(
                clean(entry.getTitle()),
                summaryOf(entry),
                published == null ? null : published.toInstant(),
                authorOf(entry),
                categories);
    }

    private static String summaryOf(SyndEntry entry) {
        SyndContent description = entry.getDescription();
        String text = description != null ? description.getValue()
                : entry.getContents().stream().map(SyndContent::getValue).filter(Objects::nonNull).findFirst().orElse(null);
        // Descriptions are often HTML; the extractor wants a plain hint.
        String cleaned = text == null ? null : clean(Jsoup.parseBodyFragment(text).text());
        return cleaned == null || cleaned.length() <= MAX_SUMMARY_CHARS ? cleaned : cleaned.substring(0, MAX_SUMMARY_CHARS);
    }

    private static String authorOf(SyndEntry entry) {
        return Stream.concat(Stream.ofNullable(entry.getAuthor()),
                        entry.getAuthors().stream().map(person -> person.getName()))
                .map(FeedParser::clean)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
