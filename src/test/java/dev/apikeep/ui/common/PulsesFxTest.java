package dev.apikeep.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Work that lays out text off the FX thread starts after the shown screen's pending layout (JavaFX
 * measures labels through one shared text layout): a hint changed just before is laid out first.
 */
@ExtendWith(ApplicationExtension.class)
class PulsesFxTest {
    private Label hint;
    private Scene scene;

    @Start
    void start(Stage stage) {
        hint = new Label("Caps");
        scene = new Scene(new VBox(hint), 400, 200);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void runsOnceAfterTheLayoutOfWhatChangedJustBefore(FxRobot robot) throws Exception {
        List<Double> widthsSeen = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            hint.setText("Caps Lock is on: the password may be typed in capitals");
            Pulses.afterNextLayout(scene, () -> widthsSeen.add(hint.getWidth()));
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !widthsSeen.isEmpty());
        robot.interact(() -> hint.setText("Caps")); // more pulses: it does not run again
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(widthsSeen).as("runs once").hasSize(1);
        assertThat(widthsSeen.get(0)).as("the label's width when it ran: its new text already laid out")
                .isGreaterThan(200);
    }
}
