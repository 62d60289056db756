package dev.apikeep.app.kit;

/** For tests outside this package: the 32 raw bytes behind a token's text. */
public final class KitTokenBytes {
    private KitTokenBytes() {
    }

    public static byte[] of(String text) {
        try (KitToken token = KitToken.parse(text.toCharArray())) {
            return token.secret().clone();
        }
    }
}
