package dev.apikeep.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The layer rules of DESIGN.md section 1, checked on every build. */
@AnalyzeClasses(packages = "dev.apikeep", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule layersDependOnlyDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("domain").definedBy("dev.apikeep.domain..")
            .layer("crypto").definedBy("dev.apikeep.crypto..")
            .layer("vault").definedBy("dev.apikeep.vault..")
            .layer("exchange").definedBy("dev.apikeep.exchange..")
            .layer("app").definedBy("dev.apikeep.app..")
            .layer("ui").definedBy("dev.apikeep.ui..")
            .layer("cli").definedBy("dev.apikeep.cli..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("app").mayOnlyBeAccessedByLayers("ui", "cli")
            .whereLayer("exchange").mayOnlyBeAccessedByLayers("app")
            .whereLayer("vault").mayOnlyBeAccessedByLayers("app")
            .whereLayer("crypto").mayOnlyBeAccessedByLayers("vault", "app");

    @ArchTest
    static final ArchRule uiAndCliSeeOnlyTheApp = noClasses().that().resideInAnyPackage("dev.apikeep.ui..", "dev.apikeep.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.apikeep.vault..", "dev.apikeep.crypto..")
            .because("the desktop app and the command line reach the vault only through app (Session, KeyService,"
                    + " AppException), so each behaviour lives in one place");

    @ArchTest
    static final ArchRule screensHaveNoCycles = slices().matching("dev.apikeep.ui.(*)..").should().beFreeOfCycles()
            .because("a screen's package may use common and other screens' entry points, but never in a circle");

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses().that().resideOutsideOfPackages("dev.apikeep.ui..", "dev.apikeep")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("only the desktop app may use JavaFX; the core runs headless for the CLI");

    @ArchTest
    static final ArchRule onlyVaultSpeaksSql = noClasses().that().resideOutsideOfPackage("dev.apikeep.vault..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("the vault is the only package that knows the file is SQLite");

    @ArchTest
    static final ArchRule domainIsPure = noClasses().that().resideInAPackage("dev.apikeep.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.apikeep.crypto..", "dev.apikeep.vault..",
                    "dev.apikeep.app..", "dev.apikeep.ui..", "dev.apikeep.cli..", "java.nio.file..", "java.net..")
            .because("the domain is pure Java: keys, permissions, exchanges, reminders, audit");

    @ArchTest
    static final ArchRule exchangeKnowsOnlyTheDomain = noClasses().that().resideInAPackage("dev.apikeep.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.apikeep.crypto..", "dev.apikeep.vault..",
                    "dev.apikeep.app..", "dev.apikeep.ui..", "dev.apikeep.cli..")
            .because("network code signs with an entry's credentials and reads answers; it never touches the vault");

    @ArchTest
    static final ArchRule onlyTheExchangeLayerTalksToTheNetwork = noClasses().that().resideOutsideOfPackage("dev.apikeep.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
            .because("every outgoing request is one the user asked for, made in one place");

    @ArchTest
    static final ArchRule uiAndCliDoNotDependOnEachOther = noClasses().that().resideInAPackage("dev.apikeep.ui..")
            .should().dependOnClassesThat().resideInAPackage("dev.apikeep.cli..");

    @ArchTest
    static final ArchRule onlyTheViewLoaderMakesAnFxmlLoader = noClasses().that().doNotHaveFullyQualifiedName("dev.apikeep.ui.common.Views")
            .should().dependOnClassesThat().haveFullyQualifiedName("javafx.fxml.FXMLLoader")
            .because("every screen and dialog loads through Views and its FxmlView (one view system, docs/CONVENTIONS.md)");

    /** Issue 12: "no class over 300 lines outside crypto/ParallelArgon2id", so it stays true. */
    static final int MAX_LINES = 300;

    @ArchTest
    static final ArchRule noClassIsOverThreeHundredLines = classes().that().areTopLevelClasses()
            .and().doNotHaveFullyQualifiedName("dev.apikeep.crypto.ParallelArgon2id")
            .should(haveAtMostLinesOfSource(MAX_LINES))
            .because("a class that long mixes responsibilities: split it by what each part does (docs/CONVENTIONS.md);"
                    + " ParallelArgon2id is the one exception, one algorithm kept whole");

    /** Counts the lines of the class's source file under src/main/java (nested classes count with their file). */
    private static ArchCondition<JavaClass> haveAtMostLinesOfSource(int max) {
        return new ArchCondition<>("have at most " + max + " lines of source") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Path file = Path.of("src/main/java", type.getPackageName().replace('.', '/'),
                        type.getSourceCodeLocation().getSourceFileName());
                long lines;
                try (var read = Files.lines(file)) {
                    lines = read.count();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
                events.add(new SimpleConditionEvent(type, lines <= max, file + " has " + lines + " lines"));
            }
        };
    }
}
