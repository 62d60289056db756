package dev.apikeep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.KdfSettings;
import dev.apikeep.app.Session;
import dev.apikeep.app.Settings;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.Messages;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.ui.keys.KeyFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
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
 * The main window as the unlock now shows it (issue 15 goal 5): built beside the unlock and put on
 * screen with its rows already in, so the first time a user sees the list it holds every key and
 * its counts; the same after a wrong password first, after a lock, and in the vault's own theme.
 */
@ExtendWith(ApplicationExtension.class)
class UnlockPreparedWindowFlowTest {
    static final String PASSWORD = "the prepared window 2026";
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    static final int KEYS = 40;

    Path vault;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        vault = Files.createTempDirectory("apikeep-prepared-window").resolve("vault.apikeep");
        try (Session s = Session.create(vault, PASSWORD.toCharArray(), KdfSettings.ofMebibytes(19, 2, 1),
                Session.Claim.SHARED, CATALOG, Clock.systemUTC())) {
            for (int i = 0; i < KEYS; i++) {
                s.keys().add(ApiKeyEntry.builder().exchangeId("bybit").label("Key " + i).apiKey(SecretBytes.of("key-" + i))
                        .secret(SecretBytes.of("secret-" + i)).permissions(List.of("read")).build());
            }
        }
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theMainWindowAppearsWithEveryKeyInIt_evenAfterAWrongPasswordAndALock(FxRobot robot) throws Exception {
        robot.interact(() -> TestApp.forVault(vault).catalog(CATALOG).startOn(stage));

        unlock(robot, "not the password");
        Label message = robot.lookup("#unlockMessage").queryAs(Label.class);
        waitFor(() -> message.getText().startsWith("Wrong master password"));
        assertThat(robot.lookup("#password").queryAs(PasswordField.class).isDisabled()).as("password field usable").isFalse();

        FirstSight seen = unlock(robot, PASSWORD); // the window built beside the failed try is the one shown now
        waitFor(() -> seen.rows >= 0);
        assertThat(seen.rows).as("keys in the list the first time it is on screen").isEqualTo(KEYS);
        assertThat(seen.countShown).isEqualTo(Messages.format("keys.shown", KEYS));
        assertThat(seen.sidebarCounts).as("sidebar numbers at first sight: none yet, or the true ones, never a 0")
                .allMatch(count -> count > 0 || count == -1);
        waitFor(() -> sidebarCount(robot, "keys.filter.all") == KEYS); // the counts, a moment after the rows

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#unlockButton").tryQuery().isPresent());
        FirstSight again = unlock(robot, PASSWORD);
        waitFor(() -> again.rows >= 0);
        assertThat(again.rows).as("after a lock, a new window, again with every key").isEqualTo(KEYS);
    }

    @Test
    void aVaultWhoseThemeIsDarkOpensInDark_thoughItsWindowWasBuiltInLight(FxRobot robot) throws Exception {
        try (Session s = Session.unlock(vault, PASSWORD.toCharArray(), Session.Access.NORMAL, Session.Claim.SHARED,
                CATALOG, Clock.systemUTC())) {
            s.keys().saveSettings(Settings.DEFAULTS.withTheme(Settings.Theme.DARK));
        }
        robot.interact(() -> TestApp.forVault(vault).catalog(CATALOG).startOn(stage)); // light until the vault's settings are read

        FirstSight seen = unlock(robot, PASSWORD);
        waitFor(() -> seen.rows >= 0);
        WaitForAsyncUtils.waitForFxEvents();
        Region keysScreen = robot.lookup(".keys-screen").queryAs(Region.class);
        assertThat(keysScreen.getBackground()).as("the main window's background").isNotNull();
        Color fill = (Color) keysScreen.getBackground().getFills().get(0).getFill();
        assertThat(fill.getBrightness()).as("brightness of the main window's background").isLessThan(0.5);
    }

    @Test
    void aWindowResizedWhileThePasswordIsTypedKeepsItsSize_andTheMainWindowFillsIt(FxRobot robot) throws Exception {
        robot.interact(() -> TestApp.forVault(vault).catalog(CATALOG).startOn(stage));
        WaitForAsyncUtils.sleep(2, java.util.concurrent.TimeUnit.SECONDS); // the main window is built meanwhile, at the first size
        double builtHeight = stage.getScene().getHeight();
        robot.interact(() -> stage.setHeight(stage.getHeight() - 120)); // smaller: the headless screen is no larger
        WaitForAsyncUtils.waitForFxEvents();
        double resizedHeight = stage.getScene().getHeight();
        assertThat(resizedHeight).isLessThan(builtHeight);

        FirstSight seen = unlock(robot, PASSWORD);
        waitFor(() -> seen.rows >= 0);
        WaitForAsyncUtils.waitForFxEvents();
        Region keysScreen = robot.lookup(".keys-screen").queryAs(Region.class);
        assertThat(stage.getScene().getHeight()).as("the window's content height after the unlock").isEqualTo(resizedHeight);
        assertThat(keysScreen.getHeight()).as("the main window's height: the window's, not the build's").isEqualTo(resizedHeight);
    }

    /** The sidebar's count for the filter named by {@code key} in the bundle; -1 while the sidebar has none. */
    private static int sidebarCount(FxRobot robot, String key) {
        ListView<?> sidebar = robot.lookup("#sidebar").queryAs(ListView.class);
        return sidebar.getItems().stream().map(KeyFilter.Item.class::cast).filter(i -> i.text().equals(Messages.get(key)))
                .mapToInt(KeyFilter.Item::count).findFirst().orElse(-1);
    }

    /** Types the password and presses Unlock; the returned watch holds what the list showed when it first appeared. */
    private FirstSight unlock(FxRobot robot, String password) {
        FirstSight seen = new FirstSight(robot);
        robot.interact(() -> {
            robot.lookup("#password").queryAs(PasswordField.class).setText(password);
            seen.start();
            robot.lookup("#unlockButton").queryButton().fire();
        });
        return seen;
    }

    /** At the first pulse with the key list on screen: how many rows it had and what the status bar said. */
    private static final class FirstSight extends AnimationTimer {
        private final FxRobot robot;
        volatile int rows = -1;
        volatile String countShown;
        /** The sidebar's "All keys", "Needs attention"… counts shown; [-1] if it showed none. */
        volatile List<Integer> sidebarCounts;

        FirstSight(FxRobot robot) {
            this.robot = robot;
        }

        @Override
        public void handle(long now) {
            Node list = robot.lookup("#keyList").tryQuery().orElse(null);
            if (list == null || list.getScene() == null || list.getScene().getWindow() == null) return;
            countShown = robot.lookup("#keyCount").queryAs(Label.class).getText();
            ListView<?> sidebar = robot.lookup("#sidebar").queryAs(ListView.class);
            List<Integer> counts = sidebar.getItems().stream().map(KeyFilter.Item.class::cast)
                    .filter(i -> i.filter().kind() == KeyFilter.Kind.ALL).map(KeyFilter.Item::count).toList();
            sidebarCounts = counts.isEmpty() ? List.of(-1) : counts;
            rows = ((ListView<?>) list).getItems().size();
            stop();
        }
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
