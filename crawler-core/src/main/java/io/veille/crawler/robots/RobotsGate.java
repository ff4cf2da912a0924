package io.veille.crawler.robots;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import io.veille.crawler.fetch.FetchFailedException;
import io.veille.crawler.fetch.FetchRequest;
import io.veille.crawler.fetch.FetchResult;
import io.veille.crawler.fetch.GuardedFetcher;
import io.veille.crawler.fetch.HopCheck;
import io.veille.crawler.fetch.HostBackedOffException;
import io.veille.crawler.fetch.HostPoliteness;
import io.veille.contracts.net.HostPort;

/**
 * robots.txt for every hop, read with crawler-commons (RFC 9309) and kept per origin until it
 * expires. A 4xx robots.txt allows everything; a 5xx or a 429 disallows the whole host for
 * {@link RobotsPolicy#serverErrorTtl()}, after which it is asked again; no answer at all fails the fetch
 * (nothing is fetched, nothing kept). The Crawl-delay,
 * capped, becomes the host's pause in {@link HostPoliteness}.
 */
public final class RobotsGate implements HopCheck {

    private record Cached(BaseRobotRules rules, RobotsDecision decision) {
    }

    private final GuardedFetcher fetcher;
    private final HostPoliteness politeness;
    private final RobotsPolicy policy;
    private final Clock clock;
    private final SimpleRobotRulesParser parser;
    // Access-ordered, the eldest evicted past maxOrigins; guarded by itself.
    private final Map<String, Cached> byOrigin;

    public RobotsGate(GuardedFetcher fetcher, HostPoliteness politeness, RobotsPolicy policy, Clock clock) {
        this.fetcher = fetcher;
        this.politeness = politeness;
        this.policy = policy;
        this.clock = clock;
        this.parser = new SimpleRobotRulesParser(policy.maxCrawlDelay().toMillis(), 20);
        this.byOrigin = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > policy.maxOrigins();
            }
        };
    }

    @Override
    public void check(URI url, FetchRequest request) {
        Cached entry = rulesFor(url, request);
        politeness.crawlDelay(HostPort.of(url).toString(), entry.decision().crawlDelay());
        if (!entry.rules().isAllowed(url.toString())) {
            RobotsDecision d = entry.decision();
            boolean closed = d.kind() == RobotsDecision.Kind.DISALLOW_ALL;
            throw new RobotsDisallowedException(closed
                    ? "robots.txt of " + d.origin() + " could not be read (" + d.note() + "): the host is closed until " + d.expires()
                    : "robots.txt of " + d.origin() + " disallows " + url, closed);
        }
    }

    /** The decision kept for the URL's origin, if one is; never fetches. */
    public Optional<RobotsDecision> decision(URI url) {
        synchronized (byOrigin) {
            return Optional.ofNullable(byOrigin.get(origin(url))).map(Cached::decision);
        }
    }

    /** Whether the kept decision allows the URL; true when none is kept yet (it will be asked at the fetch). */
    public boolean allows(URI url) {
        synchronized (byOrigin) {
            Cached known = byOrigin.get(origin(url));
            return known == null || known.rules().isAllowed(url.toString());
        }
    }

    private Cached rulesFor(URI url, FetchRequest request) {
        String origin = origin(url);
        Instant now = clock.instant();
        synchronized (byOrigin) {
            Cached known = byOrigin.get(origin);
            if (known != null && now.isBefore(known.decision().expires())) {
                return known;
            }
        }
        Cached fresh = fetchRules(origin, request, now);
        synchronized (byOrigin) {
            byOrigin.put(origin, fresh);
        }
        return fresh;
    }

    private Cached fetchRules(String origin, FetchRequest request, Instant now) {
        URI robotsUrl = URI.create(origin + "/robots.txt");
        FetchResult answer;
        try {
            answer = fetcher.fetch(request.withUrl(robotsUrl).withMaxBodyBytes(policy.maxBytes()), HopCheck.NONE);
        } catch (HostBackedOffException e) {
            throw e;
        } catch (FetchFailedException e) {
            // No answer at all: the page is not fetched, and robots.txt is asked again next time (the host's back-off
            // spaces the attempts); nothing is kept, so the caller learns the host is down rather than closed.
            throw new FetchFailedException("robots.txt of " + origin + " did not answer: " + e.getMessage(), e);
        }
        int status = answer.status();
        if (status == 429 || status >= 500) {
            return closed(origin, status, now, "HTTP " + status);
        }
        if (status >= 400) {
            return entry(origin, parser.failedFetch(status), RobotsDecision.Kind.ALLOW_ALL, status, now, "HTTP " + status);
        }
        if (status < 200 || status >= 300) {
            return entry(origin, parser.failedFetch(404), RobotsDecision.Kind.ALLOW_ALL, status, now, "HTTP " + status);
        }
        SimpleRobotRules rules = parser.parseContent(answer.finalUrl().toString(), answer.body(), answer.contentType(),
                List.of(policy.agent()));
        return entry(origin, rules, RobotsDecision.Kind.RULES, status, now,
                answer.truncated() ? "longer than " + policy.maxBytes() + " bytes: the rest was ignored" : null);
    }

    private Cached closed(String origin, int status, Instant now, String note) {
        BaseRobotRules none = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
        return new Cached(none, new RobotsDecision(origin, RobotsDecision.Kind.DISALLOW_ALL, status, now,
                now.plus(policy.serverErrorTtl()), Duration.ZERO, List.of(), note));
    }

    private Cached entry(String origin, BaseRobotRules rules, RobotsDecision.Kind kind, int status, Instant now, String note) {
        long delayMs = rules.getCrawlDelay();
        Duration delay = delayMs == BaseRobotRules.UNSET_CRAWL_DELAY || delayMs <= 0 ? Duration.ZERO
                : min(Duration.ofMillis(delayMs), policy.maxCrawlDelay());
        return new Cached(rules, new RobotsDecision(origin, kind, status, now, now.plus(policy.ttl()), delay,
                List.copyOf(rules.getSitemaps()), note));
    }

    private static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        return scheme + "://" + HostPort.of(url);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
