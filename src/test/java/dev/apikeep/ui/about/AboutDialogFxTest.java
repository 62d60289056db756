package dev.apikeep.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.Version;
import java.nio.file.Path;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
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

@ExtendWith(ApplicationExtension.class)
class AboutDialogFxTest {
    private Dialog<ButtonType> dialog;

    @Start
    void start(Stage stage) {
        dialog = AboutDialog.create(null, Path.of("/tmp/vault.apikeep"));
        dialog.show();
    }

    @AfterEach
    void closeWindows() throws java.util.concurrent.TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aboutShowsTheVersionTheVaultAndTheAppIcon(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#aboutTitle").queryAs(Label.class).getText()).isEqualTo("ApiKeep " + Version.current());
        assertThat(robot.lookup("Vault: /tmp/vault.apikeep").tryQuery()).isPresent();
        Stage window = (Stage) dialog.getDialogPane().getScene().getWindow();
        assertThat(window.getIcons()).extracting(javafx.scene.image.Image::getWidth).containsExactly(16.0, 32.0, 64.0, 128.0);
        robot.interact(dialog::close);
    }
}
