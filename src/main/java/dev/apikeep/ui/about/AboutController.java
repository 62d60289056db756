package dev.apikeep.ui.about;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Fills the About view from its model; no logic of its own. */
public final class AboutController {
    @FXML private Label titleLabel;
    @FXML private Label promiseLabel;
    @FXML private Label vaultLabel;
    @FXML private Label runtimeLabel;

    void show(AboutModel model) {
        titleLabel.setText(model.title());
        promiseLabel.setText(model.promise());
        vaultLabel.setText(model.vaultLine());
        runtimeLabel.setText(model.runtimeLine());
    }
}
