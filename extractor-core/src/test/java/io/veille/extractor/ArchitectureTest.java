package io.veille.extractor;

import io.veille.testsupport.CoreArchitectureContract;

/** The extractor's core against the shared rule set. */
class ArchitectureTest extends CoreArchitectureContract {

    @Override
    protected String basePackage() {
        return "io.veille.extractor";
    }
}
