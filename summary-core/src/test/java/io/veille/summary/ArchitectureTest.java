package io.veille.summary;

import io.veille.testsupport.CoreArchitectureContract;

/** The summary's core against the shared rule set. */
class ArchitectureTest extends CoreArchitectureContract {

    @Override
    protected String basePackage() {
        return "io.veille.summary";
    }
}
