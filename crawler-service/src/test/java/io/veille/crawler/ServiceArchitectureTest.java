package io.veille.crawler;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import io.veille.testsupport.ArchitectureRules;

/**
 * The crawler service against the shared rule set: the core (from its jar) stays framework-free,
 * the use cases and outbound adapters never reach back into the inbound ones, and no package cycles.
 */
class ServiceArchitectureTest {

    static final String[] CORE = {
        "io.veille.crawler.feed", "io.veille.crawler.fetch", "io.veille.crawler.poll", "io.veille.crawler.schedule",
        "io.veille.crawler.source", "io.veille.crawler.url"
    };
    static final String[] INNER = {
        "io.veille.crawler.service", "io.veille.crawler.persist", "io.veille.crawler.publish", "io.veille.crawler.metrics"
    };
    static final String[] INBOUND = {"io.veille.crawler.api"};

    private final JavaClasses classes = ArchitectureRules.productionClasses("io.veille.crawler");

    @Test
    void the_core_imports_no_framework() {
        ArchitectureRules.domainImportsNoFramework(CORE).check(classes);
    }

    @Test
    void use_cases_and_outbound_adapters_do_not_depend_on_inbound_ones() {
        ArchitectureRules.domainDoesNotDependOnAdapters(INNER, INBOUND).check(classes);
    }

    @Test
    void no_package_cycles() {
        ArchitectureRules.noPackageCycles("io.veille.crawler").check(classes);
    }
}
