package dev.apikeep.vault;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Small one-level JSON objects (the vault's header and events, the settings) with Jackson's streaming API only:
 * its data binding, which {@code ObjectMapper} loads, was a third of every command's cold start.
 */
public final class FlatJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private FlatJson() {
    }

    /** What writes an object's fields. */
    public interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    /** One compact object, {@code {"a":1,"b":"x"}}, in UTF-8. */
    public static byte[] write(Fields fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    /**
     * The top-level scalar fields of an object as text (numbers as written); nulls, nested objects
     * and arrays are left out.
     *
     * @throws IOException when the bytes are not one JSON object
     */
    public static Map<String, String> read(byte[] json) throws IOException {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value.isScalarValue() && value != JsonToken.VALUE_NULL) fields.put(name, p.getText());
                else p.skipChildren();
            }
            if (p.currentToken() != JsonToken.END_OBJECT) throw new IOException("the JSON object is not complete");
        }
        return fields;
    }
}
