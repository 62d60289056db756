package dev.apikeep.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.domain.ApiKeyEntry;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EntryCodecTest {
    @Test
    void paddingIsSpacesAfterTheJson() {
        byte[] encoded = EntryCodec.encode(ApiKeyEntry.builder().label("x").build());
        String text = new String(encoded, StandardCharsets.UTF_8);
        assertThat(encoded).hasSize(EntryCodec.PAD_BLOCK * ((text.strip().length() + 255) / 256));
        assertThat(text.stripTrailing()).endsWith("}");
        assertThat(text.substring(text.stripTrailing().length())).matches(" +");
    }

    @Test
    void aPemEntryStaysBlockAligned() {
        ApiKeyEntry pem = ApiKeyEntry.builder()
                .secret(dev.apikeep.domain.SecretBytes.of(VaultSecurityTest.pem())).build();
        byte[] encoded = EntryCodec.encode(pem);
        assertThat(encoded.length % 256).isZero();
        assertThat(EntryCodec.decode(encoded, 3).secret()).isEqualTo(pem.secret());
        assertThat(EntryCodec.decode(encoded, 3).revision()).as("revision comes from the row").isEqualTo(3);
    }

    @Test
    void fieldsFromANewerMinorVersionAreSkipped() {
        UUID id = UUID.randomUUID();
        String json = "{\"id\":\"" + id + "\",\"future\":{\"nested\":[1,2,{\"x\":null}]},\"label\":\"kept\","
                + "\"futureList\":[\"a\"],\"createdAt\":\"2025-01-02\"}";
        ApiKeyEntry decoded = EntryCodec.decode(json.getBytes(StandardCharsets.UTF_8), 1);
        assertThat(decoded.id()).isEqualTo(id);
        assertThat(decoded.label()).isEqualTo("kept");
    }

    @Test
    void garbageIsRefusedAsInvalid() {
        assertThatThrownBy(() -> EntryCodec.decode("not json".getBytes(StandardCharsets.UTF_8), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EntryCodec.decode("[1,2]".getBytes(StandardCharsets.UTF_8), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EntryCodec.decode("{\"id\":\"nope\"}".getBytes(StandardCharsets.UTF_8), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
