package io.veille.crawler;

import io.veille.testsupport.CoreArchitectureContract;

/** The crawler's core against the shared rule set. */
class ArchitectureTest extends CoreArchitectureContract {

    @Override
    protected String basePackage() {
        return "io.veille.crawler";
    }
}
