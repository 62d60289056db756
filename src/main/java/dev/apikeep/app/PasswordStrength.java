package dev.apikeep.app;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * How strong a new master or bundle password is: zxcvbn's score (0 to 4) and warning, and the
 * floor of {@link PasswordPolicy}. The one measure behind every strength meter (Create, Change
 * password, Export); each screen words it for its own case, all style it by {@link #level()}.
 *
 * @param score   zxcvbn's 0 (very weak) to 4 (very strong); -1 for an empty password
 * @param warning zxcvbn's warning ("This is a common password"), or "" when it has none
 * @param tooShort why the password is refused outright ({@link PasswordPolicy}), or null
 */
public record PasswordStrength(int score, String warning, String tooShort) {

    /** What a meter shows: nothing typed, refused or weak, fair, strong. */
    public enum Level { NONE, WEAK, FAIR, STRONG }

    public static final PasswordStrength EMPTY = new PasswordStrength(-1, "", PasswordPolicy.problem(0));

    /** Measures {@code password}; zxcvbn's copies of it are wiped before this returns. */
    public static PasswordStrength of(CharSequence password) {
        if (password.length() == 0) return EMPTY;
        Strength measured = Meter.ZXCVBN.measure(password);
        try {
            String warning = measured.getFeedback().getWarning();
            return new PasswordStrength(measured.getScore(), warning == null ? "" : warning,
                    PasswordPolicy.problem(password.length()));
        } finally {
            measured.wipe();
        }
    }

    public Level level() {
        if (score < 0) return Level.NONE;
        if (tooShort != null || score <= 1) return Level.WEAK;
        return score == 2 ? Level.FAIR : Level.STRONG;
    }

    /** Loaded on first use: zxcvbn's dictionaries take a moment, and the unlock screen never needs them. */
    private static final class Meter {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }
}
