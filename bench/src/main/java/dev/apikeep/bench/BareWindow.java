package dev.apikeep.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * The baseline for cold start: an empty 800x600 JavaFX window titled "Bare", nothing else. The
 * startup harness (bench/startup/run.sh) runs it on the app's own shaded jar, so both sides load
 * the same JavaFX from the same kind of jar, and times process start to the window being mapped.
 * It also prints {@code SHOWN <ms since JVM start>} from the stage's onShown, for reference.
 * The main class does not extend Application, so the launcher runs it from the class path as it
 * does the app's {@code dev.apikeep.Main}.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Bare");
            stage.setScene(new Scene(new Pane(), 800, 600));
            stage.setOnShown(e -> System.out.println("SHOWN " + (System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime())));
            stage.show();
        }
    }
}
