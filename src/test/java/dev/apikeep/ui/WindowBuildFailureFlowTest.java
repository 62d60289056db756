package dev.apikeep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.Messages;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.FxmlView;
import dev.apikeep.ui.common.Views;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import dev.apikeep.ui.keys.KeysController;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
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
 * The main window's build beside the unlock may fail (it is JavaFX work on a helper thread): the
 * failure is logged, never silent, and the unlock still ends in the main window, built on the FX
 * thread; should that fail too, the unlock screen comes back usable and says so, rather than a
 * spinner that never stops.
 */
@ExtendWith(ApplicationExtension.class)
class WindowBuildFailureFlowTest {
    static final String PASSWORD = "the window that would not build 2026";
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    static final int KEYS = 12;
    /** Held here: java.util.logging keeps loggers weakly, and with them the handler added. */
    static final Logger SHELL_LOG = Logger.getLogger(AppShell.class.getName());

    final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    final Handler recorder = new Handler() {
        @Override public void publish(LogRecord record) { logged.add(record); }
        @Override public void flush() { }
        @Override public void close() { }
    };
    Stage stage;
    Path vault;
    AppContext context;
    Runnable restoreFxHandler = () -> { };

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        vault = TestApp.vaultWith("apikeep-build-failure", PASSWORD, java.util.stream.IntStream.range(0, KEYS)
                .mapToObj(i -> ApiKeyEntry.builder().exchangeId("okx").label("Key " + i).apiKey(SecretBytes.of("key-" + i))
                        .secret(SecretBytes.of("secret-" + i)).passphrase(SecretBytes.of("pass-" + i))
                        .permissions(List.of("read")).build()).toList());
        SHELL_LOG.addHandler(recorder);
    }

    @AfterEach
    void closeWindows() throws Exception {
        SHELL_LOG.removeHandler(recorder);
        Platform.runLater(restoreFxHandler);
        FxToolkit.cleanupStages();
    }

    @Test
    void aBuildThatFailsBesideTheUnlockIsLogged_andTheWindowIsBuiltOnTheFxThread(FxRobot robot) throws Exception {
        startWith(robot, true);
        waitFor(() -> !logged.isEmpty());
        assertThat(logged.get(0).getMessage()).contains("main window's build beside the unlock failed");
        assertThat(logged.get(0).getThrown()).hasMessage("made-up failure off the FX thread");

        unlock(robot, "not the password"); // its message still comes: the build it waits for is over
        waitFor(() -> robot.lookup("#unlockMessage").queryAs(Label.class).getText().startsWith("Wrong master password"));
        unlock(robot, PASSWORD);
        waitFor(() -> robot.lookup("#keyList").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#keyList").queryListView();
        waitFor(() -> list.getItems().size() == KEYS);
        assertThat(logged).extracting(LogRecord::getMessage).noneMatch(m -> m.contains(PASSWORD));
    }

    @Test
    void aWindowThatCannotBeBuiltAtAllBringsTheUnlockScreenBack_sayingSo(FxRobot robot) throws Exception {
        startWith(robot, false);
        unlock(robot, PASSWORD);

        waitFor(() -> robot.lookup("#unlockMessage").tryQuery()
                .map(m -> ((Label) m).getText().startsWith(Messages.get("error.unexpected.what"))).orElse(false));
        assertThat(robot.lookup("#password").queryAs(PasswordField.class).isDisabled()).as("password field usable").isFalse();
        assertThat(context.serviceProperty().get()).as("the vault, closed again").isNull();
        assertThat(logged).extracting(LogRecord::getMessage).contains("the main window could not be opened");
    }

    @Test
    void aRowLayoutThatFailsOnTheVaultsThread_showsTheSameEntriesInAWindowBuiltOnTheFxThread_neverAReadError(FxRobot robot) throws Exception {
        AtomicBoolean thrown = new AtomicBoolean();
        List<KeysController> built = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            context = TestApp.forVault(vault).catalog(CATALOG).context();
            AppShell shell = new AppShell(stage, context);
            shell.loadKeysViewWith(() -> {
                Views.Loaded<KeysController> view = withTripwire(Views.load(FxmlView.KEYS, context), thrown);
                built.add(view.controller());
                return view;
            });
            shell.start();
        });
        unlock(robot, PASSWORD);

        waitFor(() -> robot.lookup("#keyList").tryQuery().isPresent());
        ListView<ApiKeyEntry> list = robot.lookup("#keyList").queryListView();
        waitFor(() -> list.getItems().size() == KEYS && !robot.lookup(".key-cell").queryAll().isEmpty());
        assertThat(thrown).as("the rows' layout off the FX thread threw").isTrue();
        assertThat(list.getItems()).as("the entries read at the unlock, not wiped").noneMatch(e -> e.secret().isWiped());
        assertThat(Window.getWindows()).as("no error dialog").filteredOn(Window::isShowing).containsExactly(stage);
        assertThat(context.serviceProperty().get()).as("the vault, open").isNotNull();
        assertThat(built.get(0).model().entries()).as("the abandoned window's model, holding none of them").isEmpty();
        assertThat(logged).extracting(LogRecord::getMessage).contains(
                "the first rows' layout off the FX thread failed; the main window is built on the FX thread");
        assertThat(logged).extracting(LogRecord::getMessage).noneMatch(m -> m.contains(PASSWORD));

        List<ApiKeyEntry> handedOn = List.copyOf(list.getItems());
        robot.interact(() -> context.navigator().lock());
        waitFor(() -> robot.lookup("#password").tryQuery().isPresent());
        assertThat(handedOn).as("the handed-on entries, wiped by the lock")
                .allMatch(e -> e.secret().isWiped() && e.apiKey().isWiped() && e.passphrase().isWiped());
        assertThat(context.serviceProperty().get()).as("the vault, closed").isNull();
    }

    @Test
    void aShowThatFailsBringsTheUnlockScreenBack_andTheWindowStartsNothingOnTheClosedVault(FxRobot robot) throws Exception {
        List<Throwable> uncaught = recordUncaughtOnFxThread(robot);
        robot.interact(() -> {
            context = TestApp.forVault(vault).catalog(CATALOG).context();
            AppShell shell = new AppShell(stage, context);
            shell.beforeShowingKeys = () -> { throw new IllegalStateException("made-up failure putting the window on screen"); };
            shell.start();
        });
        unlock(robot, PASSWORD);

        waitFor(() -> robot.lookup("#unlockMessage").tryQuery()
                .map(m -> ((Label) m).getText().startsWith(Messages.get("error.unexpected.what"))).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.serviceProperty().get()).as("the vault, closed again").isNull();
        assertThat(uncaught).as("nothing run on the closed vault").isEmpty();
        assertThat(Window.getWindows()).as("no error dialog over the unlock screen").filteredOn(Window::isShowing).containsExactly(stage);
        assertThat(logged).extracting(LogRecord::getMessage).contains("the main window could not be opened");
    }

    @Test
    void aLockWhileTheRowsAreLaidOutOnTheVaultsThread_waitsForThatLayout_thenWipesThem(FxRobot robot) throws Exception {
        List<Throwable> uncaught = recordUncaughtOnFxThread(robot);
        AtomicBoolean disturbed = new AtomicBoolean();
        List<ApiKeyEntry> laidOut = new CopyOnWriteArrayList<>();
        CountDownLatch lockAsked = new CountDownLatch(1);
        robot.interact(() -> {
            context = TestApp.forVault(vault).catalog(CATALOG).context();
            AppShell shell = new AppShell(stage, context);
            shell.loadKeysViewWith(() -> withLockDuringLayout(Views.load(FxmlView.KEYS, context), laidOut, lockAsked, disturbed));
            shell.start();
        });
        unlock(robot, PASSWORD);

        assertThat(lockAsked.await(30, TimeUnit.SECONDS)).as("a lock asked for during the layout").isTrue();
        waitFor(() -> context.serviceProperty().get() == null && robot.lookup("#password").tryQuery().isPresent());
        assertThat(disturbed).as("the window's model changed by the lock while the vault's thread laid it out").isFalse();
        assertThat(laidOut).hasSize(KEYS).allMatch(e -> e.secret().isWiped() && e.apiKey().isWiped());
        assertThat(robot.lookup("#keyList").tryQuery()).as("the window, never shown").isEmpty();
        assertThat(uncaught).isEmpty();
        assertThat(Window.getWindows()).as("no error dialog").filteredOn(Window::isShowing).containsExactly(stage);
    }

    /** {@code view} with a node whose layout on the vault's thread asks the FX thread for a lock and waits for that to be done. */
    private Views.Loaded<KeysController> withLockDuringLayout(Views.Loaded<KeysController> view, List<ApiKeyEntry> laidOut,
                                                               CountDownLatch lockAsked, AtomicBoolean disturbed) {
        Region probe = new Region() {
            final ObservableList<ApiKeyEntry> entries = view.controller().model().entries();

            {
                entries.addListener((ListChangeListener<ApiKeyEntry>) change -> requestLayout());
            }

            @Override
            protected void layoutChildren() {
                if (!Platform.isFxApplicationThread() && entries.size() == KEYS && lockAsked.getCount() > 0) {
                    laidOut.addAll(entries);
                    CountDownLatch locked = new CountDownLatch(1);
                    Platform.runLater(() -> {
                        context.navigator().lock();
                        locked.countDown();
                    });
                    try {
                        locked.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    lockAsked.countDown();
                    disturbed.set(entries.size() != KEYS || laidOut.stream().anyMatch(e -> e.secret().isWiped()));
                }
                super.layoutChildren();
            }
        };
        ((Pane) view.root()).getChildren().add(probe);
        return view;
    }

    /** Exceptions thrown on the FX thread and not caught (the handler set for this test only). */
    private List<Throwable> recordUncaughtOnFxThread(FxRobot robot) {
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            Thread fx = Thread.currentThread();
            Thread.UncaughtExceptionHandler before = fx.getUncaughtExceptionHandler();
            fx.setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
            restoreFxHandler = () -> fx.setUncaughtExceptionHandler(before);
        });
        return uncaught;
    }

    /**
     * {@code view} with a node whose layout throws once on the vault's thread, once the entries are in
     * its model: as JavaFX's shared text layout did when the FX thread measured text at the same time.
     */
    private static Views.Loaded<KeysController> withTripwire(Views.Loaded<KeysController> view, AtomicBoolean thrown) {
        Region tripwire = new Region() {
            /** Held: the model's list listens weakly to the real one. */
            final ObservableList<ApiKeyEntry> entries = view.controller().model().entries();

            {
                entries.addListener((ListChangeListener<ApiKeyEntry>) change -> requestLayout());
            }

            @Override
            protected void layoutChildren() {
                if (!Platform.isFxApplicationThread() && entries.size() == KEYS && !thrown.getAndSet(true)) {
                    throw new NullPointerException("made-up failure of the shared text layout");
                }
                super.layoutChildren();
            }
        };
        ((Pane) view.root()).getChildren().add(tripwire);
        return view;
    }

    /** The app, with a main window whose build fails off the FX thread (and, if {@code buildsOnFxThread}, works on it). */
    private void startWith(FxRobot robot, boolean buildsOnFxThread) {
        robot.interact(() -> {
            context = TestApp.forVault(vault).catalog(CATALOG).context();
            AppShell shell = new AppShell(stage, context);
            shell.loadKeysViewWith(() -> {
                if (!Platform.isFxApplicationThread()) throw new IllegalStateException("made-up failure off the FX thread");
                if (!buildsOnFxThread) throw new IllegalStateException("made-up failure on the FX thread");
                return Views.load(FxmlView.KEYS, context);
            });
            shell.start();
        });
    }

    private static void unlock(FxRobot robot, String password) {
        robot.interact(() -> {
            robot.lookup("#password").queryAs(PasswordField.class).setText(password);
            robot.lookup("#unlockButton").queryButton().fire();
        });
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
