package dev.apikeep.app;

import dev.apikeep.domain.Messages;
import dev.apikeep.crypto.CheckedKdf;

/**
 * Which Argon2 engines derive the master key, as the desktop app and the command line hand it to
 * {@link Session} ({@code crypto} stays out of their sight). {@link #standard()} is the program's
 * one instance: the fast engine checked against BouncyCastle, switched to BouncyCastle for the
 * rest of the run once the fast one fails to open a vault the other opens.
 */
public final class KeyDerivation {
    private static final KeyDerivation STANDARD = new KeyDerivation(CheckedKdf.standard());

    private final CheckedKdf engines;

    private KeyDerivation(CheckedKdf engines) {
        this.engines = engines;
    }

    public static KeyDerivation standard() {
        return STANDARD;
    }

    /** With other engines (a faulty fast one, to see the safety net work). */
    public static KeyDerivation of(CheckedKdf engines) {
        return new KeyDerivation(engines);
    }

    CheckedKdf engines() {
        return engines;
    }

    /** What the user is told when the fast engine failed and the reference one opened the vault. */
    static String fellBackWarning() {
        return Messages.get("kdf.fellBack");
    }
}
