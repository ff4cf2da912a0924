package io.veille.summary;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.veille.summary");

    @Test
    void digest_building_grounding_and_llm_logic_are_plain_java() {
        noClasses().that().resideInAnyPackage("io.veille.summary.digest", "io.veille.summary.grounding", "io.veille.summary.llm")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "io.smallrye..", "dev.langchain4j..")
                .check(classes);
    }

    @Test
    void only_the_openai_adapter_knows_langchain4j() {
        noClasses().that().resideOutsideOfPackages("io.veille.summary.llm.openai")
                .should().dependOnClassesThat().resideInAPackage("dev.langchain4j..")
                .check(classes);
    }
}
