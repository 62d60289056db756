package dev.apikeep.ui;

import dev.apikeep.app.Settings;
import dev.apikeep.ui.common.Styles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots for people to look at, taken only on request ({@code -Dapikeep.screenshots=true}),
 * so a build never rewrites a tracked file: a scene as drawn now, or the same in light and dark.
 */
final class Screenshots {
    private Screenshots() {
    }

    static boolean asked() {
        return Boolean.getBoolean("apikeep.screenshots");
    }

    /** The scene as the user sees it, as a PNG. */
    static void save(FxRobot robot, Scene scene, Path file) throws Exception {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) image.setRGB(x, y, shot[0].getPixelReader().getArgb(x, y));
        Files.createDirectories(file.toAbsolutePath().getParent());
        javax.imageio.ImageIO.write(image, "png", file.toFile());
    }

    /** The topmost window, in light and dark: {@code <name>-light.png} and {@code <name>-dark.png} in {@code dir}. */
    static void lightAndDark(FxRobot robot, Path dir, String name) throws Exception {
        lightAndDark(robot, Screenshots::topWindow, dir.resolve(name + "-light.png"), dir.resolve(name + "-dark.png"));
    }

    /** {@code window}'s scene in the light theme into {@code light}, in the dark one into {@code dark}; light again after. */
    static void lightAndDark(FxRobot robot, Supplier<Window> window, Path light, Path dark) throws Exception {
        try {
            for (Settings.Theme theme : List.of(Settings.Theme.LIGHT, Settings.Theme.DARK)) {
                robot.interact(() -> Application.setUserAgentStylesheet(Styles.themeStylesheet(theme)));
                WaitForAsyncUtils.waitForFxEvents();
                Window[] shown = new Window[1];
                robot.interact(() -> shown[0] = window.get());
                save(robot, shown[0].getScene(), theme == Settings.Theme.LIGHT ? light : dark);
            }
        } finally {
            robot.interact(() -> Application.setUserAgentStylesheet(Styles.themeStylesheet(Settings.Theme.LIGHT)));
        }
    }

    static Window topWindow() {
        List<Window> windows = Window.getWindows();
        return windows.get(windows.size() - 1);
    }
}
