package dev.apikeep.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/** The entry decoder's JSON reader: reads what Jackson writes, byte for byte the same text, and refuses anything malformed. */
class JsonReaderTest {

    @Property(tries = 1000)
    void readsEveryStringJacksonWrites(@ForAll("texts") String text, @ForAll("texts") String other) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField(text, other);
            g.writeArrayFieldStart("list");
            g.writeString(other);
            g.writeString(text);
            g.writeEndArray();
            g.writeObjectFieldStart("skipped");
            g.writeStringField("in", text);
            g.writeEndObject();
            g.writeFieldName("chars");
            g.writeString(text.toCharArray(), 0, text.length());
            g.writeEndObject();
        }
        JsonReader json = new JsonReader(out.toByteArray());
        json.beginObject();
        assertThat(json.nextName()).isEqualTo(text);
        assertThat(json.nextString()).isEqualTo(other);
        assertThat(json.nextName()).isEqualTo("list");
        assertThat(json.nextStringList()).containsExactly(other, text);
        assertThat(json.nextName()).isEqualTo("skipped");
        json.skipValue();
        assertThat(json.nextName()).isEqualTo("chars");
        char[] chars = json.nextStringChars();
        assertThat(new String(chars, 0, json.textLength())).isEqualTo(text);
        assertThat(json.nextName()).isNull();
    }

    @Provide
    Arbitrary<String> texts() {
        return EntryCodecProperties.text(40);
    }

    @Test
    void readsEveryKindOfValueWithWhiteSpaceBetweenTokens() {
        JsonReader json = reader(" {\n \"n\" : null ,\t\"i\": -42, \"t\":true,\"f\" : false, \"e\":[ ],"
                + " \"x\":{\"a\":[1,2.5e3,{\"b\":\"]}\\\"\"}],\"c\":{}}, \"u\":\"\\u00e9\\ud83d\\ude80\\n\\/\\\\\"}   ");
        json.beginObject();
        List<Object> read = new ArrayList<>();
        for (String name = json.nextName(); name != null; name = json.nextName()) {
            read.add(name);
            switch (name) {
                case "n" -> read.add(json.nextIsNull());
                case "i" -> read.add(json.nextInt());
                case "t", "f" -> read.add(json.nextBoolean());
                case "e" -> read.add(json.nextStringList());
                case "x" -> json.skipValue();
                default -> read.add(json.nextIsNull() ? null : json.nextString());
            }
        }
        assertThat(read).containsExactly("n", true, "i", -42, "t", true, "f", false, "e", List.of(), "x", "u", "é🚀\n/\\");
    }

    @Test
    void decodesUtf8OfEveryLength() {
        JsonReader json = reader("{\"k\":\"a\u00e9\u20ac\uD83D\uDE80\"}");
        json.beginObject();
        json.nextName();
        assertThat(json.nextString()).isEqualTo("a\u00e9\u20ac\uD83D\uDE80");
    }

    @Test
    void refusesMalformedJson() {
        for (String bad : List.of("", "[]", "{", "{\"a\"}", "{\"a\" 1}", "{\"a\":1,}", "{\"a\":1 \"b\":2}", "{,\"a\":1}",
                "{\"a\":\"x}", "{\"a\":\"\\q\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\u12g4\"}", "{\"a\":nul}", "{\"a\":tru}",
                "{\"a\":[\"x\" \"y\"]}", "{a:1}", "{'a':1}", "{\"a\":\"tab\there\"}", "{\"a\":}")) {
            assertThatThrownBy(() -> readAll(bad.getBytes(StandardCharsets.UTF_8))).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        for (byte[] bad : List.of(new byte[] {'{', '"', (byte) 0xc3, '"', ':', '1', '}'}, // a lead byte without its continuation
                new byte[] {'{', '"', (byte) 0x80, '"', ':', '1', '}'}, // a continuation without its lead byte
                new byte[] {'{', '"', (byte) 0xe2, (byte) 0x82})) { // cut off inside a character
            assertThatThrownBy(() -> readAll(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anErrorSaysWhereButNeverWhat() {
        String secret = "sk_live_do_not_print";
        assertThatThrownBy(() -> readAll(("{\"secret\":\"" + secret + "\\x\"}").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .message().contains("at byte").doesNotContain(secret);
    }

    @Test
    void wipeClearsTheTextBuffer() {
        JsonReader json = reader("{\"secret\":\"" + "s3cr3t".repeat(40) + "\"}");
        json.beginObject();
        json.nextName();
        char[] buffer = json.nextStringChars();
        assertThat(new String(buffer, 0, json.textLength())).startsWith("s3cr3t");
        json.wipe();
        assertThat(buffer).containsOnly('\0');
    }

    private static JsonReader reader(String json) {
        return new JsonReader(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a whole object of scalar string/null values, skipping the rest. */
    private static void readAll(byte[] json) {
        JsonReader reader = new JsonReader(json);
        reader.beginObject();
        for (String name = reader.nextName(); name != null; name = reader.nextName()) reader.skipValue();
    }
}
