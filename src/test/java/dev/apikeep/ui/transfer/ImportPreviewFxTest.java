package dev.apikeep.ui.transfer;

import dev.apikeep.ui.TestApp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.KeyService;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.KeyEditor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
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

/**
 * The CSV preview in the real app (headless Monocle): open Import from the main window's "⋯" menu,
 * load a CSV with a bad IP on line 7, see line 7's error, the strict choice keeps Import disabled,
 * "valid rows" imports 6 and the main list shows them.
 */
@ExtendWith(ApplicationExtension.class)
class ImportPreviewFxTest {
    static final String PASSWORD = "tulip ankle oxide mercy 1987";
    static final KdfParams FAST = KdfParams.ofMebibytes(19, 2, 1);

    AppContext context;
    Path dir;

    @AfterEach
    void closeWindows() throws java.util.concurrent.TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("apikeep-import");
        Path vault = dir.resolve("vault.apikeep");
        KeyService.create(vault, PASSWORD.toCharArray(), FAST, ExchangeCatalog.loadDefault(), Clock.systemUTC()).close();
        KeyEditor noEditor = (owner, catalog, existing, today) -> Optional.empty();
        context = TestApp.forVault(vault).editor(noEditor).clearClipboardAfter(Duration.ofSeconds(5)).startOn(stage);
    }

    @Test
    void csvPreviewShowsLine7sErrorAndImportsTheSixValidRowsWhenAsked(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#password").queryAs(TextField.class).setText(PASSWORD));
        robot.clickOn("#unlockButton");
        waitFor(() -> robot.lookup("#keyList").tryQuery().isPresent());
        ListView<ApiKeyEntry> keys = robot.lookup("#keyList").queryListView();
        assertThat(keys.getItems()).isEmpty();

        // ---- the "⋯" menu opens Import ----
        MenuButton more = robot.lookup("#moreMenu").queryAs(MenuButton.class);
        MenuItem importItem = more.getItems().stream().filter(i -> "Import…".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(importItem::fire);
        waitFor(() -> robot.lookup("#importRoot").tryQuery().isPresent());
        Node root = robot.lookup("#importRoot").query();
        ImportController importer = (ImportController) root.getUserData();
        Button importButton = robot.lookup("#importButton").queryButton();
        assertThat(importButton.isDisabled()).isTrue();

        // ---- load the CSV (the FileChooser is the one step the test does not drive) ----
        Path csv = dir.resolve("keys.csv");
        Files.writeString(csv, TransferFixtures.csvWithBadIpOnLine7());
        robot.interact(() -> importer.load(csv));
        TableView<ImportModel.PreviewRow> table = robot.lookup("#previewTable").queryTableView();
        waitFor(() -> table.getItems().size() == 7);

        // line 7's row shows its error, in the red style, beside its exchange and label
        ImportModel.PreviewRow line7 = table.getItems().get(5);
        assertThat(line7.line()).isEqualTo(7);
        assertThat(line7.label()).isEqualTo("Imported 7");
        @SuppressWarnings("unchecked")
        TableCell<ImportModel.PreviewRow, String> errorCell = robot.lookup(".import-preview .table-cell.row-error")
                .queryAs(TableCell.class);
        assertThat(errorCell.getTableRow().getItem().line()).isEqualTo(7);
        assertThat(((Label) errorCell.getGraphic()).getText()).startsWith("line 7, column 8 (ip_whitelist)").doesNotContain("10.0.0.300");
        assertThat(robot.lookup(".import-preview .table-cell.row-ok").queryAll()).hasSize(6);
        assertThat(robot.lookup("#countsLabel").queryAs(Label.class).getText()).isEqualTo("7 rows: 6 valid, 1 with errors (shown in red)");

        // ---- strict choice (the default): nothing can be imported ----
        assertThat(robot.lookup("#allOrNothingChoice").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(importButton.isDisabled()).isTrue();
        assertThat(keys.getItems()).isEmpty();

        // ---- "valid rows": Import 6 keys ----
        robot.clickOn("#validRowsChoice");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(importButton.isDisabled()).isFalse();
        assertThat(importButton.getText()).isEqualTo("Import 6 keys");
        robot.clickOn(importButton);

        Label summary = robot.lookup("#summaryLabel").queryAs(Label.class);
        waitFor(() -> summary.isVisible());
        assertThat(summary.getText()).isEqualTo("Imported: 6 added, 0 updated, 0 unchanged, 0 conflicts.");
        assertThat(importButton.isDisabled()).isTrue();
        waitFor(() -> keys.getItems().size() == 6);
        assertThat(keys.getItems()).extracting(ApiKeyEntry::label)
                .containsExactlyInAnyOrder("Imported 2", "Imported 3", "Imported 4", "Imported 5", "Imported 6", "Imported 8");

        robot.clickOn("#closeButton");
        waitFor(() -> robot.lookup("#importRoot").tryQuery().isEmpty());
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
