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
            Source source = validate(d, defaultInterval, where, problems);
            if (source != null && byId.containsKey(source.id())) {
                problems.add(where + ": duplicate id '" + source.id() + "'");
            } else if (source != null) {
                byId.put(source.id(), source);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSourcesException(problems);
        }
        return new SourceCatalog(java.util.Collections.unmodifiableMap(byId));
    }

    /** One definition, as the API receives it. @throws InvalidSourcesException naming every problem */
    public static Source validate(SourceDefinition d, Duration defaultInterval) {
        List<String> problems = new ArrayList<>();
        Source source = validate(d, defaultInterval, "source" + (d.id() == null ? "" : " '" + d.id() + "'"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidSourcesException(problems);
        }
        return source;
    }

    /** @return the source, or null with its problems added */
    private static Source validate(SourceDefinition d, Duration defaultInterval, String where, List<String> problems) {
        int before = problems.size();
        String id = d.id() == null ? null : d.id().strip();
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(where + ": id must be 1-64 characters of a-z, 0-9, '.', '_', '-' (got " + quoted(d.id()) + ")");
        }
        URI feed = feedUri(d.feed(), where, problems);
        String language = d.language() == null || d.language().isBlank() ? null : d.language().strip().toLowerCase(Locale.ROOT);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            problems.add(where + ": language must be an ISO 639 code such as fr or en (got " + quoted(d.language()) + ")");
        }
        Duration interval = duration(d.pollInterval(), "poll-interval", where, problems, defaultInterval);
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            problems.add(where + ": poll-interval must be at least " + MIN_INTERVAL.toSeconds() + "s (got " + interval + ")");
        }
        SourceKind kind = SourceKind.FEED;
        if (d.kind() != null && !d.kind().isBlank()) {
            kind = SourceKind.ofLabel(d.kind()).orElse(null);
            if (kind == null) {
                problems.add(where + ": kind must be one of feed, json-feed, sitemap, section (got " + quoted(d.kind()) + ")");
            }
        }
        Duration maxAge = duration(d.maxAge(), "max-age", where, problems, Discovery.DEFAULT.maxAge());
        Duration backfill = duration(d.backfill(), "backfill", where, problems, null);
        Duration hostDelay = duration(d.hostDelay(), "host-delay", where, problems, null);
        List<String> filters = d.linkFilters() == null ? Discovery.DEFAULT_FILTERS : d.linkFilters();
        for (String filter : filters) {
            if (!Discovery.DEFAULT_FILTERS.contains(filter)) {
                problems.add(where + ": link-filters knows same-site and article-like (got " + quoted(filter) + ")");
            }
        }
        List<String> deny = d.deny() == null ? List.of() : d.deny();
        for (String pattern : deny) {
            try {
                Pattern.compile(pattern);
            } catch (RuntimeException e) {
                problems.add(where + ": deny pattern " + quoted(pattern) + " is not a regular expression");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Source(id, feed, language, interval, Boolean.TRUE.equals(d.allowPrivate()), kind,
                new Discovery(maxAge, backfill, filters, deny), hostDelay, Boolean.TRUE.equals(d.paused()));
    }

    private static Duration duration(String text, String name, String where, List<String> problems, Duration fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            Duration d = Durations.parse(text);
            if (d.isNegative()) {
                problems.add(where + ": " + name + " must not be negative (got " + quoted(text) + ")");
            }
            return d;
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + name + " " + e.getMessage());
            return fallback == null ? Duration.ZERO : fallback;
        }
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
