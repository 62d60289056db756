package dev.apikeep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.KdfSettings;
import dev.apikeep.app.Session;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.Messages;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.vault.VaultTampering;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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
 * From the Unlock button to the key list, as a user sees it (issue 15 goal 5): every entry arrives
 * with its sidebar counts, "Opening your vault…" shows while they load and "Your vault is empty"
 * never does, the scheduled backup still happens (after the list), and a vault with an entry that
 * does not decrypt opens read-only at once, without that entry.
 */
@ExtendWith(ApplicationExtension.class)
class UnlockToListFlowTest {
    static final String PASSWORD = "unlock to the list 2026";
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    /** Above two decrypting threads' worth of rows, so the parallel read is the one under test. */
    static final int ACTIVE = 140;
    static final int REVOKED = 6;

    Path vault;
    final List<UUID> ids = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        vault = Files.createTempDirectory("apikeep-unlock-list").resolve("vault.apikeep");
        try (Session s = Session.create(vault, PASSWORD.toCharArray(), KdfSettings.ofMebibytes(19, 2, 1),
                Session.Claim.SHARED, CATALOG, Clock.systemUTC())) {
            for (int i = 0; i < ACTIVE + REVOKED; i++) {
                ApiKeyEntry added = s.keys().add(ApiKeyEntry.builder().exchangeId(i % 2 == 0 ? "bybit" : "okx")
                        .label("Key " + i).apiKey(SecretBytes.of("key-" + i)).secret(SecretBytes.of("secret-" + i))
                        .passphrase(SecretBytes.of("pass-" + i)).permissions(List.of("read"))
                        .tags(i % 10 == 0 ? List.of("tenth") : List.of()).build());
                if (i >= ACTIVE) added = s.keys().revoke(added);
                ids.add(added.id());
            }
        }
        AppContext context = TestApp.forVault(vault).catalog(CATALOG).startOn(stage);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void everyEntryArrivesWithItsCounts_loadingNeverReadsEmpty_andTheBackupFollows(FxRobot robot) throws Exception {
        assertThat(backups()).isEmpty(); // a backup is due (every 7 days, none yet)
        Watch watch = unlock(robot);

        ListView<ApiKeyEntry> list = keyList(robot);
        waitFor(() -> list.getItems().size() == ACTIVE);
        robot.interact(watch::stop);
        assertThat(list.getItems()).extracting(ApiKeyEntry::label).doesNotContain("Key " + ACTIVE).contains("Key 0", "Key 139");
        ListView<?> sidebar = robot.lookup("#sidebar").queryListView();
        assertThat(sidebar.getItems()).map(Object::toString)
                .anyMatch(item -> item.contains("ALL") && item.contains("count=" + ACTIVE))
                .anyMatch(item -> item.contains("REVOKED") && item.contains("count=" + REVOKED))
                .anyMatch(item -> item.contains("tenth") && item.contains("count=" + ACTIVE / 10));
        assertThat(watch.emptySeen).as("\"Your vault is empty\" while the entries loaded").isFalse();
        assertThat(robot.lookup("#readOnlyBadge").queryAs(Label.class).isVisible()).isFalse();
        waitFor(() -> !backups().isEmpty()); // made on the vault's thread once the list was shown
    }

    @Test
    void anEntryThatDoesNotDecryptOpensTheVaultReadOnlyAtOnce_withoutIt(FxRobot robot) throws Exception {
        VaultTampering.flipCiphertextByte(vault, ids.get(3));
        unlock(robot);

        ListView<ApiKeyEntry> list = keyList(robot);
        waitFor(() -> list.getItems().size() == ACTIVE - 1);
        assertThat(list.getItems()).extracting(ApiKeyEntry::label).doesNotContain("Key 3");
        assertThat(robot.lookup("#readOnlyBadge").queryAs(Label.class).isVisible()).as("read-only badge").isTrue();
        assertThat(robot.lookup("#addButton").queryAs(Button.class).isDisabled()).as("Add").isTrue();
    }

    @Test
    void aRemovedEntryRowIsRefusedAsDamaged_andNoEntryIsShown(FxRobot robot) throws Exception {
        VaultTampering.deleteEntryRow(vault, ids.get(5));
        unlock(robot);

        waitFor(() -> robot.lookup("#unlockMessage").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#unlockMessage").queryAs(Label.class).getText()).containsIgnoringCase("damaged");
        assertThat(robot.lookup("#keyList").tryQuery()).as("the main window").isEmpty();
    }

    /** Types the password and presses Unlock, watching every pulse from then on for the empty state. */
    private Watch unlock(FxRobot robot) {
        Watch watch = new Watch(robot);
        robot.interact(() -> {
            robot.lookup("#password").queryAs(PasswordField.class).setText(PASSWORD);
            watch.start();
            robot.lookup("#unlockButton").queryButton().fire();
        });
        return watch;
    }

    private static ListView<ApiKeyEntry> keyList(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#keyList").tryQuery().isPresent());
        return robot.lookup("#keyList").queryListView();
    }

    /** Runs every pulse: was "Your vault is empty" on screen at any of them? */
    private static final class Watch extends AnimationTimer {
        private final FxRobot robot;
        volatile boolean emptySeen;

        Watch(FxRobot robot) {
            this.robot = robot;
        }

        @Override
        public void handle(long now) {
            String empty = Messages.get("keys.empty.title");
            emptySeen |= robot.lookup(".label").queryAll().stream()
                    .anyMatch(n -> n instanceof Labeled l && empty.equals(l.getText()) && n.isVisible() && n.getScene() != null);
        }
    }

    private List<Path> backups() throws Exception {
        try (Stream<Path> files = Files.list(vault.getParent())) {
            return files.filter(f -> f.getFileName().toString().contains(".backup-")).toList();
        }
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
