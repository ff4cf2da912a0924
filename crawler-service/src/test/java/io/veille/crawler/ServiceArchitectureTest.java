package io.veille.crawler;

import io.veille.testsupport.ServiceArchitectureContract;

/** The crawler service against the shared rule set (see {@link ServiceArchitectureContract}). */
class ServiceArchitectureTest extends ServiceArchitectureContract {

    @Override
    protected String basePackage() {
        return "io.veille.crawler";
    }

    @Override
    protected String[] core() {
        return new String[] {
            "io.veille.crawler.feed", "io.veille.crawler.fetch", "io.veille.crawler.poll", "io.veille.crawler.robots", "io.veille.crawler.schedule",
            "io.veille.crawler.source", "io.veille.crawler.url"
        };
    }

    @Override
    protected String[] inner() {
        return new String[] {
            "io.veille.crawler.service", "io.veille.crawler.persist", "io.veille.crawler.publish", "io.veille.crawler.metrics"
        };
    }

    @Override
    protected String[] inbound() {
        return new String[] {"io.veille.crawler.api"};
    }
}
