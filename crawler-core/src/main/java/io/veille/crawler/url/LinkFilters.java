package io.veille.crawler.url;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The link filters a source may chain, by name, and the chain itself. */
public final class LinkFilters {

    /** Paths that list articles or describe the site, never one article. */
    private static final Pattern NOT_AN_ARTICLE = Pattern.compile(
            "(?i)/(tags?|categor(y|ies)|rubriques?|themes?|topics?|authors?|auteurs?|search|recherche|page|login|connexion"
                    + "|account|compte|newsletters?|abonnement|subscribe|contact|about|a-propos|mentions-legales|legal|privacy"
                    + "|cookies|feed|rss)(/|$)");
    private static final Pattern FILE = Pattern.compile("(?i)\\.(jpe?g|png|gif|webp|svg|pdf|zip|mp3|mp4|css|js|xml|json)$");
    /** A date in the path (/2025/02/09/), a long number (an article id), or a slug of four words or more. */
    private static final Pattern DATE_PATH = Pattern.compile("/(19|20)\\d{2}/[01]?\\d/");
    private static final Pattern NUMERIC_ID = Pattern.compile("\\d{5,}");
    private static final Pattern SLUG = Pattern.compile("[\\p{L}\\d]+([-_][\\p{L}\\d]+){3,}");

    private LinkFilters() {
    }

    /** Same site as the page: the same host, give or take "www.". */
    public static String sameSite(URI page, String link) {
        return UrlCanonicalizer.sameSite(host(page), host(URI.create(link))) ? link : null;
    }

    /** Looks like one article rather than a section, a tag page, a file or the home page. */
    public static String articleLike(URI page, String link) {
        URI uri = URI.create(link);
        String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
        if (path.length() <= 1 || link.equals(page.toString()) || NOT_AN_ARTICLE.matcher(path).find()
                || FILE.matcher(path).find()) {
            return null;
        }
        String last = lastSegment(path);
        boolean looksLikeOne = DATE_PATH.matcher(path).find() || NUMERIC_ID.matcher(path).find()
                || SLUG.matcher(last.replaceFirst("\\.[a-z]{2,5}$", "")).matches();
        return looksLikeOne ? link : null;
    }

    public static LinkFilter deny(List<Pattern> patterns) {
        return (page, link) -> patterns.stream().anyMatch(p -> p.matcher(link).find()) ? null : link;
    }

    /** @param names in order, among {@code same-site} and {@code article-like}; the deny patterns run last */
    public static LinkFilter chain(List<String> names, List<String> denyPatterns) {
        List<LinkFilter> steps = new ArrayList<>();
        for (String name : names) {
            steps.add(switch (name) {
                case "same-site" -> LinkFilters::sameSite;
                case "article-like" -> LinkFilters::articleLike;
                default -> throw new IllegalArgumentException("unknown link filter '" + name + "'");
            });
        }
        if (!denyPatterns.isEmpty()) {
            steps.add(deny(denyPatterns.stream().map(Pattern::compile).toList()));
        }
        return (page, link) -> {
            String current = link;
            for (LinkFilter step : steps) {
                current = current == null ? null : step.filter(page, current);
            }
            return current;
        };
    }

    private static String host(URI uri) {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }

    private static String lastSegment(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
