package dev.apikeep.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Read-Only switch is an optional field: entries written before it read as "not stated". */
class EntryCodecReadOnlyTest {
    private static ApiKeyEntry.Builder bybit() {
        return ApiKeyEntry.builder().exchangeId("bybit").label("tracker").apiKey(SecretBytes.of("k")).secret(SecretBytes.of("s"))
                .permissions(List.of("read", "spot-trade"));
    }

    @Test
    void theSwitchRoundTrips() {
        assertThat(EntryCodec.decode(EntryCodec.encode(bybit().readOnly(true).build()), 1).readOnly()).isTrue();
        assertThat(EntryCodec.decode(EntryCodec.encode(bybit().readOnly(false).build()), 1).readOnly()).isFalse();
    }

    @Test
    void anEntryThatNeverStatedItIsWrittenAsBefore_andReadsAsNull() {
        byte[] plaintext = EntryCodec.encode(bybit().build());

        assertThat(new String(plaintext, StandardCharsets.UTF_8)).doesNotContain("readOnly");
        assertThat(EntryCodec.decode(plaintext, 1).readOnly()).isNull();
    }
}
