package io.veille.summary;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import io.veille.testsupport.ServiceArchitectureContract;

/** The summary service against the shared rule set (see {@link ServiceArchitectureContract}). */
class ServiceArchitectureTest extends ServiceArchitectureContract {

    @Override
    protected String basePackage() {
        return "io.veille.summary";
    }

    @Override
    protected String[] core() {
        return new String[] {"io.veille.summary.digest", "io.veille.summary.grounding", "io.veille.summary.llm",
            "io.veille.summary.subscription"};
    }

    @Override
    protected String[] inner() {
        return new String[] {
            "io.veille.summary.service", "io.veille.summary.persist", "io.veille.summary.publish", "io.veille.summary.client"
        };
    }

    @Override
    protected String[] inbound() {
        return new String[] {"io.veille.summary.api", "io.veille.summary.consume"};
    }

    @Test
    void only_the_openai_client_knows_langchain4j() {
        noClasses().that().resideOutsideOfPackages("io.veille.summary.client.openai..")
                .should().dependOnClassesThat().resideInAPackage("dev.langchain4j..")
                .check(classes());
    }
}
