package dev.apikeep.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** AES-256-GCM against McGrew and Viega's test case 16 (256-bit key, 60-byte plaintext, 20-byte AAD). */
class AeadTest {
    private static final HexFormat HEX = HexFormat.of();
    static final byte[] KEY = HEX.parseHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    static final byte[] IV = HEX.parseHex("cafebabefacedbaddecaf888");
    static final byte[] PLAINTEXT = HEX.parseHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
            + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    static final byte[] AAD = HEX.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    static final byte[] CIPHERTEXT_AND_TAG = HEX.parseHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
            + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662" + "76fc6ece0f4e1768cddf8853bb2d551b");

    @Test
    void encryptMatchesTestCase16() {
        assertThat(HEX.formatHex(Aead.encrypt(KEY, IV, PLAINTEXT, AAD))).isEqualTo(HEX.formatHex(CIPHERTEXT_AND_TAG));
    }

    @Test
    void decryptMatchesTestCase16() {
        assertThat(Aead.decrypt(KEY, IV, CIPHERTEXT_AND_TAG, AAD)).isEqualTo(PLAINTEXT);
    }

    /** Bit positions across the ciphertext (0..59) and the tag (60..75). */
    @ParameterizedTest
    @ValueSource(ints = {0, 7 * 8 + 3, 59 * 8 + 7, 60 * 8, 75 * 8 + 7})
    void aFlippedBitInCiphertextOrTagIsRefused(int bit) {
        byte[] altered = CIPHERTEXT_AND_TAG.clone();
        altered[bit / 8] ^= (byte) (1 << (bit % 8));
        assertThatThrownBy(() -> Aead.decrypt(KEY, IV, altered, AAD))
                .isInstanceOf(Aead.AuthenticationFailedException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 11 * 8 + 7})
    void aFlippedBitInTheNonceIsRefused(int bit) {
        byte[] nonce = IV.clone();
        nonce[bit / 8] ^= (byte) (1 << (bit % 8));
        assertThatThrownBy(() -> Aead.decrypt(KEY, nonce, CIPHERTEXT_AND_TAG, AAD))
                .isInstanceOf(Aead.AuthenticationFailedException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 19 * 8 + 7})
    void aFlippedBitInTheAssociatedDataIsRefused(int bit) {
        byte[] aad = AAD.clone();
        aad[bit / 8] ^= (byte) (1 << (bit % 8));
        assertThatThrownBy(() -> Aead.decrypt(KEY, IV, CIPHERTEXT_AND_TAG, aad))
                .isInstanceOf(Aead.AuthenticationFailedException.class);
    }

    @Test
    void theWrongKeyTruncatedCiphertextOrMissingNonceIsRefused() {
        byte[] otherKey = KEY.clone();
        otherKey[31] ^= 1;
        assertThatThrownBy(() -> Aead.decrypt(otherKey, IV, CIPHERTEXT_AND_TAG, AAD))
                .isInstanceOf(Aead.AuthenticationFailedException.class);
        assertThatThrownBy(() -> Aead.decrypt(KEY, IV, java.util.Arrays.copyOf(CIPHERTEXT_AND_TAG, 70), AAD))
                .isInstanceOf(Aead.AuthenticationFailedException.class);
        assertThatThrownBy(() -> Aead.decrypt(KEY, IV, new byte[5], AAD))
                .isInstanceOf(Aead.AuthenticationFailedException.class);
        assertThatThrownBy(() -> Aead.decrypt(KEY, new byte[8], CIPHERTEXT_AND_TAG, AAD))
                .isInstanceOf(Aead.AuthenticationFailedException.class);
        assertThatThrownBy(() -> Aead.decrypt(KEY, null, CIPHERTEXT_AND_TAG, AAD))
                .isInstanceOf(Aead.AuthenticationFailedException.class);
    }

    @Test
    void freshNoncesDifferSoEqualPlaintextsGiveDifferentCiphertexts() {
        byte[] a = Aead.newNonce();
        byte[] b = Aead.newNonce();
        assertThat(a).hasSize(Aead.NONCE_LENGTH);
        assertThat(a).isNotEqualTo(b);
        assertThat(Aead.encrypt(KEY, a, PLAINTEXT, AAD)).isNotEqualTo(Aead.encrypt(KEY, b, PLAINTEXT, AAD));
    }

    @Test
    void ciphertextIsPlaintextLengthPlusA16ByteTag() {
        assertThat(Aead.encrypt(KEY, Aead.newNonce(), new byte[256], new byte[0])).hasSize(256 + 16);
    }
}
