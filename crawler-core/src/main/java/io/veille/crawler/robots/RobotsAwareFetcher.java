package io.veille.crawler.robots;

import io.veille.crawler.fetch.FetchRequest;
import io.veille.crawler.fetch.FetchResult;
import io.veille.crawler.fetch.Fetcher;
import io.veille.crawler.fetch.GuardedFetcher;

/** The guarded fetcher with robots.txt asked at every hop: what the crawler uses for feeds and pages. */
public final class RobotsAwareFetcher implements Fetcher {

    private final GuardedFetcher fetcher;
    private final RobotsGate robots;

    public RobotsAwareFetcher(GuardedFetcher fetcher, RobotsGate robots) {
        this.fetcher = fetcher;
        this.robots = robots;
    }

    @Override
    public FetchResult fetch(FetchRequest request) {
        return fetcher.fetch(request, robots);
    }

    public RobotsGate robots() {
        return robots;
    }
}
