package io.veille.testsupport;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * The checks every Quarkus service runs on itself: its core (from its jar) stays framework-free,
 * the use cases and outbound adapters never reach back into the inbound ones, and no package
 * cycles. A service's test extends it and names its packages.
 */
public abstract class ServiceArchitectureContract {

    private final JavaClasses classes = ArchitectureRules.productionClasses(basePackage());

    protected abstract String basePackage();

    /** The packages of the service's plain-Java core. */
    protected abstract String[] core();

    /** Use cases and outbound adapters. */
    protected abstract String[] inner();

    /** REST resources and consumers. */
    protected abstract String[] inbound();

    protected JavaClasses classes() {
        return classes;
    }

    @Test
    void the_core_imports_no_framework() {
        ArchitectureRules.domainImportsNoFramework(core()).check(classes);
    }

    @Test
    void use_cases_and_outbound_adapters_do_not_depend_on_inbound_ones() {
        ArchitectureRules.domainDoesNotDependOnAdapters(inner(), inbound()).check(classes);
    }

    @Test
    void no_package_cycles() {
        ArchitectureRules.noPackageCycles(basePackage()).check(classes);
    }
}
