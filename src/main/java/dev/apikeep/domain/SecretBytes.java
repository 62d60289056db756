package dev.apikeep.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;

/**
 * A secret (API key, secret, passphrase, PEM private key) held as UTF-8 bytes that can be wiped.
 * It never prints itself: {@link #toString()} is a fixed mask, so a secret cannot leak into a log
 * or an exception message by accident. Turn it into a {@link String} only at the moment it is
 * copied, shown or injected ({@link #reveal()}).
 *
 * <p>Lives in {@code domain} (not {@code crypto}) because {@link ApiKeyEntry} holds secrets and the
 * domain may not depend on the layers above it.
 */
public final class SecretBytes {
    private final byte[] utf8;
    private volatile boolean wiped;

    private SecretBytes(byte[] utf8) {
        this.utf8 = utf8;
    }

    /** Takes ownership of the array: the caller must not keep or reuse it. */
    public static SecretBytes adopt(byte[] utf8) {
        return new SecretBytes(utf8);
    }

    /** Copies the characters; the caller stays responsible for wiping {@code chars}. */
    public static SecretBytes of(char[] chars) {
        return new SecretBytes(encodeUtf8(chars));
    }

    /** UTF-8 bytes of {@code chars}, wiping the encoder's own buffer; the caller wipes the result. */
    public static byte[] encodeUtf8(char[] chars) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }

    /** The characters of the first {@code length} UTF-8 bytes, wiping the decoder's own buffer. */
    public static char[] decodeUtf8(byte[] bytes, int length) {
        CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, length));
        char[] chars = Arrays.copyOfRange(decoded.array(), decoded.position(), decoded.limit());
        Arrays.fill(decoded.array(), '\0');
        return chars;
    }

    /** For values that already exist as a String (UI text fields, tests). */
    public static SecretBytes of(String text) {
        return new SecretBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public static SecretBytes empty() {
        return new SecretBytes(new byte[0]);
    }

    public boolean isEmpty() {
        return utf8.length == 0;
    }

    public int length() {
        return utf8.length;
    }

    /** A copy of the bytes; the caller wipes it. */
    public byte[] copyBytes() {
        checkNotWiped();
        return utf8.clone();
    }

    /** A copy as characters; the caller wipes it. */
    public char[] copyChars() {
        checkNotWiped();
        return decodeUtf8(utf8, utf8.length);
    }

    /** The secret as text, for the moment it is copied, shown or injected. */
    public String reveal() {
        checkNotWiped();
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** Shows the first and last four characters of a key, e.g. {@code AKZq****7Hd0}. */
    public String masked() {
        String text = reveal();
        if (text.length() <= 10) return "****";
        return text.substring(0, 4) + "****" + text.substring(text.length() - 4);
    }

    /**
     * The bytes run through {@code mac} (which is reset after): a stand-in that is equal exactly when
     * the secrets are, for grouping without a content hash. Whoever holds the key chooses how long it lives.
     */
    public byte[] keyedDigest(Mac mac) {
        checkNotWiped();
        return mac.doFinal(utf8);
    }

    public void wipe() {
        Arrays.fill(utf8, (byte) 0);
        wiped = true;
    }

    public boolean isWiped() {
        return wiped;
    }

    private void checkNotWiped() {
        if (wiped) throw new IllegalStateException("secret was wiped (vault locked)");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SecretBytes that && MessageDigest.isEqual(utf8, that.utf8);
    }

    @Override
    public int hashCode() {
        return utf8.length; // deliberately weak: a hash must not leak content
    }

    @Override
    public String toString() {
        return "SecretBytes[***]";
    }
}
