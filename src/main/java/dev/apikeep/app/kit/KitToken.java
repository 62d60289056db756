package dev.apikeep.app.kit;

import dev.apikeep.domain.Messages;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * The 256-bit random secret that opens one kit, and its text form {@code akkit_<52 base32><7 base32>}:
 * a fixed prefix so secret scanners recognise a leaked token, base32 (lower case, no padding) of the
 * 32 bytes, and the base32 of their CRC-32, so a truncated or mistyped token is told apart from a
 * token of another kit. The text is handled as {@code char[]} so it can be wiped.
 */
public final class KitToken implements AutoCloseable {
    public static final String PREFIX = "akkit_";
    static final int BYTES = 32;
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int BODY_CHARS = 52;     // ceil(256 / 5)
    private static final int CHECK_CHARS = 7;     // ceil(32 / 5)
    public static final int TEXT_LENGTH = PREFIX.length() + BODY_CHARS + CHECK_CHARS;

    private final byte[] secret;

    private KitToken(byte[] secret) {
        this.secret = secret;
    }

    public static KitToken generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new KitToken(bytes);
    }

    /**
     * Parses the token's text (surrounding white space ignored). The caller wipes {@code text}.
     *
     * @throws KitException {@link KitException.Kind#WRONG_TOKEN} when it is not a well-formed token
     */
    public static KitToken parse(char[] text) {
        int start = 0;
        int end = text.length;
        while (start < end && Character.isWhitespace(text[start])) start++;
        while (end > start && Character.isWhitespace(text[end - 1])) end--;
        if (end - start != TEXT_LENGTH || !hasPrefix(text, start)) throw malformed();
        byte[] body = decode(text, start + PREFIX.length(), BODY_CHARS, BYTES);
        byte[] check = decode(text, start + PREFIX.length() + BODY_CHARS, CHECK_CHARS, 4);
        if (body == null || check == null || !MessageDigest.isEqual(check, crc(body))) {
            if (body != null) Arrays.fill(body, (byte) 0);
            throw malformed();
        }
        return new KitToken(body);
    }

    /** The token's text; the caller wipes it once it has been shown or written. */
    public char[] toText() {
        char[] text = new char[TEXT_LENGTH];
        PREFIX.getChars(0, PREFIX.length(), text, 0);
        encode(secret, text, PREFIX.length());
        encode(crc(secret), text, PREFIX.length() + BODY_CHARS);
        return text;
    }

    /** The raw 32 bytes, for key derivation only; not a copy, do not keep it. */
    byte[] secret() {
        return secret;
    }

    @Override
    public void close() {
        Arrays.fill(secret, (byte) 0);
    }

    @Override
    public String toString() {
        return "KitToken[***]";
    }

    private static boolean hasPrefix(char[] text, int start) {
        for (int i = 0; i < PREFIX.length(); i++) if (text[start + i] != PREFIX.charAt(i)) return false;
        return true;
    }

    private static KitException malformed() {
        return new KitException(KitException.KitKind.WRONG_TOKEN,
                Messages.format("kit.token.malformed", String.valueOf(TEXT_LENGTH), PREFIX));
    }

    private static byte[] crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        long v = crc.getValue();
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    private static void encode(byte[] bytes, char[] out, int at) {
        int buffer = 0;
        int bits = 0;
        int pos = at;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out[pos++] = ALPHABET[(buffer >>> (bits - 5)) & 31];
                bits -= 5;
            }
        }
        if (bits > 0) out[pos] = ALPHABET[(buffer << (5 - bits)) & 31];
    }

    /** Decodes {@code chars} base32 characters into {@code length} bytes; null on a foreign character or stray bits. */
    private static byte[] decode(char[] text, int at, int chars, int length) {
        byte[] out = new byte[length];
        int buffer = 0;
        int bits = 0;
        int pos = 0;
        for (int i = at; i < at + chars; i++) {
            int value = valueOf(text[i]);
            if (value < 0) return wipeAndNull(out);
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out[pos++] = (byte) (buffer >>> (bits - 8));
                bits -= 8;
            }
        }
        // the unused low bits of the last character must be zero, so each token has exactly one text
        return (buffer & ((1 << bits) - 1)) != 0 ? wipeAndNull(out) : out;
    }

    private static byte[] wipeAndNull(byte[] bytes) {
        Arrays.fill(bytes, (byte) 0);
        return null;
    }

    private static int valueOf(char c) {
        if (c >= 'a' && c <= 'z') return c - 'a';
        if (c >= '2' && c <= '7') return c - '2' + 26;
        return -1;
    }
}
