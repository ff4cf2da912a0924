package io.veille.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Arrays;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The one rule set every module checks itself against. A service names its base package, its
 * domain packages (the plain-Java core) and its adapter packages; the rules are the same
 * everywhere, so no module can drift into a layout of its own.
 */
public final class ArchitectureRules {

    /** Packages no domain class may touch: the runtime and its libraries live in the adapters. */
    public static final String[] FRAMEWORKS = {
        "jakarta..", "io.quarkus..", "io.smallrye..", "org.eclipse.microprofile..", "org.hibernate..",
        "io.micrometer..", "org.jboss..", "io.vertx..", "org.apache.kafka..", "dev.langchain4j.."
    };

    private ArchitectureRules() {
    }

    /**
     * The production classes of a base package, the module's own and its cores' (from their jars),
     * tests left out: test classes and test jars, which another module may have on its classpath.
     */
    public static JavaClasses productionClasses(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(basePackage);
    }

    /** @param domainPackages package names, e.g. {@code io.veille.extractor.fact}; sub-packages are included */
    public static ArchRule domainImportsNoFramework(String... domainPackages) {
        return noClasses().that().resideInAnyPackage(withSubpackages(domainPackages))
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("domain logic is plain Java, run by unit tests and command lines without a runtime");
    }

    public static ArchRule domainDoesNotDependOnAdapters(String[] domainPackages, String... adapterPackages) {
        return noClasses().that().resideInAnyPackage(withSubpackages(domainPackages))
                .should().dependOnClassesThat().resideInAnyPackage(withSubpackages(adapterPackages))
                .because("adapters depend on the domain, never the other way round");
    }

    /** Each direct sub-package of the base package is a slice; no two slices may depend on each other in a loop. */
    public static ArchRule noPackageCycles(String basePackage) {
        return SlicesRuleDefinition.slices().matching(basePackage + ".(*)..")
                .should().beFreeOfCycles()
                .because("a package cycle means two roles that cannot be understood or moved apart");
    }

    private static String[] withSubpackages(String... packages) {
        return Arrays.stream(packages).map(p -> p.endsWith("..") ? p : p + "..").toArray(String[]::new);
    }
}
