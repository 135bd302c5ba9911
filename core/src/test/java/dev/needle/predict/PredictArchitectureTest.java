package dev.needle.predict;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Predictions are pure functions of a Dataset, like the measures: no storage, no interface, and no clock, which
 * ArchitectureTest checks for every analysis.
 */
class PredictArchitectureTest {
    private static final JavaClasses PREDICT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.needle.predict");

    @Test
    void predictionsAreFreeOfStorageAndInterfaces() {
        noClasses().that().resideInAPackage("dev.needle.predict..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.needle.store..", "dev.needle.cli..",
                        "dev.needle.app..", "dev.needle.ingest..", "dev.needle.web..", "java.sql..", "org.jdbi..", "picocli..")
                .check(PREDICT);
    }
}
