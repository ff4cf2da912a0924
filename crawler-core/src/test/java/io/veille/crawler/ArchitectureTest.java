package io.veille.crawler;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import io.veille.testsupport.ArchitectureRules;

/** The crawler's core against the shared rule set: no framework, no package cycles. */
class ArchitectureTest {

    private final JavaClasses classes = ArchitectureRules.productionClasses("io.veille.crawler");

    @Test
    void the_core_imports_no_framework() {
        ArchitectureRules.domainImportsNoFramework("io.veille.crawler").check(classes);
    }

    @Test
    void the_core_has_no_package_cycles() {
        ArchitectureRules.noPackageCycles("io.veille.crawler").check(classes);
    }
}
