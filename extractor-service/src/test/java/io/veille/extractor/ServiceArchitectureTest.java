package io.veille.extractor;

import io.veille.testsupport.ServiceArchitectureContract;

/** The extractor service against the shared rule set (see {@link ServiceArchitectureContract}). */
class ServiceArchitectureTest extends ServiceArchitectureContract {

    @Override
    protected String basePackage() {
        return "io.veille.extractor";
    }

    @Override
    protected String[] core() {
        return new String[] {
            "io.veille.extractor.assembly", "io.veille.extractor.cli", "io.veille.extractor.entity", "io.veille.extractor.extraction",
            "io.veille.extractor.fact", "io.veille.extractor.language", "io.veille.extractor.metadata", "io.veille.extractor.story"
        };
    }

    @Override
    protected String[] inner() {
        return new String[] {"io.veille.extractor.service", "io.veille.extractor.persist", "io.veille.extractor.publish"};
    }

    @Override
    protected String[] inbound() {
        return new String[] {"io.veille.extractor.api", "io.veille.extractor.consume"};
    }
}
