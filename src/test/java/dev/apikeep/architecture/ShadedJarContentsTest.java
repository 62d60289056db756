package dev.apikeep.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar leaves out whole packages the app never uses (pom.xml, maven-shade-plugin's filters:
 * BouncyCastle's post-quantum, JCA provider and X.509 packages, JavaFX's charts). The tests run
 * against the full dependency jars, so only this test notices when the app's code starts to use one
 * of them: it would pass here and fail with NoClassDefFoundError in the shipped jar.
 */
class ShadedJarContentsTest {
    private static final Pattern PACKAGE_EXCLUDE = Pattern.compile("<exclude>((?!META-INF)[a-z0-9_/]+)/\\*\\*</exclude>");

    @Test
    void theAppUsesNoPackageTheShadedJarLeavesOut() throws IOException {
        List<String> leftOut = leftOutPackages();
        assertThat(leftOut).contains("org.bouncycastle.pqc..", "org.bouncycastle.jcajce..", "javafx.scene.chart..");

        JavaClasses app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.apikeep");
        assertThat(app).hasSizeGreaterThan(300);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(leftOut.toArray(String[]::new))
                .because("the shaded jar does not ship these packages (pom.xml, maven-shade-plugin filters)")
                .check(app);
    }

    /** The packages named by the shade filters' {@code <exclude>dir/**</exclude>} lines, as ArchUnit patterns. */
    static List<String> leftOutPackages() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = PACKAGE_EXCLUDE.matcher(pom);
        List<String> packages = new java.util.ArrayList<>();
        while (m.find()) packages.add(m.group(1).replace('/', '.') + "..");
        return packages;
    }
}
