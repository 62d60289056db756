package dev.apikeep.ui.editor;

import dev.apikeep.domain.ExchangeCatalog;
import java.time.LocalDate;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;

/**
 * Shows the editor filled with a realistic key, for screenshots under Xvfb; not a test.
 * Arguments: {@code light|dark} and a scenario: {@code bybit} (withdraw ticked, no IP: 90-day rule)
 * or {@code okx-errors} (missing passphrase, bad IP on line 2).
 *
 * <p>How the committed screenshots were made (after {@code mvn -o test-compile}; JavaFX jars on the
 * module path, ikonli, atlantafx-base (for its theme CSS) and jackson on the class path):
 * <pre>
 * xvfb-run -a -s "-screen 0 1400x900x24" sh -c 'java --module-path $FX --add-modules javafx.controls,javafx.fxml \
 *     -cp target/classes:target/test-classes:$LIBS dev.apikeep.ui.editor.EditorPreview light bybit &amp;
 *     sleep 20; import -window root shot.png; kill $!'
 * convert shot.png -trim +repage docs/screenshots/editor-light.png
 * </pre>
 */
public final class EditorPreview extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage ignored) {
        String theme = getParameters().getRaw().isEmpty() ? "light" : getParameters().getRaw().get(0);
        String scenario = getParameters().getRaw().size() < 2 ? "bybit" : getParameters().getRaw().get(1);
        Application.setUserAgentStylesheet(getClass().getResource(
                "/atlantafx/base/theme/primer-" + theme + ".css").toExternalForm());
        ExchangeCatalog catalog = ExchangeCatalog.loadDefault();
        Dialog<?> dialog = EditorDialog.create(null, catalog, null, LocalDate.of(2026, 11, 26));
        EditorModel m = EditorDialog.modelOf(dialog);
        if (scenario.equals("okx-errors")) {
            m.exchangeProperty().set(catalog.require("okx"));
            m.labelProperty().set("Portfolio tracker");
            m.accountProperty().set("main");
            m.apiKeyProperty().set("5f2b9c1e-7a34-4d2e-9b1f-0c8e6a2d4b77");
            m.secretProperty().set("9C4E1B7A2F8D3E6C5A0B1D2E3F4A5B6C");
            m.passphraseProperty().set("x");
            m.passphraseProperty().set("");
            m.permissions().choice("read").orElseThrow().setSelected(true);
            m.permissions().choice("trade").orElseThrow().setSelected(true);
            m.ipTextProperty().set("203.0.113.7\n203.0.113.300\n2001:db8::/32");
            m.rotationDaysProperty().set("ninety");
            m.tagsProperty().set("tracking");
        } else {
            m.exchangeProperty().set(catalog.require("bybit"));
            m.labelProperty().set("Grid bot");
            m.accountProperty().set("sub-1");
            m.apiKeyProperty().set("AKZqT3v9LmN2pQ7Hd0");
            m.secretProperty().set("xR8kL2mN9pQ4sT6vW1yZ3bC5dF7gH0jK");
            m.permissions().choice("spot-trade").orElseThrow().setSelected(true);
            m.permissions().choice("contract-orders").orElseThrow().setSelected(true);
            m.permissions().choice("withdraw").orElseThrow().setSelected(true);
            m.tagsProperty().set("bots, spot");
            m.usedByProperty().set("freqtrade-vps");
            m.notesProperty().set("Grid on BTC/USDT, 0.5% steps.");
            m.rotationDaysProperty().set("90");
        }
        dialog.setOnHidden(e -> Platform.exit());
        dialog.show();
        if (Boolean.getBoolean("preview.debug")) {
            javafx.scene.control.DialogPane pane = dialog.getDialogPane();
            System.err.println("window " + dialog.getWidth() + "x" + dialog.getHeight() + " pane pref " + pane.prefWidth(-1)
                    + " content pref " + pane.getContent().prefWidth(-1) + " scroll pref "
                    + ((javafx.scene.layout.BorderPane) pane.getContent()).getCenter().prefWidth(-1));
        }
    }
}
