package dev.apikeep.ui.exposed;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Fills {@code ExposedView.fxml} with the guide's four steps for one key. */
public final class ExposedController {
    @FXML private Label heading;
    @FXML private Label stepTitle1;
    @FXML private Label stepText1;
    @FXML private Label stepTitle2;
    @FXML private Label stepText2;
    @FXML private Label stepTitle3;
    @FXML private Label stepText3;
    @FXML private Label stepTitle4;
    @FXML private Label stepText4;
    @FXML private TextField exposedUrl;

    /** {@code url}: where the exchange's API keys are managed, selectable to paste into a browser; blank hides it. */
    void show(String headingText, List<ExposedGuide.Step> steps, String url) {
        heading.setText(headingText);
        List<Label> titles = List.of(stepTitle1, stepTitle2, stepTitle3, stepTitle4);
        List<Label> texts = List.of(stepText1, stepText2, stepText3, stepText4);
        for (int i = 0; i < titles.size(); i++) {
            titles.get(i).setText(steps.get(i).title());
            texts.get(i).setText(steps.get(i).text());
        }
        exposedUrl.setText(url);
        exposedUrl.setVisible(!url.isBlank());
        exposedUrl.setManaged(!url.isBlank());
    }
}
