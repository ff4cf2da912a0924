package io.veille.crawler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.veille.crawler", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The crawling rules are plain Java: testable without Quarkus, and portable to another runtime. */
    @ArchTest
    static final ArchRule domain_packages_do_not_depend_on_frameworks = noClasses()
            .that().resideInAnyPackage("..crawler.source..", "..crawler.url..", "..crawler.fetch..", "..crawler.feed..",
                    "..crawler.poll..", "..crawler.schedule..")
            .and().haveSimpleNameNotEndingWith("Job")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "io.smallrye..", "org.eclipse.microprofile..");
}
