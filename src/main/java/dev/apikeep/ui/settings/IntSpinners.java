package dev.apikeep.ui.settings;

import javafx.beans.property.IntegerProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/** The settings' number fields: an editable integer spinner kept in step with a model property. */
final class IntSpinners {
    private IntSpinners() {
    }

    /** Keeps {@code spinner} and {@code property} in step; typed text that is not a number is ignored. */
    static void bind(Spinner<Integer> spinner, int min, int max, IntegerProperty property) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, Math.max(min, Math.min(max, property.get())));
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.parseInt(text.trim());
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        });
        spinner.setValueFactory(factory);
        spinner.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != property.get()) property.set(b);
        });
        property.addListener((o, a, b) -> {
            if (!b.equals(factory.getValue())) factory.setValue(b.intValue());
        });
        // typed text counts when focus leaves, not only on Enter
        spinner.focusedProperty().addListener((o, was, is) -> {
            if (!is) factory.setValue(factory.getConverter().fromString(spinner.getEditor().getText()));
        });
    }
}
