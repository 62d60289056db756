package dev.apikeep.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.Session;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.Messages;
import dev.apikeep.ui.TestApp;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.FakeClipboard;
import dev.apikeep.ui.common.FxmlView;
import dev.apikeep.ui.common.Views;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
 * The main window while the vault's thread lays out its first rows, before it is shown: the FX
 * thread's own timers (the clipboard's countdown) do not change it then (both would lay out text
 * through JavaFX's one shared text layout); the countdown shows once the window is on screen.
 */
@ExtendWith(ApplicationExtension.class)
class UnshownWindowFxTest {
    static final String PASSWORD = "the unshown window 2026";

    Stage stage;
    Path vault;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        vault = TestApp.emptyVault("apikeep-unshown", PASSWORD);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theClipboardCountdownReachesTheWindowOnlyOnceItIsShown(FxRobot robot) throws Exception {
        AppContext context = TestApp.forVault(vault).clipboard(new FakeClipboard(), Duration.ofSeconds(20)).context();
        Session session = Session.unlock(vault, PASSWORD.toCharArray(), Session.Access.NORMAL, Session.Claim.WINDOW,
                ExchangeCatalog.loadDefault(), Clock.systemUTC());
        robot.interact(() -> context.vaultOpened(session));
        Views.Loaded<KeysController> view = WaitForAsyncUtils.asyncFx(() -> Views.<KeysController>load(FxmlView.KEYS, context)).get(20, TimeUnit.SECONDS);
        Scene unshown = new Scene(view.root(), 1000, 700);
        CountDownLatch vaultThreadBusy = new CountDownLatch(1);
        context.background().execute(() -> TestApp.await(vaultThreadBusy)); // the first rows' layout waits behind it: unshown meanwhile
        AtomicBoolean shown = new AtomicBoolean();

        robot.interact(() -> {
            view.controller().openUnshown(() -> {
                stage.setScene(unshown);
                shown.set(true);
            }, (entries, failure) -> { throw new AssertionError("the rows' layout failed", failure); });
            context.clipboard().copy("a copied key", 20);
        });
        Label countdown = (Label) view.root().lookup("#clipboardStatus");
        assertThat(countdown.getText()).as("the countdown on the window not shown yet").isEmpty();

        vaultThreadBusy.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, shown::get);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(countdown.getText()).as("the countdown once it is shown")
                .isIn(Messages.format("keys.clipboardClears", 20), Messages.format("keys.clipboardClears", 19));
        robot.interact(() -> {
            view.controller().dispose();
            context.closeVault();
        });
    }
}
