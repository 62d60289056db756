package dev.apikeep.domain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads {@code exchanges.json} with Jackson's streaming parser. Its data binding (about 560 classes)
 * was most of what the desktop app loaded at start for this one small file, and about 4 MB of the
 * installed start-up archive. As strict as the data binding it replaces: an unknown field, a field
 * written twice, a value of the wrong type, an unknown risk or key type, and anything after the
 * catalog are refused, each saying where. Absent (or null) booleans mean false, absent lists and maps
 * empty, an absent number unknown (null).
 */
final class CatalogJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonParser p;

    private CatalogJson(JsonParser parser) {
        this.p = parser;
    }

    /**
     * The exchanges listed, in file order; null when the file has no {@code exchanges} list.
     *
     * @throws IllegalArgumentException naming what is wrong and where
     * @throws IOException              when the stream cannot be read
     */
    static List<Exchange> read(InputStream in) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            CatalogJson reader = new CatalogJson(parser);
            List<Exchange> exchanges = reader.catalog();
            if (parser.nextToken() != null) throw reader.error("there is more after the catalog's closing brace");
            return exchanges;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(firstLine(e.getOriginalMessage()) + where(e.getLocation()));
        }
    }

    private List<Exchange> catalog() throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) throw new IllegalArgumentException("the file is empty");
        if (first == JsonToken.VALUE_NULL) return null;
        Map<String, Object> v = fields("the catalog", field -> switch (field) {
            case "version" -> number(field);
            case "exchanges" -> list(field, this::exchange);
            default -> throw unknownField(field, "the catalog");
        });
        return as(v, "exchanges");
    }

    private Exchange exchange(String listName) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) return null;
        Map<String, Object> v = fields("an exchange", field -> switch (field) {
            case "id", "name", "apiManagementUrl", "notes", "readOnlyPermission" -> text(field);
            case "permissions" -> list(field, this::permission);
            case "passphraseRequired", "keyLimitVerified", "permissionsEditable" -> flag(field);
            case "keyTypes" -> list(field, name -> KeyType.valueOf(constant(name, KeyType.values())));
            case "keyLimit" -> number(field);
            case "expiryRule" -> expiryRule(field);
            case "exchangeWords" -> words(field);
            case "apiHosts" -> list(field, this::element);
            default -> throw unknownField(field, "an exchange");
        });
        return build(() -> new Exchange(as(v, "id"), as(v, "name"), as(v, "permissions"), isTrue(v, "passphraseRequired"),
                as(v, "keyTypes"), as(v, "keyLimit"), isTrue(v, "keyLimitVerified"), as(v, "expiryRule"),
                isTrue(v, "permissionsEditable"), as(v, "apiManagementUrl"), as(v, "notes"), as(v, "exchangeWords"),
                as(v, "readOnlyPermission"), as(v, "apiHosts")));
    }

    private Permission permission(String listName) throws IOException {
        Map<String, Object> v = fields("a permission", field -> switch (field) {
            case "id", "name", "group" -> text(field);
            case "risk" -> Risk.valueOf(constant(field, Risk.values()));
            default -> throw unknownField(field, "a permission");
        });
        return build(() -> new Permission(as(v, "id"), as(v, "name"), as(v, "group"), as(v, "risk")));
    }

    private ExpiryRule expiryRule(String name) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) return null;
        Map<String, Object> v = fields("an expiry rule", field -> switch (field) {
            case "daysWithoutIp" -> number(field);
            case "onlyWithPermissions" -> list(field, this::element);
            case "description" -> text(field);
            case "verified" -> flag(field);
            default -> throw unknownField(field, "an expiry rule");
        });
        Integer days = as(v, "daysWithoutIp");
        return build(() -> new ExpiryRule(days == null ? 0 : days, as(v, "onlyWithPermissions"), as(v, "description"),
                isTrue(v, "verified")));
    }

    private Map<String, String> words(String name) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) return null;
        Map<String, String> words = new HashMap<>();
        String what = "\"" + name + "\"";
        Set<String> seen = object(what);
        for (String word; (word = nextField(what, seen)) != null; ) words.put(word, element(name));
        return words;
    }

    /**
     * The fields of the object the parser is on, by name, each read by {@code value} (which refuses a
     * name it does not know); a name written twice is refused.
     */
    private Map<String, Object> fields(String what, Element<Object> value) throws IOException {
        Map<String, Object> values = new HashMap<>();
        Set<String> seen = object(what);
        for (String field; (field = nextField(what, seen)) != null; ) values.put(field, value.read(field));
        return values;
    }

    /** The parser is on an object's opening brace; returns the set {@link #nextField} fills. */
    private Set<String> object(String what) {
        if (p.currentToken() != JsonToken.START_OBJECT) throw error(what + " must be an object");
        return new HashSet<>();
    }

    /** The next field's name, the parser on its value; null at the object's end. A name written twice is refused. */
    private String nextField(String what, Set<String> seen) throws IOException {
        if (p.nextToken() != JsonToken.FIELD_NAME) return null;
        String name = p.currentName();
        if (!seen.add(name)) throw error("field \"" + name + "\" appears twice in " + what);
        p.nextToken();
        return name;
    }

    private <T> List<T> list(String name, Element<T> element) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) return null;
        if (p.currentToken() != JsonToken.START_ARRAY) throw error("\"" + name + "\" must be a list");
        List<T> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) items.add(element.read(name));
        return items;
    }

    /** Text inside a list or map: null is refused there (it would mean nothing). */
    private String element(String name) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) throw error("\"" + name + "\" must hold only text");
        return p.getText();
    }

    private String text(String name) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) return null;
        if (t != JsonToken.VALUE_STRING) throw error("\"" + name + "\" must be text");
        return p.getText();
    }

    private boolean flag(String name) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) return false;
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) throw error("\"" + name + "\" must be true or false");
        return t == JsonToken.VALUE_TRUE;
    }

    private Integer number(String name) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) return null;
        if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw error("\"" + name + "\" must be a whole number");
        }
        return p.getIntValue();
    }

    /** An enum constant's name, written in any case; an unknown one is refused naming those allowed. */
    private String constant(String name, Enum<?>[] allowed) throws IOException {
        String text = text(name);
        List<String> names = new ArrayList<>();
        for (Enum<?> value : allowed) {
            if (value.name().equalsIgnoreCase(text)) return value.name();
            names.add(value.name().toLowerCase(Locale.ROOT));
        }
        throw error("\"" + name + "\" is " + (text == null ? "null" : "\"" + text + "\"") + ", not one of " + names);
    }

    /** A record made from what was read; its own checks' complaints are told with the position. */
    private <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    private IllegalArgumentException unknownField(String field, String what) {
        return error("unknown field \"" + field + "\" in " + what);
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + where(p.currentTokenLocation()));
    }

    private static String where(JsonLocation at) {
        return at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String firstLine(String text) {
        if (text == null) return "unreadable JSON";
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    @SuppressWarnings("unchecked")
    private static <T> T as(Map<String, Object> values, String field) {
        return (T) values.get(field);
    }

    private static boolean isTrue(Map<String, Object> values, String field) {
        return Boolean.TRUE.equals(values.get(field));
    }

    /** Reads one value (a list's element or an object's field), the parser on its first token. */
    private interface Element<T> {
        T read(String name) throws IOException;
    }
}
