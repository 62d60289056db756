package dev.apikeep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.application.PlatformImpl;
import dev.apikeep.app.KdfSettings;
import dev.apikeep.app.Session;
import dev.apikeep.app.Settings;
import dev.apikeep.domain.ExchangeCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
 * initialiser, finding no stylesheet, would queue Modena over the theme). A theme change waits for
 * the main window's build off the FX thread (restyling the shown screen lays out its text through
 * JavaFX's one shared text layout, which the build uses too).
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

    @Test
    void aThemeChosenWhileTheMainWindowIsBuiltComesAfterTheBuild(FxRobot robot) throws Exception {
        AtomicReference<AppShell> shell = new AtomicReference<>();
        AtomicReference<CompletableFuture<?>> build = new AtomicReference<>();
        robot.interact(() -> shell.set((AppShell) TestApp.forVault(vault).startOn(stage).navigator()));
        robot.interact(() -> {
            build.set(shell.get().prepareKeys()); // starts after the next pulse: not done yet here
            shell.get().applyTheme(Settings.Theme.DARK);
            assertThat(Application.getUserAgentStylesheet()).as("restyled beside the build").endsWith("primer-light.css");
        });

        build.get().get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Application.getUserAgentStylesheet().endsWith("primer-dark.css"));
        robot.interact(() -> shell.get().applyTheme(Settings.Theme.LIGHT)); // the build is done: at once
        assertThat(Application.getUserAgentStylesheet()).endsWith("primer-light.css");
    }
}
