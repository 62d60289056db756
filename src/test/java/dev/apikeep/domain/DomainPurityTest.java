package dev.apikeep.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain stays pure Java so every layer above, and the tests, can use it without a UI, a database or a disk. */
class DomainPurityTest {
    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.apikeep.domain");

    @Test
    void noUiDatabaseFileOrNetworkAccess() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "java.sql..", "java.nio.file..", "java.net..", "dev.apikeep.vault..",
                        "dev.apikeep.app..", "dev.apikeep.ui..", "dev.apikeep.cli..", "dev.apikeep.crypto..")
                .check(DOMAIN);
    }

    @Test
    void noFileStreams() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .check(DOMAIN);
    }
}
