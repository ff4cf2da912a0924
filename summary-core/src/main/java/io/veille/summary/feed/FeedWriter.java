package io.veille.summary.feed;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import io.veille.contracts.Digest;

/**
 * A {@link DigestFeed} as Atom 1.0 or RSS 2.0, with Rome. Each entry is a digest: its stable id,
 * its title, updated at the creation of the version listed, its statements as HTML with their
 * sources linked to the articles they cite, and its writer (provider and model) as author.
 */
public final class FeedWriter {

    private FeedWriter() {
    }

    /**
     * @param articleUrls article URLs by article id, for citations that do not carry one
     */
    public static String write(DigestFeed feed, FeedFormat format, Map<String, String> articleUrls) {
        SyndFeed out = new SyndFeedImpl();
        out.setFeedType(format.romeType());
        out.setUri(feed.id());
        out.setTitle(feed.title());
        out.setDescription(feed.title());
        out.setLanguage(feed.lang());
        out.setLink(feed.selfUrl());
        out.setLinks(List.of(link(feed.selfUrl(), "self", format.mediaType())));
        out.setGenerator("Veille");
        feed.lastModified().map(Date::from).ifPresent(out::setPublishedDate);
        List<SyndEntry> entries = new ArrayList<>();
        for (Digest digest : feed.digests()) {
            entries.add(entry(digest, feed.digestUrl(), articleUrls));
        }
        out.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(out, false);
        } catch (FeedException e) {
            throw new IllegalStateException("feed " + feed.id() + " cannot be written: " + e.getMessage(), e);
        }
    }

    private static SyndEntry entry(Digest digest, String digestUrl, Map<String, String> articleUrls) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(DigestFeed.entryId(digest));
        entry.setTitle(digest.title());
        entry.setLink(digestUrl.formatted(digest.id()));
        Date created = Date.from(digest.createdAt());
        entry.setUpdatedDate(created);
        entry.setPublishedDate(created);
        entry.setAuthor(digest.model() == null ? digest.provider() : digest.provider() + " (" + digest.model() + ")");
        SyndCategory kind = new SyndCategoryImpl();
        kind.setName(digest.kind().name());
        entry.setCategories(List.of(kind));
        SyndContent description = new SyndContentImpl();
        description.setType("text/plain");
        description.setValue(DigestHtml.plain(digest));
        entry.setDescription(description);
        SyndContent content = new SyndContentImpl();
        content.setType("text/html");
        content.setValue(DigestHtml.of(digest, articleUrls));
        entry.setContents(List.of(content));
        return entry;
    }

    private static SyndLink link(String href, String rel, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }
}
