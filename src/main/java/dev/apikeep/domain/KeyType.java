package dev.apikeep.domain;

import java.util.Locale;

/** How the exchange signs requests with this key. RSA, Ed25519 and ECDSA secrets are PEM private keys. */
public enum KeyType {
    HMAC, RSA, ED25519, ECDSA;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean usesPemPrivateKey() {
        return this != HMAC;
    }

    public static KeyType parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.format("input.keyType.unknown", text));
        }
    }
}
