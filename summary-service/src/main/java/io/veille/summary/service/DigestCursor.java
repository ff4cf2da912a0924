package io.veille.summary.service;

import java.util.List;

import io.veille.summary.persist.DigestRepository.Sequenced;

/**
 * Where one stream client stands in the sequence of published versions, read a page at a time.
 * Every number up to a committed maximum is final (numbers are drawn in commit order), so once the
 * versions in (position, upTo] that pass the client's filters are read, the position moves to
 * upTo: later reads never look at those numbers again.
 */
final class DigestCursor {

    /** Versions in (after, upTo] passing the client's filters, in sequence order, at most limit. */
    @FunctionalInterface
    interface Pages {
        List<Sequenced> read(long after, long upTo, int limit);
    }

    private final Pages pages;
    private final int pageSize;
    private long position;

    DigestCursor(long position, Pages pages, int pageSize) {
        this.position = position;
        this.pages = pages;
        this.pageSize = pageSize;
    }

    synchronized long position() {
        return position;
    }

    /** The next page up to {@code upTo}; empty once caught up. */
    synchronized List<Sequenced> next(long upTo) {
        if (position >= upTo) {
            return List.of();
        }
        List<Sequenced> page = pages.read(position, upTo, pageSize);
        position = page.size() < pageSize ? upTo : page.getLast().seq();
        return page;
    }
}
