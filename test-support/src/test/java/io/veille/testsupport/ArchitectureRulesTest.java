package io.veille.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/** Each rule fails on a deliberate violation and passes where there is none, so none of them is a check that cannot fail. */
class ArchitectureRulesTest {

    private static final String BASE = "io.veille.testsupport.violations";
    private final JavaClasses violations = new ClassFileImporter().importPackages(BASE);

    @Test
    void a_domain_class_using_a_framework_type_fails_the_framework_rule() {
        assertThatThrownBy(() -> ArchitectureRules.domainImportsNoFramework(BASE + ".domain").check(violations))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("jakarta.inject.Singleton");
        assertThatCode(() -> ArchitectureRules.domainImportsNoFramework(BASE + ".adapter").check(violations))
                .doesNotThrowAnyException();
    }

    @Test
    void a_domain_class_using_an_adapter_fails_the_direction_rule() {
        assertThatThrownBy(() -> ArchitectureRules.domainDoesNotDependOnAdapters(
                new String[] {BASE + ".domain"}, BASE + ".adapter").check(violations))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Controller");
        assertThatCode(() -> ArchitectureRules.domainDoesNotDependOnAdapters(
                new String[] {BASE + ".adapter"}, BASE + ".cyclea").check(violations))
                .doesNotThrowAnyException();
    }

    @Test
    void two_packages_that_use_each_other_fail_the_cycle_rule() {
        assertThatThrownBy(() -> ArchitectureRules.noPackageCycles(BASE).check(violations))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("cycle");
        JavaClasses acyclic = new ClassFileImporter().importPackages(BASE + ".domain", BASE + ".adapter");
        assertThatCode(() -> ArchitectureRules.noPackageCycles(BASE).check(acyclic)).doesNotThrowAnyException();
    }
}
