package dev.apikeep.vault;

import dev.apikeep.crypto.KeyedHash;
import dev.apikeep.crypto.SetMac;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The data key and the keys HKDF derives from it, one per purpose: the set-MAC, the activity log's
 * hash chain, the blind label index and the header checksum. {@link #wipe()} clears all of them
 * when the vault locks (or when a rekey retires them).
 */
final class VaultKeys {
    final byte[] dataKey;
    final SetMac setMac;
    final KeyedHash eventChain;
    final KeyedHash labelIndex;
    final KeyedHash header;
    final Cipherer cipherer;

    VaultKeys(byte[] dataKey, byte[] vaultId) {
        this.dataKey = dataKey;
        this.setMac = new SetMac(dataKey);
        this.eventChain = new KeyedHash(dataKey, "apikeep-event-chain");
        this.labelIndex = new KeyedHash(dataKey, "apikeep-label-index");
        this.header = new KeyedHash(dataKey, "apikeep-header");
        this.cipherer = new Cipherer(dataKey, vaultId);
    }

    /**
     * The blind index of a label: HMAC of its normalised form (Unicode NFC, trimmed, lower case), so
     * the file shows which entries share a label but never the label itself, and a lookup ignoring
     * case finds the same row.
     */
    byte[] labelTag(String label) {
        String normalised = Normalizer.normalize(label.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return labelIndex.hash(normalised.getBytes(StandardCharsets.UTF_8));
    }

    /** The next head of the activity log's chain: covers the previous head and the event row as stored. */
    byte[] chain(byte[] head, long seq, byte[] nonce, byte[] ciphertext) {
        return eventChain.hash(head, java.nio.ByteBuffer.allocate(Long.BYTES).putLong(seq).array(), nonce, ciphertext);
    }

    /** The keyed header checksum: only the data key's holder can make one that matches. */
    byte[] headerMac(byte[] headerJson, byte[] wrappedDek) {
        return header.hash(headerJson, wrappedDek);
    }

    void wipe() {
        Arrays.fill(dataKey, (byte) 0);
        setMac.wipe();
        eventChain.wipe();
        labelIndex.wipe();
        header.wipe();
    }
}
