package dev.apikeep.app;

import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.KeyType;
import dev.apikeep.domain.SecretBytes;
import java.util.List;

/**
 * The key type to assume when the user did not say: a PEM secret means the exchange's first
 * private-key type (Ed25519, RSA, ECDSA), anything else its first HMAC-style type.
 */
public final class KeyTypeGuess {
    private KeyTypeGuess() {
    }

    public static KeyType forSecret(Exchange exchange, SecretBytes secret) {
        List<KeyType> offered = exchange.keyTypes().isEmpty() ? List.of(KeyType.values()) : exchange.keyTypes();
        boolean pem = looksLikePem(secret);
        return offered.stream().filter(type -> type.usesPemPrivateKey() == pem).findFirst().orElse(offered.get(0));
    }

    static boolean looksLikePem(SecretBytes secret) {
        if (secret.length() < 11) return false;
        char[] chars = secret.copyChars();
        try {
            return new String(chars, 0, Math.min(chars.length, 40)).trim().startsWith("-----BEGIN");
        } finally {
            java.util.Arrays.fill(chars, '\0');
        }
    }
}
