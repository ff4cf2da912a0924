package io.veille.crawler.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the many spellings of one article URL into one, so that the same article reached from two
 * feeds, or with campaign parameters, gets one hash and is published once.
 */
public final class UrlCanonicalizer {

    /** Parameters that identify a campaign or a click, never the page. */
    private static final Set<String> TRACKING_PARAMS = Set.of(
            "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "mc_cid", "mc_eid", "igshid",
            "xtor", "xts", "xtref", "at_medium", "at_campaign", "at_platform", "at_link", "at_origin",
            "_ga", "_gl", "ocid", "cmpid", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname",
            "ito", "smid", "mkt_tok", "vero_id", "oly_enc_id", "oly_anon_id", "wt.mc_id");

    private static final List<String> TRACKING_PREFIXES = List.of("utm_", "pk_", "mtm_", "hsa_");

    /** Resolves {@code href} against {@code base} and canonicalises it; empty when it is not an http(s) URL. */
    public Optional<String> canonicalize(URI base, String href) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        try {
            URI resolved = base == null ? new URI(href.strip()) : base.resolve(href.strip());
            return canonicalize(resolved);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Optional<String> canonicalize(String url) {
        return canonicalize(null, url);
    }

    public Optional<String> canonicalize(URI uri) {
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : normalizePath(uri.getRawPath());
        String query = normalizeQuery(uri.getRawQuery());

        StringBuilder out = new StringBuilder(scheme).append("://").append(host);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(path);
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return Optional.of(out.toString());
    }

    /**
     * The page's own {@code <link rel=canonical>} wins over the feed link, but only on the same site:
     * a page must not be able to claim another site's identity (and dedup key).
     */
    public String preferPageCanonical(String canonicalLink, URI pageUrl, String relCanonicalHref) {
        Optional<String> declared = canonicalize(pageUrl, relCanonicalHref);
        if (declared.isEmpty()) {
            return canonicalLink;
        }
        String declaredHost = URI.create(declared.get()).getHost();
        String linkHost = URI.create(canonicalLink).getHost();
        return sameSite(declaredHost, linkHost) ? declared.get() : canonicalLink;
    }

    static boolean sameSite(String a, String b) {
        return stripWww(a).equals(stripWww(b));
    }

    private static String stripWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String normalizePath(String rawPath) {
        String normalized = URI.create("http://x" + rawPath).normalize().getRawPath();
        return normalized.isEmpty() ? "/" : normalized;
    }

    private static String normalizeQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!isTracking(name)) {
                kept.add(pair);
            }
        }
        // A stable order, so a=1&b=2 and b=2&a=1 are one page; ties keep their relative order.
        kept.sort(Comparator.comparing(pair -> pair.split("=", 2)[0]));
        return String.join("&", kept);
    }

    private static boolean isTracking(String name) {
        return TRACKING_PARAMS.contains(name) || TRACKING_PREFIXES.stream().anyMatch(name::startsWith);
    }
}
