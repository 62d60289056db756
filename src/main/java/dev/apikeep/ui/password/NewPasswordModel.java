package dev.apikeep.ui.password;

import dev.apikeep.domain.Messages;
import dev.apikeep.app.PasswordPolicy;
import dev.apikeep.app.PasswordStrength;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A new password typed twice: how strong it is, whether it is long enough, whether the two match.
 * The passwords are never stored here: the view passes their text in to be measured and keeps them
 * only in its fields until they are taken.
 */
public final class NewPasswordModel {

    private final IntegerProperty score = new SimpleIntegerProperty(-1);
    private final ObjectProperty<PasswordStrength.Level> level = new SimpleObjectProperty<>(PasswordStrength.Level.NONE);
    private final DoubleProperty strength = new SimpleDoubleProperty(0);
    private final StringProperty strengthText = new SimpleStringProperty("");
    private final BooleanProperty bothEntered = new SimpleBooleanProperty();
    private final BooleanProperty longEnough = new SimpleBooleanProperty();
    private final BooleanProperty matching = new SimpleBooleanProperty();
    private final StringProperty matchText = new SimpleStringProperty("");
    private final BooleanBinding ready = bothEntered.and(longEnough).and(matching);

    public IntegerProperty scoreProperty() { return score; }
    /** How the meter is coloured. */
    public ObjectProperty<PasswordStrength.Level> levelProperty() { return level; }
    /** 0..1 for a progress bar. */
    public DoubleProperty strengthProperty() { return strength; }
    public StringProperty strengthTextProperty() { return strengthText; }
    public BooleanProperty matchingProperty() { return matching; }
    public StringProperty matchTextProperty() { return matchText; }
    /** At least {@link PasswordPolicy#MIN_LENGTH} characters: below that, the action stays off. */
    public BooleanProperty longEnoughProperty() { return longEnough; }
    /** Both typed, long enough and equal: the password may be used. */
    public BooleanBinding readyProperty() { return ready; }

    /** Called as the user types in either field: updates the meter and whether the password may be used. */
    public void passwordsChanged(CharSequence first, CharSequence second) {
        bothEntered.set(first.length() > 0 && second.length() > 0);
        longEnough.set(PasswordPolicy.problem(first.length()) == null);
        matching.set(first.length() > 0 && contentEquals(first, second));
        if (second.length() == 0) matchText.set("");
        else matchText.set(Messages.get(matching.get() ? "password.match" : "password.differ"));
        if (first.length() == 0) {
            score.set(-1);
            level.set(PasswordStrength.Level.NONE);
            strength.set(0);
            strengthText.set("");
            return;
        }
        PasswordStrength measured = PasswordStrength.of(first);
        level.set(measured.level());
        score.set(measured.score());
        strength.set((measured.score() + 1) / 5.0);
        strengthText.set(measured.tooShort() != null ? Messages.format("password.tooWeak", measured.tooShort())
                : describe(measured.score(), measured.warning()));
    }

    /** "Fair: this is a common password" style text for the meter. */
    static String describe(int score, String warning) {
        String word = Messages.get("password.score." + Math.max(0, Math.min(4, score)));
        if (warning != null && !warning.isBlank()) return Messages.format("password.scoreWithWarning", word, warning);
        if (score < 3) return Messages.format("password.scoreWithAdvice", word);
        return word;
    }

    /** Compares without stopping at the first difference. */
    private static boolean contentEquals(CharSequence a, CharSequence b) {
        if (a.length() != b.length()) return false;
        int diff = 0;
        for (int i = 0; i < a.length(); i++) diff |= a.charAt(i) ^ b.charAt(i);
        return diff == 0;
    }
}
