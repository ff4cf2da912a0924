package io.veille.summary;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import io.veille.testsupport.ArchitectureRules;

/**
 * The summary service against the shared rule set: the core (from its jar) stays framework-free,
 * the use cases and outbound adapters never reach back into the inbound ones, and no package cycles.
 */
class ServiceArchitectureTest {

    static final String[] CORE = {"io.veille.summary.digest", "io.veille.summary.grounding", "io.veille.summary.llm"};
    static final String[] INNER = {
        "io.veille.summary.service", "io.veille.summary.persist", "io.veille.summary.publish", "io.veille.summary.client"
    };
    static final String[] INBOUND = {"io.veille.summary.api", "io.veille.summary.consume"};

    private final JavaClasses classes = ArchitectureRules.productionClasses("io.veille.summary");

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
        ArchitectureRules.noPackageCycles("io.veille.summary").check(classes);
    }

    @Test
    void only_the_openai_client_knows_langchain4j() {
        noClasses().that().resideOutsideOfPackages("io.veille.summary.client.openai..")
                .should().dependOnClassesThat().resideInAPackage("dev.langchain4j..")
                .check(classes);
    }
}
