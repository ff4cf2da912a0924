package io.veille.testsupport;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

/** The checks every plain-Java core runs on itself: no framework, no package cycles. */
public abstract class CoreArchitectureContract {

    private final JavaClasses classes = ArchitectureRules.productionClasses(basePackage());

    protected abstract String basePackage();

    @Test
    void the_core_imports_no_framework() {
        ArchitectureRules.domainImportsNoFramework(basePackage()).check(classes);
    }

    @Test
    void the_core_has_no_package_cycles() {
        ArchitectureRules.noPackageCycles(basePackage()).check(classes);
    }
}
