package io.veille.crawler.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The validated, immutable set of sources the crawler follows, in configuration order. */
public final class SourceCatalog {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    /** Polling a feed more often than this is abuse, not monitoring. */
    private static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

    private final Map<String, Source> byId;

    private SourceCatalog(Map<String, Source> byId) {
        this.byId = byId;
    }

    /**
     * @throws InvalidSourcesException naming every bad entry (duplicate id, bad URL, non-http scheme, bad interval)
     */
    public static SourceCatalog of(List<SourceDefinition> definitions, Duration defaultInterval) {
        List<String> problems = new ArrayList<>();
        Map<String, Source> byId = new LinkedHashMap<>();
        for (int i = 0; i < definitions.size(); i++) {
            SourceDefinition d = definitions.get(i);
            String where = "source #" + (i + 1) + (d.id() == null ? "" : " '" + d.id() + "'");
            int before = problems.size();

            String id = d.id() == null ? null : d.id().strip();
            if (id == null || !ID.matcher(id).matches()) {
                problems.add(where + ": id must be 1-64 characters of a-z, 0-9, '.', '_', '-' (got " + quoted(d.id()) + ")");
            } else if (byId.containsKey(id)) {
                problems.add(where + ": duplicate id '" + id + "'");
            }
            URI feed = feedUri(d.feed(), where, problems);
            String language = d.language() == null || d.language().isBlank() ? null : d.language().strip().toLowerCase(Locale.ROOT);
            if (language != null && !LANGUAGE.matcher(language).matches()) {
                problems.add(where + ": language must be an ISO 639 code such as fr or en (got " + quoted(d.language()) + ")");
            }
            Duration interval = defaultInterval;
            if (d.pollInterval() != null && !d.pollInterval().isBlank()) {
                try {
                    interval = Durations.parse(d.pollInterval());
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": poll-interval " + e.getMessage());
                }
            }
            if (interval.compareTo(MIN_INTERVAL) < 0) {
                problems.add(where + ": poll-interval must be at least " + MIN_INTERVAL.toSeconds() + "s (got " + interval + ")");
            }
            if (problems.size() == before) {
                byId.put(id, new Source(id, feed, language, interval, Boolean.TRUE.equals(d.allowPrivate())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSourcesException(problems);
        }
        return new SourceCatalog(java.util.Collections.unmodifiableMap(byId));
    }

    private static URI feedUri(String feed, String where, List<String> problems) {
        if (feed == null || feed.isBlank()) {
            problems.add(where + ": feed URL is missing");
            return null;
        }
        try {
            URI uri = new URI(feed.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                problems.add(where + ": feed must be an http or https URL (got " + quoted(feed) + ")");
                return null;
            }
            if (uri.getHost() == null) {
                problems.add(where + ": feed URL has no host (got " + quoted(feed) + ")");
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            problems.add(where + ": feed is not a valid URL (" + e.getMessage() + ")");
            return null;
        }
    }

    private static String quoted(String value) {
        return value == null ? "nothing" : "'" + value + "'";
    }

    public Collection<Source> all() {
        return byId.values();
    }

    public Optional<Source> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
