package io.veille.summary.feed;

import java.util.Optional;

/** The syndication formats digests are served in, by file extension. */
public enum FeedFormat {
    ATOM("atom", "atom_1.0", "application/atom+xml"),
    RSS("rss", "rss_2.0", "application/rss+xml");

    private final String extension;
    private final String romeType;
    private final String mediaType;

    FeedFormat(String extension, String romeType, String mediaType) {
        this.extension = extension;
        this.romeType = romeType;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    String romeType() {
        return romeType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<FeedFormat> ofExtension(String extension) {
        for (FeedFormat format : values()) {
            if (format.extension.equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
