package dev.apikeep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Messages;
import dev.apikeep.domain.SecretBytes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
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
 * The main window at the smallest size the window allows: every control of the top bar and the
 * status bar is inside the window, none cut off at its right edge (at 900 px the toolbar needed
 * some 1,000 and Lock was half gone); Activity, Bots and Lock show their icons only there, and their
 * words again in a wider window.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowMinimumSizeFxTest {
    static final String PASSWORD = "the smallest window 2026";

    Stage stage;
    Path vault;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        vault = TestApp.vaultWith("apikeep-min-size", PASSWORD, List.of(ApiKeyEntry.builder().exchangeId("bybit")
                .label("Grid bot").apiKey(SecretBytes.of("key")).secret(SecretBytes.of("secret"))
                .permissions(List.of("read", "withdraw")).build())); // the Audit button's count shows
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void atTheWindowsMinimumSizeNoControlOfTheTopOrStatusBarIsCutOff(FxRobot robot) throws Exception {
        nothingCutOffAtTheMinimum(robot);

        robot.interact(() -> stage.setWidth(1180)); // the default width: the words come back
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#activityButton").queryButton().getContentDisplay()).isNotEqualTo(ContentDisplay.GRAPHIC_ONLY);
    }

    /** A longer language (the pseudo-locale: every string 40 % longer) must fit too. */
    @Test
    void inALongerLanguageNothingIsCutOffEither(FxRobot robot) throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(new Locale(Messages.PSEUDO_LANGUAGE));
        try {
            nothingCutOffAtTheMinimum(robot);
        } finally {
            Locale.setDefault(before);
        }
    }

    private void nothingCutOffAtTheMinimum(FxRobot robot) throws Exception {
        robot.interact(() -> TestApp.forVault(vault).startOn(stage));
        robot.interact(() -> {
            robot.lookup("#password").queryAs(PasswordField.class).setText(PASSWORD);
            robot.lookup("#unlockButton").queryButton().fire();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#keyList").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#auditCount").tryQuery().map(Node::isVisible).orElse(false));
        robot.interact(() -> {
            stage.setWidth(stage.getMinWidth());
            stage.setHeight(stage.getMinHeight());
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        double width = stage.getScene().getWidth(), height = stage.getScene().getHeight();
        assertThat(width).as("the window at its minimum width").isLessThanOrEqualTo(stage.getMinWidth());
        List<String> cut = new ArrayList<>();
        for (String bar : List.of(".top-bar", ".status-bar")) {
            for (Node control : controlsIn(robot.lookup(bar).queryAs(Parent.class))) {
                Bounds shown = control.localToScene(control.getLayoutBounds());
                if (shown.getMinX() < 0 || shown.getMaxX() > width + 0.5 || shown.getMaxY() > height + 0.5) cut.add(control + " " + shown);
            }
        }
        assertThat(cut).as("controls reaching past the window's " + width + " x " + height + " px").isEmpty();
        assertThat(robot.lookup("#lockButton").queryButton().getTooltip().getText()).as("Lock's words, icon only").isNotBlank();
    }

    /** The visible controls in {@code parent}, at any depth. */
    private static List<Node> controlsIn(Parent parent) {
        List<Node> found = new ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible()) continue;
            if (child instanceof Control) found.add(child);
            else if (child instanceof Parent p) found.addAll(controlsIn(p));
        }
        return found;
    }
}
