package dev.apikeep.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The Argon2 safety net on its own: new keys need both engines to agree; opening retries with the reference. */
class CheckedKdfTest {
    private static final KdfParams SMALL = new KdfParams(KdfParams.MIN_MEMORY_KIB, 2, 1);
    private static final byte[] SALT = "sixteen byte slt".getBytes(StandardCharsets.US_ASCII);
    private static final char[] PASSWORD = "right password".toCharArray();

    private static byte[] reference() {
        return Kdf.Engine.BOUNCY_CASTLE.derive("right password".getBytes(StandardCharsets.UTF_8), SALT, SMALL);
    }

    /** Stands in for "the data key unwraps": only the reference key opens. */
    private static String openWithReferenceKey(byte[] key) {
        if (!Arrays.equals(key, reference())) throw new Aead.AuthenticationFailedException();
        return "opened";
    }

    @Test
    void aNewKeyIsRefusedWhenTheEnginesDisagree() {
        CheckedKdf kdf = FaultyArgon2.always().checked();
        assertThatThrownBy(() -> kdf.deriveForNewKey(PASSWORD, SALT, SMALL))
                .isInstanceOf(CheckedKdf.EnginesDisagreeException.class)
                .hasMessageContaining("nothing was written").hasMessageContaining("-Dapikeep.kdf=bc");
    }

    @Test
    void aNewKeyIsTheReferenceKeyWhenTheEnginesAgree() {
        CheckedKdf kdf = new CheckedKdf(Kdf.Engine.PARALLEL, Kdf.Engine.BOUNCY_CASTLE);
        assertThat(kdf.deriveForNewKey(PASSWORD, SALT, SMALL)).isEqualTo(reference());
    }

    @Test
    void whenOnlyTheReferenceKeyOpensItOpensAndTheRunSwitchesToTheReference() {
        FaultyArgon2 faulty = FaultyArgon2.always();
        CheckedKdf kdf = faulty.checked();

        CheckedKdf.Opened<String> opened = kdf.open(PASSWORD, SALT, SMALL, CheckedKdfTest::openWithReferenceKey);

        assertThat(opened.value()).isEqualTo("opened");
        assertThat(opened.switchedToReference()).isTrue();
        assertThat(kdf.usingReference()).isTrue();
        int callsSoFar = faulty.calls();
        CheckedKdf.Opened<String> again = kdf.open(PASSWORD, SALT, SMALL, CheckedKdfTest::openWithReferenceKey);
        assertThat(again.switchedToReference()).as("already on the reference: no second switch").isFalse();
        assertThat(faulty.calls()).as("the faulty engine is not asked again this run").isEqualTo(callsSoFar);
    }

    @Test
    void aWrongPasswordIsStillWrongAfterBothEnginesTried() {
        FaultyArgon2 faulty = FaultyArgon2.always();
        CheckedKdf kdf = faulty.checked();
        assertThatThrownBy(() -> kdf.open("wrong password".toCharArray(), SALT, SMALL, CheckedKdfTest::openWithReferenceKey))
                .isInstanceOf(Aead.AuthenticationFailedException.class);
        assertThat(kdf.usingReference()).isFalse();
    }

    @Test
    void aWorkingFastEngineOpensWithoutTheReference() {
        CheckedKdf kdf = new CheckedKdf(Kdf.Engine.PARALLEL, Kdf.Engine.BOUNCY_CASTLE);
        CheckedKdf.Opened<String> opened = kdf.open(PASSWORD, SALT, SMALL, CheckedKdfTest::openWithReferenceKey);
        assertThat(opened.switchedToReference()).isFalse();
        assertThat(kdf.usingReference()).isFalse();
    }
}
