package dev.needle;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Data flows one way: sources → ingest → store → analyses → CLI / API / web; the domain depends on nothing. */
class ArchitectureTest {
    private static final JavaClasses NEEDLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.needle");

    @Test
    void theDomainUsesNoFrameworkAndNoOtherFeature() {
        noClasses().that().resideInAPackage("dev.needle.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.needle.domain..", "java..")
                .check(NEEDLE);
    }

    @Test
    void ingestKnowsNothingOfStorageOrInterfaces() {
        noClasses().that().resideInAPackage("dev.needle.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.needle.store..", "dev.needle.cli..",
                        "dev.needle.app..", "java.sql..", "org.jdbi..")
                .check(NEEDLE);
    }

    @Test
    void analysesAreFreeOfStorageAndInterfaces() {
        noClasses().that().resideInAPackage("dev.needle.measure..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.needle.store..", "dev.needle.cli..",
                        "dev.needle.app..", "dev.needle.ingest..", "java.sql..", "org.jdbi..", "picocli..")
                .check(NEEDLE);
    }

    @Test
    void coachingIsAPureAnalysisFreeOfStorageInterfacesAndRendering() {
        noClasses().that().resideInAPackage("dev.needle.coach..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.needle.store..", "dev.needle.cli..",
                        "dev.needle.app..", "dev.needle.ingest..", "dev.needle.report..", "java.sql..", "org.jdbi..",
                        "picocli..", "org.jfree..", "com.openhtmltopdf..", "io.javalin..")
                .check(NEEDLE);
    }

    /** The report renderer turns records into pages; the CLI and, later, the web server call it. */
    @Test
    void theReportRendererKnowsNothingOfStorageOrInterfaces() {
        noClasses().that().resideInAPackage("dev.needle.report..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.needle.store..", "dev.needle.cli..",
                        "dev.needle.app..", "dev.needle.ingest..", "java.sql..", "org.jdbi..", "picocli..")
                .check(NEEDLE);
    }

    @Test
    void theStoreKnowsNothingOfTheCommandLine() {
        noClasses().that().resideInAPackage("dev.needle.store..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.needle.cli..", "picocli..")
                .check(NEEDLE);
    }

    /** The benchmark also talks SQL to DuckDB, the alternative it measures Needle against. */
    @Test
    void onlyTheStoreTalksSql() {
        noClasses().that().resideOutsideOfPackages("dev.needle.store..", "dev.needle.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "org.flywaydb..")
                .check(NEEDLE);
    }

    @Test
    void theJsonDocumentsAreFreeOfStorageAndInterfaces() {
        noClasses().that().resideInAPackage("dev.needle.view..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.needle.store..", "dev.needle.cli..",
                        "dev.needle.web..", "dev.needle.app..", "java.sql..", "org.jdbi..", "picocli..", "io.javalin..")
                .check(NEEDLE);
    }

    /** Users, roles and visibility, and the writes a rep makes, are rules: storage comes in through ports. */
    @Test
    void authAndDailyWorkKnowNothingOfStorageOrInterfaces() {
        noClasses().that().resideInAnyPackage("dev.needle.auth..", "dev.needle.work..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.needle.store..", "dev.needle.cli..",
                        "dev.needle.web..", "dev.needle.app..", "java.sql..", "org.jdbi..", "picocli..", "io.javalin..")
                .check(NEEDLE);
    }

    /** The audit trail's records describe changes; the store keeps them, the API and the CLI show them. */
    @Test
    void theAuditRecordsKnowNothingOfStorageOrInterfaces() {
        noClasses().that().resideInAPackage("dev.needle.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.needle.store..", "dev.needle.cli..",
                        "dev.needle.web..", "dev.needle.app..", "java.sql..", "org.jdbi..", "picocli..", "io.javalin..")
                .check(NEEDLE);
    }

    @Test
    void onlyTheWebAdapterKnowsJavalin() {
        noClasses().that().resideOutsideOfPackages("dev.needle.web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
                .check(NEEDLE);
    }

    /** The web adapter calls the use cases in app, as the command line does; neither adapter knows the other. */
    @Test
    void theWebAdapterKnowsNothingOfTheCommandLine() {
        noClasses().that().resideInAPackage("dev.needle.web..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.needle.cli..", "picocli..")
                .check(NEEDLE);
    }

    /** The use cases and the wiring sit under the adapters: cli and web start from app, never the other way. */
    @Test
    void theUseCasesKnowNothingOfTheAdapters() {
        noClasses().that().resideInAPackage("dev.needle.app..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.needle.cli..", "dev.needle.web..", "picocli..",
                        "io.javalin..", "org.eclipse.jetty..")
                .check(NEEDLE);
    }

    /** A package is a layer or a part of one: two that need each other are one package split in two. */
    @Test
    void noPackagesDependOnEachOtherInACycle() {
        slices().matching("dev.needle.(**)").should().beFreeOfCycles().check(NEEDLE);
    }

    /** The planner is an analysis like the measures: it plans a day from records it is given. */
    @Test
    void thePlannerIsAPureAnalysisFreeOfStorageAndInterfaces() {
        noClasses().that().resideInAPackage("dev.needle.plan..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.needle.store..", "dev.needle.cli..",
                        "dev.needle.app..", "dev.needle.ingest..", "dev.needle.web..", "java.sql..", "org.jdbi..",
                        "picocli..", "io.javalin..")
                .check(NEEDLE);
    }

    /** An analysis takes its as-of from its caller, so the same records give the same answer on any day. */
    @Test
    void noAnalysisReadsTheClock() {
        noClasses().that().resideInAnyPackage("dev.needle.measure..", "dev.needle.predict..", "dev.needle.coach..",
                        "dev.needle.plan..")
                .should().callMethodWhere(target(name("now")).and(target(owner(resideInAPackage("java.time")))))
                .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(NEEDLE);
    }
}
