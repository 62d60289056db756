package dev.apikeep.vault;

import dev.apikeep.crypto.Aead;
import java.util.Arrays;

/** A value sealed for a meta row: the 12-byte nonce followed by the AES-GCM ciphertext. */
final class Sealed {
    private Sealed() {
    }

    static byte[] seal(byte[] key, byte[] plaintext, byte[] aad) {
        byte[] nonce = Aead.newNonce();
        byte[] ciphertext = Aead.encrypt(key, nonce, plaintext, aad);
        byte[] sealed = Arrays.copyOf(nonce, nonce.length + ciphertext.length);
        System.arraycopy(ciphertext, 0, sealed, nonce.length, ciphertext.length);
        return sealed;
    }

    static byte[] open(byte[] key, byte[] sealed, byte[] aad) {
        if (sealed.length < Aead.NONCE_LENGTH) throw new Aead.AuthenticationFailedException();
        byte[] nonce = Arrays.copyOf(sealed, Aead.NONCE_LENGTH);
        byte[] ciphertext = Arrays.copyOfRange(sealed, Aead.NONCE_LENGTH, sealed.length);
        return Aead.decrypt(key, nonce, ciphertext, aad);
    }
}
