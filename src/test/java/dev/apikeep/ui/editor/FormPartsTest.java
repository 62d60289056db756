package dev.apikeep.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The editor model's parts on their own: reading the form's text, and when an error shows. */
class FormPartsTest {

    @Test
    void rotationIsAWholeNumberOfAtLeastOneDay_emptyMeansNone() {
        FormCheck check = new FormCheck();
        assertThat(check.rotation(" 90 ")).isEqualTo(90);
        assertThat(check.rotation("")).isNull();
        assertThat(check.rotation(null)).isNull();
        assertThat(check.found()).isEmpty();

        for (String bad : List.of("0", "-3", "ninety", "1.5")) {
            FormCheck refused = new FormCheck();
            assertThat(refused.rotation(bad)).as(bad).isNull();
            assertThat(refused.found()).as(bad).containsKey(EditorModel.ROTATION);
        }
    }

    @Test
    void aBadIpLineIsAnErrorAndMakesTheExpiryUnknown() {
        FormCheck check = new FormCheck();
        assertThat(check.ips("203.0.113.7\n203.0.113.300")).isEmpty();
        assertThat(check.ipsValid()).isFalse();
        assertThat(check.found().get(EditorModel.IPS)).contains("line 2");
    }

    @Test
    void anErrorShowsUnderItsFieldOnlyOnceTouched_butBlocksSavingAtOnce() {
        FieldErrors errors = new FieldErrors(List.of(EditorModel.LABEL, EditorModel.SECRET));
        errors.publish(Map.of(EditorModel.LABEL, "the label is required"));

        assertThat(errors.isValid()).isFalse();
        assertThat(errors.summaryProperty().get()).isEqualTo("To save, complete: label");
        assertThat(errors.shownErrorProperty(EditorModel.LABEL).get()).isEmpty();

        errors.touch(EditorModel.LABEL);
        assertThat(errors.shownErrorProperty(EditorModel.LABEL).get()).isEqualTo("the label is required");

        errors.publish(Map.of());
        assertThat(errors.isValid()).isTrue();
        assertThat(errors.shownErrorProperty(EditorModel.LABEL).get()).isEmpty();
        assertThat(errors.summaryProperty().get()).isEmpty();
    }

    @Test
    void listsSplitOnCommasAndLines_withoutEmptiesOrRepeats() {
        assertThat(EntryForm.splitList("bots, okx\n,bots,  \nspot")).containsExactly("bots", "okx", "spot");
        assertThat(EntryForm.splitList(null)).isEmpty();
    }
}
