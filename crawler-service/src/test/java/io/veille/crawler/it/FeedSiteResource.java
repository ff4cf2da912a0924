package io.veille.crawler.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts the {@link FeedSite} and hands the crawler a sources file naming its good and its broken feed. */
public class FeedSiteResource implements QuarkusTestResourceLifecycleManager {

    private FeedSite site;
    private Path sourcesFile;

    @Override
    public Map<String, String> start() {
        try {
            site = new FeedSite();
            sourcesFile = Files.createTempFile("veille-sources", ".yaml");
            Files.writeString(sourcesFile, """
                    sources:
                      - id: site
                        feed: %1$s/feed.xml
                        language: fr
                        poll-interval: 1h
                      - id: broken
                        feed: %1$s/broken.xml
                        language: en
                        poll-interval: 1h
                    """.formatted(site.base()));
            return Map.of("veille.crawler.sources-file", sourcesFile.toString(),
                    "veille.crawler.allow-private-hosts", site.allowList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(site, new TestInjector.MatchesType(FeedSite.class));
    }

    @Override
    public void stop() {
        if (site != null) {
            site.close();
        }
        try {
            if (sourcesFile != null) {
                Files.deleteIfExists(sourcesFile);
            }
        } catch (IOException ignored) {
            // a temp file left behind harms nobody
        }
    }
}
