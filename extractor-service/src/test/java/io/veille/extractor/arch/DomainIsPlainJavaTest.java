package io.veille.extractor.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The domain packages stay framework-free, so the command lines and unit tests run them without Quarkus. */
class DomainIsPlainJavaTest {

    private static final String[] DOMAIN = {
        "io.veille.extractor.extraction..", "io.veille.extractor.metadata..", "io.veille.extractor.language..",
        "io.veille.extractor.entity..", "io.veille.extractor.fact..", "io.veille.extractor.cli..",
        "io.veille.extractor.story.."
    };

    @Test
    void domain_packages_import_no_framework_class() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.veille.extractor");

        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta..", "io.quarkus..", "io.smallrye..", "org.hibernate..", "dev.langchain4j..")
                .because("domain logic is plain Java; adapters live in consume, persist, api and config")
                .check(classes);
    }
}
