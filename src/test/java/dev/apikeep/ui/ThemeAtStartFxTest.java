package dev.apikeep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.application.PlatformImpl;
import dev.apikeep.app.KdfSettings;
import dev.apikeep.app.Session;
import dev.apikeep.domain.ExchangeCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app starts in its theme (AtlantaFX), never in JavaFX's default Modena: the theme is set on
 * the FX thread before the first screen is built on its helper thread (where Control's static
 * initialiser, finding no stylesheet, would queue Modena over the theme).
 */
@ExtendWith(ApplicationExtension.class)
class ThemeAtStartFxTest {
    private Stage stage;
    private Path vault;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        vault = Files.createTempDirectory("apikeep-theme-start").resolve("vault.apikeep");
        Session.create(vault, "theme at start 2026".toCharArray(), KdfSettings.ofMebibytes(19, 2, 1), Session.Claim.SHARED,
                ExchangeCatalog.loadDefault(), Clock.systemUTC()).lock();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theUnlockScreenComesUpInTheAppsTheme_withNoStylesheetSetBefore(FxRobot robot) throws Exception {
        robot.interact(() -> Application.setUserAgentStylesheet(null)); // as in a fresh JVM: nothing set yet (Modena)
        robot.interact(() -> {
            TestApp.forVault(vault).startOn(stage);
            assertThat(Application.getUserAgentStylesheet()).as("the theme, set before start returns").endsWith("primer-light.css");
        });
        WaitForAsyncUtils.waitForFxEvents(); // anything queued at start-up (Modena would be)
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#unlockButton").tryQuery()).isPresent();
        assertThat(Application.getUserAgentStylesheet()).endsWith("primer-light.css");
        assertThat(PlatformImpl.isModena()).as("JavaFX's default theme in force").isFalse();
    }
}
