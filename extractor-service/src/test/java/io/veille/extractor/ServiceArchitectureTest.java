package io.veille.extractor;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import io.veille.testsupport.ArchitectureRules;

/**
 * The extractor service against the shared rule set: the core (from its jar) stays framework-free,
 * the use cases and outbound adapters never reach back into the inbound ones, and no package cycles.
 */
class ServiceArchitectureTest {

    static final String[] CORE = {
        "io.veille.extractor.assembly", "io.veille.extractor.cli", "io.veille.extractor.entity", "io.veille.extractor.extraction",
        "io.veille.extractor.fact", "io.veille.extractor.language", "io.veille.extractor.metadata", "io.veille.extractor.story"
    };
    static final String[] INNER = {"io.veille.extractor.service", "io.veille.extractor.persist", "io.veille.extractor.publish"};
    static final String[] INBOUND = {"io.veille.extractor.api", "io.veille.extractor.consume"};

    private final JavaClasses classes = ArchitectureRules.productionClasses("io.veille.extractor");

    @Test
    void use_cases_and_outbound_adapters_do_not_depend_on_inbound_ones() {
        ArchitectureRules.domainDoesNotDependOnAdapters(INNER, INBOUND).check(classes);
    }

    @Test
    void the_core_imports_no_framework() {
        ArchitectureRules.domainImportsNoFramework(CORE).check(classes);
    }

    @Test
    void no_package_cycles() {
        ArchitectureRules.noPackageCycles("io.veille.extractor").check(classes);
    }
}
