package dev.apikeep.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.KeyDerivation;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
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
 * The unlock's warm-up (Argon2 passes on made-up data) waits until the unlock screen's window is on
 * screen: started while the screen was still being built, it took the cores the window's first
 * show needed. Each test has its own once-per-run flag; the warm-up is stopped as soon as it began,
 * so no Argon2 work runs in the test.
 */
@ExtendWith(ApplicationExtension.class)
class UnlockWarmUpFxTest {
    private final AtomicBoolean began = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        // each test shows its own window
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void beginsOnlyOnceTheScreensWindowIsShowing(FxRobot robot) throws Exception {
        PasswordField password = new PasswordField(); // built off the FX thread, as the first screen is
        UnlockWarmUp warmUp = UnlockWarmUp.startOnceShown(password, KeyDerivation.standard(), began);
        Stage stage = FxToolkit.registerStage(() -> {
            Stage made = new Stage();
            made.setScene(new Scene(new StackPane(password), 300, 200));
            return made;
        });
        assertThat(began).as("in a scene whose window is not shown yet").isFalse();

        robot.interact(stage::show);
        WaitForAsyncUtils.waitForFxEvents();
        warmUp.stop();
        assertThat(began).as("once the window is showing").isTrue();
    }

    @Test
    void beginsAtOnceOnAScreenPutIntoAWindowAlreadyShowing(FxRobot robot) {
        StackPane root = new StackPane();
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(root, 300, 200));
            stage.show();
        });
        PasswordField password = new PasswordField();
        UnlockWarmUp warmUp = UnlockWarmUp.startOnceShown(password, KeyDerivation.standard(), began);
        robot.interact(() -> root.getChildren().add(password)); // the unlock screen after a lock
        warmUp.stop();
        assertThat(began).as("the screen joined a showing window").isTrue();
    }

    /**
     * What may be done while the password is typed (the main window's build) starts a moment after
     * the unlock screen is on screen, and not at all if the screen has gone by then (unlocked at once).
     */
    @Test
    void workForWhileThePasswordIsTypedStartsOnceTheScreenShows_unlessItHasGoneByThen(FxRobot robot) throws Exception {
        PasswordField leaves = new PasswordField();
        PasswordField stays = new PasswordField();
        AtomicBoolean leftRan = new AtomicBoolean();
        AtomicBoolean stayedRan = new AtomicBoolean();
        UnlockWarmUp.afterShown(leaves, () -> leftRan.set(true)); // first: its moment is up first
        UnlockWarmUp.afterShown(stays, () -> stayedRan.set(true));
        StackPane root = new StackPane(leaves, stays);
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(root, 300, 200));
            stage.show();
            root.getChildren().remove(leaves);
        });
        assertThat(stayedRan).as("at once on show").isFalse();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, stayedRan::get);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(leftRan).as("the screen that left its window before its moment").isFalse();
    }

    @Test
    void neverBeginsWhenUnlockIsPressedBeforeTheWindowShows(FxRobot robot) {
        PasswordField password = new PasswordField();
        UnlockWarmUp warmUp = UnlockWarmUp.startOnceShown(password, KeyDerivation.standard(), began);
        warmUp.stop();
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(password), 300, 200));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(began).isFalse();
    }
}
