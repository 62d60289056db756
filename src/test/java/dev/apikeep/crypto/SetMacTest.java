package dev.apikeep.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SetMacTest {
    private static byte[] key(int fill) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) fill);
        return k;
    }

    @Test
    void togglingAPairTwiceRestoresTheTag() {
        SetMac mac = new SetMac(key(1));
        byte[] tag = SetMac.emptyTag();
        mac.toggle(tag, "a", 1);
        byte[] withA = tag.clone();
        mac.toggle(tag, "b", 7);
        assertThat(tag).isNotEqualTo(withA);
        mac.toggle(tag, "b", 7);
        assertThat(tag).isEqualTo(withA);
        mac.toggle(tag, "a", 1);
        assertThat(tag).isEqualTo(SetMac.emptyTag());
    }

    @Test
    void orderOfTogglesDoesNotMatter() {
        SetMac mac = new SetMac(key(1));
        byte[] forward = SetMac.emptyTag();
        byte[] backward = SetMac.emptyTag();
        String[] ids = {"x", "y", "z", "w"};
        for (int i = 0; i < ids.length; i++) mac.toggle(forward, ids[i], i + 1);
        for (int i = ids.length - 1; i >= 0; i--) mac.toggle(backward, ids[i], i + 1);
        assertThat(forward).isEqualTo(backward).isNotEqualTo(SetMac.emptyTag());
    }

    @Test
    void anUpdateInO1EqualsRecomputingTheSet() {
        SetMac mac = new SetMac(key(1));
        byte[] incremental = SetMac.emptyTag();
        mac.toggle(incremental, "a", 1);
        mac.toggle(incremental, "b", 1);
        mac.toggle(incremental, "a", 1); // tag ^= h(old) ^ h(new)
        mac.toggle(incremental, "a", 2);
        byte[] recomputed = SetMac.emptyTag();
        mac.toggle(recomputed, "b", 1);
        mac.toggle(recomputed, "a", 2);
        assertThat(incremental).isEqualTo(recomputed);
    }

    @Test
    void revisionAndIdBothCount() {
        SetMac mac = new SetMac(key(1));
        assertThat(mac.hash("a", 1)).isNotEqualTo(mac.hash("a", 2)).isNotEqualTo(mac.hash("b", 1));
        assertThat(mac.hash("a", 1)).isEqualTo(mac.hash("a", 1)).hasSize(SetMac.TAG_LENGTH);
    }

    @Test
    void differentKeysGiveDifferentTags() {
        byte[] one = SetMac.emptyTag();
        byte[] two = SetMac.emptyTag();
        new SetMac(key(1)).toggle(one, "a", 1);
        new SetMac(key(2)).toggle(two, "a", 1);
        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void theMacKeyIsNotTheDataKeyItself() {
        // HMAC keyed directly with the data key would let a MAC oracle double as a data-key oracle.
        byte[] dataKey = key(3);
        org.bouncycastle.crypto.macs.HMac raw = new org.bouncycastle.crypto.macs.HMac(
                new org.bouncycastle.crypto.digests.SHA256Digest());
        raw.init(new org.bouncycastle.crypto.params.KeyParameter(dataKey));
        byte[] msg = java.nio.ByteBuffer.allocate(9).put((byte) 'a').putLong(1).array();
        raw.update(msg, 0, msg.length);
        byte[] rawTag = new byte[32];
        raw.doFinal(rawTag, 0);
        assertThat(new SetMac(dataKey).hash("a", 1)).isNotEqualTo(rawTag);
    }
}
