package dev.apikeep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.Messages;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.FxmlView;
import dev.apikeep.ui.common.Views;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The unlock screen while something happens beside it: during an unlock its links are greyed and do
 * nothing (another vault chosen then made About and Backups name it while the first one opened),
 * and work again after a wrong password; while the main window is built off the FX thread, Create,
 * Backups and About open once the build is done, not beside it (JavaFX lays out their text through
 * the one shared text layout the build uses); with a dialog already open, the window is built on
 * the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class UnlockScreenWhileOpeningFlowTest {
    static final String PASSWORD = "the screen while opening 2026";
    static final List<String> LINKS = List.of("#openAnother", "#createNew", "#restoreBackup");

    Stage stage;
    Path vault;
    AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        vault = TestApp.emptyVault("apikeep-while-opening", PASSWORD);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void duringAnUnlockTheLinksAreGreyedAndDoNothing_andWorkAgainAfterAWrongPassword(FxRobot robot) throws Exception {
        robot.interact(() -> context = TestApp.forVault(vault).startOn(stage));
        CountDownLatch slowKdf = holdTheVaultThread();
        unlock(robot, "not the password");

        assertThat(LINKS).as("links greyed while the vault opens")
                .allMatch(id -> robot.lookup(id).queryAs(Hyperlink.class).isDisabled());
        robot.clickOn("#createNew");
        robot.clickOn("#restoreBackup");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#locationField").tryQuery()).as("the Create screen").isEmpty();
        assertThat(shownTitles()).as("windows open").doesNotContain(Messages.get("backups.title"));

        slowKdf.countDown();
        waitFor(() -> robot.lookup("#unlockMessage").queryAs(Label.class).getText().startsWith("Wrong master password"));
        assertThat(LINKS).as("links usable after the failed unlock")
                .noneMatch(id -> robot.lookup(id).queryAs(Hyperlink.class).isDisabled());
        assertThat(context.vaultPath()).isEqualTo(vault);

        robot.clickOn("#createNew");
        waitFor(() -> robot.lookup("#locationField").tryQuery().isPresent());
    }

    @Test
    void createBackupsAndAboutOpenOnceTheMainWindowIsBuilt_notBesideTheBuild(FxRobot robot) throws Exception {
        CountDownLatch slowBuild = startWhileTheWindowIsBuilt(robot);

        robot.clickOn("#restoreBackup");
        robot.clickOn("#createNew");
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#locationField").tryQuery()).as("the Create screen beside the build").isEmpty();
        assertThat(shownTitles()).as("dialogs open beside the build")
                .doesNotContain(Messages.get("backups.title"), Messages.get("about.title"));

        slowBuild.countDown();
        waitFor(() -> shownTitles().containsAll(List.of(Messages.get("backups.title"), Messages.get("about.title"))));
        assertThat(robot.lookup("#locationField").tryQuery()).as("the Create screen once the window is built").isPresent();
    }

    @Test
    void whileTheWindowIsBuiltTheScreensWrappingTextKeepsItsHeight_andThePasswordFieldOpensNoMenu(FxRobot robot) throws Exception {
        CountDownLatch slowBuild = startWhileTheWindowIsBuilt(robot);
        Label vaultLabel = robot.lookup("#vaultLabel").queryAs(Label.class);
        PasswordField password = robot.lookup("#password").queryAs(PasswordField.class);
        double height = vaultLabel.getHeight();

        // a resize lays the screen out on the FX thread: its wrapping text must not be measured beside the build
        robot.interact(() -> stage.setWidth(stage.getWidth() + 120));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vaultLabel.getPrefHeight()).as("the vault's name held at its height").isEqualTo(height);
        assertThat(vaultLabel.getMinHeight()).isEqualTo(height);
        assertThat(vaultLabel.getMaxWidth()).as("and width").isEqualTo(vaultLabel.getWidth());
        robot.interact(() -> password.fireEvent(contextMenuRequest()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(popupsShowing()).as("a context menu beside the build").isZero();

        slowBuild.countDown();
        waitFor(() -> vaultLabel.getPrefHeight() == Region.USE_COMPUTED_SIZE);
        robot.interact(() -> password.fireEvent(contextMenuRequest()));
        waitFor(() -> popupsShowing() > 0);
    }

    @Test
    void unlockAgainAfterAFailureHidesTheLastMessageWithoutClearingIt(FxRobot robot) throws Exception {
        robot.interact(() -> context = TestApp.forVault(vault).startOn(stage));
        unlock(robot, "not the password");
        Label message = robot.lookup("#unlockMessage").queryAs(Label.class);
        waitFor(() -> message.getText().startsWith("Wrong master password"));
        String said = message.getText();

        CountDownLatch slowKdf = holdTheVaultThread();
        unlock(robot, "still not the password");
        assertThat(message.getText()).as("its text, not laid out again while the vault opens").isEqualTo(said);
        assertThat(message.isVisible()).as("the last attempt's message, hidden").isFalse();
        assertThat(message.isManaged()).as("its space kept").isTrue();
        slowKdf.countDown();
        waitFor(() -> message.isVisible());
    }

    private static ContextMenuEvent contextMenuRequest() {
        return new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, 0, 0, false, null);
    }

    private static long popupsShowing() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing()).count()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aCreateClickedBeforeUnlockWhileTheWindowIsBuiltIsDropped_theOpenedVaultsWindowStays(FxRobot robot) throws Exception {
        CountDownLatch slowBuild = startWhileTheWindowIsBuilt(robot);
        robot.clickOn("#createNew"); // waits for the build: the screen still shows the vault to unlock
        unlock(robot, PASSWORD);

        slowBuild.countDown();
        waitFor(() -> robot.lookup("#keyList").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#locationField").tryQuery()).as("the Create screen over the opened vault").isEmpty();
        assertThat(robot.lookup("#keyList").tryQuery()).as("the opened vault's window").isPresent();
    }

    @Test
    void withADialogOpenTheMainWindowIsBuiltOnTheFxThread_neverBesideTheDialogsOwnLayout(FxRobot robot) throws Exception {
        List<String> builtOn = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicReference<AppShell> shell = new AtomicReference<>();
        robot.interact(() -> {
            context = TestApp.forVault(vault).context();
            shell.set(new AppShell(stage, context));
            shell.get().loadKeysViewWith(() -> {
                builtOn.add(Thread.currentThread().getName());
                return Views.load(FxmlView.KEYS, context);
            });
            shell.get().start();
            robot.lookup("#restoreBackup").queryAs(Hyperlink.class).fire(); // before the build beside the password starts
        });
        waitFor(() -> shownTitles().contains(Messages.get("backups.title")));
        robot.interact(() -> shell.get().prepareKeys().join()); // as the screen asks a moment after it shows
        unlock(robot, PASSWORD);

        waitFor(() -> robot.lookup("#keyList").tryQuery().isPresent());
        assertThat(builtOn).as("threads the main window was built on").containsOnly("JavaFX Application Thread");
    }

    @Test
    void withADialogOpenAtTheUnlockTheBuiltWindowsRowsAreLaidOutOnTheFxThread(FxRobot robot) throws Exception {
        AtomicReference<AppShell> shell = new AtomicReference<>();
        robot.interact(() -> {
            context = TestApp.forVault(vault).context();
            shell.set(new AppShell(stage, context));
            shell.get().start();
        });
        WaitForAsyncUtils.asyncFx(() -> shell.get().prepareKeys()).get(10, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
        robot.interact(() -> robot.lookup("#restoreBackup").queryAs(Hyperlink.class).fire()); // the build is done: at once
        waitFor(() -> shownTitles().contains(Messages.get("backups.title")));
        javafx.scene.Scene before = stage.getScene();
        unlock(robot, PASSWORD);

        waitFor(() -> robot.lookup("#keyList").tryQuery().isPresent());
        // the built window laid out off the FX thread comes as a scene of its own; here the window's own scene shows it
        assertThat(stage.getScene()).as("the window's scene").isSameAs(before);
    }

    /** The app, its main window's build beside the unlock started and held until the returned latch is counted down. */
    private CountDownLatch startWhileTheWindowIsBuilt(FxRobot robot) throws InterruptedException {
        CountDownLatch buildStarted = new CountDownLatch(1);
        CountDownLatch slowBuild = new CountDownLatch(1);
        robot.interact(() -> {
            context = TestApp.forVault(vault).context();
            AppShell shell = new AppShell(stage, context);
            shell.loadKeysViewWith(() -> {
                buildStarted.countDown();
                TestApp.await(slowBuild);
                return Views.load(FxmlView.KEYS, context);
            });
            shell.start();
        });
        assertThat(buildStarted.await(30, TimeUnit.SECONDS)).as("the main window's build started").isTrue();
        return slowBuild;
    }

    /** The unlock queues behind this on the vault's one thread, as behind a slow KDF, until the latch is counted down. */
    private CountDownLatch holdTheVaultThread() {
        CountDownLatch hold = new CountDownLatch(1);
        context.background().execute(() -> TestApp.await(hold));
        return hold;
    }


    private static void unlock(FxRobot robot, String password) {
        robot.interact(() -> {
            robot.lookup("#password").queryAs(PasswordField.class).setText(password);
            robot.lookup("#unlockButton").queryButton().fire();
        });
    }

    /** The titles of the windows on screen besides the main one (read on the FX thread). */
    private List<String> shownTitles() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Window::isShowing).filter(w -> w != stage)
                .map(w -> w instanceof Stage s ? s.getTitle() : "").toList()).get(10, TimeUnit.SECONDS);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
