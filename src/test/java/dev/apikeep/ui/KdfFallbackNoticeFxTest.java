package dev.apikeep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.KdfSettings;
import dev.apikeep.app.KeyDerivation;
import dev.apikeep.app.Session;
import dev.apikeep.crypto.FaultyArgon2;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.KeyEditor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The desktop app with a fast Argon2 engine that goes wrong: the vault opens, and a notice says why it was slower. */
@ExtendWith(ApplicationExtension.class)
class KdfFallbackNoticeFxTest {
    private static final String PASSWORD = "tulip ankle oxide mercy 1987";
    private static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage stage) throws Exception {
        Path vault = Files.createTempDirectory("apikeep-kdf").resolve("vault.apikeep");
        Session.create(vault, PASSWORD.toCharArray(), KdfSettings.ofMebibytes(19, 2, 1), Session.Claim.SHARED,
                CATALOG, Clock.systemUTC()).lock();
        KeyEditor noEditor = (owner, catalog, existing, today) -> Optional.empty();
        AppContext context = TestApp.forVault(vault).catalog(CATALOG).editor(noEditor).clearClipboardAfter(Duration.ofSeconds(20)).context();
        context.setKeyDerivation(KeyDerivation.of(FaultyArgon2.always().checked()));
        new AppShell(stage, context).start();
    }

    @Test
    void unlockWithAFaultyFastEngineOpensTheVaultAndSaysTheEngineWasSwitched(FxRobot robot) throws Exception {
        TextField password = robot.lookup("#password").queryAs(TextField.class);
        robot.interact(() -> password.setText(PASSWORD));
        robot.clickOn("#unlockButton");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#keyList").tryQuery().isPresent()
                && robot.lookup(".toast-title").queryAllAs(Label.class).stream()
                        .anyMatch(l -> l.getText().equals("Key derivation switched")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reminderText").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(text -> text.startsWith("The fast Argon2 engine derived a key that did not open this vault"));
    }
}
