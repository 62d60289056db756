package dev.apikeep.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/**
 * The set-MAC and the keyed hashes moved from BouncyCastle's HMAC to the JDK's: every vault already
 * written holds tags, chain heads, label-index rows and header checksums made by the old code, so
 * the new one must give the same bytes. The reference here is the old implementation, verbatim.
 */
class HmacSha256Test {
    private final Random random = new Random(20261205);

    /** The old code: HKDF-SHA256 (no salt) then HMAC-SHA256, both BouncyCastle's. */
    private static HMac reference(byte[] dataKey, String info) {
        byte[] key = new byte[32];
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(dataKey, null, info.getBytes(StandardCharsets.US_ASCII)));
        hkdf.generateBytes(key, 0, key.length);
        HMac hmac = new HMac(new SHA256Digest());
        hmac.init(new KeyParameter(key));
        return hmac;
    }

    private static byte[] finish(HMac hmac) {
        byte[] out = new byte[32];
        hmac.doFinal(out, 0);
        return out;
    }

    private byte[] bytes(int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }

    @Test
    void theSetMacGivesTheOldCodesBytesForEveryIdAndRevision() {
        for (int k = 0; k < 20; k++) {
            byte[] dataKey = bytes(32);
            SetMac setMac = new SetMac(dataKey);
            HMac old = reference(dataKey, "apikeep-setmac");
            byte[] tag = SetMac.emptyTag();
            byte[] oldTag = SetMac.emptyTag();
            for (int i = 0; i < 50; i++) {
                byte[] id = bytes(random.nextInt(120)); // ids, "tomb:" ids and label-index elements alike
                long revision = random.nextLong();
                old.update(id, 0, id.length);
                old.update(ByteBuffer.allocate(8).putLong(revision).array(), 0, 8);
                byte[] expected = finish(old);
                for (int j = 0; j < 32; j++) oldTag[j] ^= expected[j];
                assertThat(setMac.hash(id, revision)).isEqualTo(expected);
                assertThat(setMac.toggle(tag, id, revision)).isEqualTo(expected);
            }
            assertThat(tag).isEqualTo(oldTag);
        }
    }

    @Test
    void theKeyedHashGivesTheOldCodesBytesForEveryPurposeAndListOfParts() {
        for (String info : new String[] {"apikeep-event-chain", "apikeep-label-index", "apikeep-header"}) {
            for (int k = 0; k < 10; k++) {
                byte[] dataKey = bytes(32);
                KeyedHash keyed = new KeyedHash(dataKey, info);
                HMac old = reference(dataKey, info);
                for (int i = 0; i < 30; i++) {
                    byte[][] parts = new byte[random.nextInt(5)][];
                    for (int p = 0; p < parts.length; p++) parts[p] = bytes(random.nextInt(300));
                    for (byte[] part : parts) {
                        int n = part.length;
                        old.update((byte) (n >>> 24));
                        old.update((byte) (n >>> 16));
                        old.update((byte) (n >>> 8));
                        old.update((byte) n);
                        old.update(part, 0, n);
                    }
                    assertThat(keyed.hash(parts)).isEqualTo(finish(old));
                }
            }
        }
    }

    @Test
    void aWipedHashNoLongerMakesTheKeysTags() {
        byte[] dataKey = bytes(32);
        KeyedHash keyed = new KeyedHash(dataKey, "apikeep-event-chain");
        SetMac setMac = new SetMac(dataKey);
        byte[] part = bytes(40);
        byte[] before = keyed.hash(part);
        byte[] pairBefore = setMac.hash("a", 1);
        keyed.wipe();
        setMac.wipe();
        assertThat(keyed.hash(part)).isNotEqualTo(before);
        assertThat(setMac.hash("a", 1)).isNotEqualTo(pairBefore);
    }
}
