package dev.apikeep.ui.common;

import java.util.List;
import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The app icon (icons/apikeep.svg rendered by icons/build.sh) in the sizes window managers ask for. */
public final class AppIcons {
    private static final List<Integer> SIZES = List.of(16, 32, 64, 128);
    private static List<Image> images;

    private AppIcons() {
    }

    public static synchronized List<Image> images() {
        if (images == null) {
            images = SIZES.stream()
                    .map(size -> new Image(AppIcons.class.getResource("/dev/apikeep/icons/apikeep-" + size + ".png").toExternalForm()))
                    .toList();
        }
        return images;
    }

    public static void applyTo(Stage stage) {
        stage.getIcons().setAll(images());
    }

    public static void applyTo(Dialog<?> dialog) {
        Window window = dialog.getDialogPane().getScene().getWindow();
        if (window instanceof Stage stage) applyTo(stage);
    }
}
