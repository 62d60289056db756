package dev.apikeep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.KdfSettings;
import dev.apikeep.app.KeyService;
import dev.apikeep.app.Session;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.ui.common.AppContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
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
 * The main window's list follows the session's change notification (issue 12 §4): a write made
 * through the app, not through the window's own actions, shows up, and only the entries it touched
 * are read again (the others stay the very objects the list held). A write by another program (the
 * command line) shows up through the watch of the file.
 */
@ExtendWith(ApplicationExtension.class)
class ListFollowsVaultFlowTest {
    static final String PASSWORD = "follow the vault 2026";
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();

    AppContext context;
    Path vault;

    @Start
    void start(Stage stage) throws Exception {
        vault = Files.createTempDirectory("apikeep-follow").resolve("vault.apikeep");
        try (Session s = Session.create(vault, PASSWORD.toCharArray(), KdfSettings.ofMebibytes(19, 2, 1),
                Session.Claim.SHARED, CATALOG, Clock.systemUTC())) {
            s.keys().add(key("Grid bot", "grid-secret"));
            s.keys().add(key("Tracker", "tracker-secret"));
        }
        context = TestApp.forVault(vault).catalog(CATALOG).startOn(stage);
        context.vaultOpened(Session.unlock(vault, PASSWORD.toCharArray(), Session.Access.NORMAL, Session.Claim.WINDOW,
                CATALOG, context.clock()));
        context.navigator().showKeys();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void writesThroughTheAppShowUp_andOnlyTheEntriesTheyTouchedAreReadAgain(FxRobot robot) throws Exception {
        ListView<ApiKeyEntry> list = keyList(robot);
        waitFor(() -> list.getItems().size() == 2);
        ApiKeyEntry grid = find(list, "Grid bot");
        ApiKeyEntry tracker = find(list, "Tracker");
        KeyService keys = context.service();

        // this session's own connection: the file watch cannot see these, only the change notification can
        ApiKeyEntry added = onBackground(() -> keys.add(key("Added by the app", "new-secret")));
        waitFor(() -> labels(list).contains("Added by the app"));
        onBackground(() -> keys.edit(grid.toBuilder().label("Grid bot v2").build()));
        waitFor(() -> labels(list).contains("Grid bot v2") && !labels(list).contains("Grid bot"));
        assertThat(grid.secret().isWiped()).as("the replaced value's secret").isTrue();
        onBackground(() -> {
            keys.delete(keys.find(added.id()).orElseThrow());
            return null;
        });
        waitFor(() -> !labels(list).contains("Added by the app"));

        assertThat(find(list, "Tracker")).as("an entry no write touched is not read again").isSameAs(tracker);
        assertThat(tracker.secret().isWiped()).isFalse();
    }

    /** A copy or reveal records a use, which replaces the selected entry: its row stays selected. */
    @Test
    void theSelectedRowStaysSelectedWhenAUseReplacesIt(FxRobot robot) throws Exception {
        ListView<ApiKeyEntry> list = keyList(robot);
        waitFor(() -> list.getItems().size() == 2);
        ApiKeyEntry grid = find(list, "Grid bot");
        robot.interact(() -> list.getSelectionModel().select(grid));
        KeyService keys = context.service();

        onBackground(() -> keys.recordUse(grid, dev.apikeep.domain.EventType.COPY, "secret"));
        waitFor(() -> find(list, "Grid bot") != grid);

        assertThat(list.getSelectionModel().getSelectedItem()).as("the row selected before the use")
                .isNotNull().extracting(ApiKeyEntry::id).isEqualTo(grid.id());
    }

    @Test
    void aWriteByTheCommandLineShowsUp(FxRobot robot) throws Exception {
        ListView<ApiKeyEntry> list = keyList(robot);
        waitFor(() -> list.getItems().size() == 2);
        try (Session cli = Session.unlock(vault, PASSWORD.toCharArray(), Session.Access.NORMAL, Session.Claim.SHARED,
                CATALOG, Clock.systemUTC())) {
            cli.keys().add(key("Added by the CLI", "cli-secret"));
        }
        waitFor(() -> labels(list).contains("Added by the CLI"));
        assertThat(list.getItems()).hasSize(3);
    }

    private <T> T onBackground(Callable<T> work) throws Exception {
        return context.background().submit(work).get(15, TimeUnit.SECONDS);
    }

    private static ApiKeyEntry key(String label, String secret) {
        return ApiKeyEntry.builder().exchangeId("bybit").label(label).apiKey(SecretBytes.of("AKZQ" + label.length() + "KEY"))
                .secret(SecretBytes.of(secret)).permissions(List.of("read")).build();
    }

    private static ListView<ApiKeyEntry> keyList(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#keyList").tryQuery().isPresent());
        return robot.lookup("#keyList").queryListView();
    }

    /** Read on the FX thread: the list changes there, and a stream over it from this thread can see it change mid-way. */
    private static List<String> labels(ListView<ApiKeyEntry> list) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> list.getItems().stream().map(ApiKeyEntry::label).toList()).get(15, TimeUnit.SECONDS);
    }

    private static ApiKeyEntry find(ListView<ApiKeyEntry> list, String label) {
        return list.getItems().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
