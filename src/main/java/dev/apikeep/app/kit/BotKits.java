package dev.apikeep.app.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apikeep.app.AppException;
import dev.apikeep.app.InvalidInputException;
import dev.apikeep.app.KeyService;
import dev.apikeep.app.PrivateOutput;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The bot kits of an unlocked vault: issue one for chosen keys, re-issue it with today's secrets,
 * forget it, and say which kits hold stale copies. Shared by the desktop app and the command line.
 * The record of issued kits is sealed in the vault like the settings; tokens are never stored.
 */
public final class BotKits {
    public static final int DEFAULT_DAYS = 90;
    private static final int MAX_DAYS = 3650;
    /** Part of the activity-log detail of an issued kit (data in the vault, not text of this language). */
    private static final String EXPIRES_DETAIL = "; expires ";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyService keys;

    public BotKits(KeyService keys) {
        this.keys = keys;
    }

    /** A kit just written: its record and its token, shown once. The caller closes the token. */
    public record Issued(IssuedKit kit, KitToken token) implements AutoCloseable {
        /** The token's text, for the one time it is shown or saved; the caller wipes it. */
        public char[] tokenText() {
            return token.toText();
        }

        /**
         * Writes the token's text and a newline to {@code file} (0600, atomic, through the one private
         * writer): the file a bot's systemd unit loads with {@code LoadCredential=}. Nothing stays behind.
         *
         * @param replace replace an existing file at {@code file}
         */
        public void saveToken(Path file, boolean replace) {
            if (!replace && PrivateOutput.exists(file)) {
                throw new AppException(AppException.Kind.ALREADY_EXISTS, Messages.format("kit.tokenFileExists", file));
            }
            char[] text = token.toText();
            byte[] bytes = new byte[text.length + 1];
            try {
                for (int i = 0; i < text.length; i++) bytes[i] = (byte) text[i]; // the token is ASCII
                bytes[text.length] = '\n';
                PrivateOutput.write(file, bytes);
            } finally {
                Arrays.fill(text, '\0');
                Arrays.fill(bytes, (byte) 0);
            }
        }

        @Override
        public void close() {
            token.close();
        }
    }

    /** An issued kit and how it stands today. */
    public record Overview(IssuedKit kit, KitState state) {
    }

    /** Every issued kit with its state, for the desktop's Bots view and the key detail pane. */
    public List<Overview> overview() {
        return list().stream().map(k -> new Overview(k, state(k))).toList();
    }

    public List<IssuedKit> list() {
        return keys.issuedKits().map(BotKits::decode).orElse(List.of());
    }

    public Optional<IssuedKit> find(String name) {
        return list().stream().filter(k -> k.name().equals(name.trim())).findFirst();
    }

    public IssuedKit require(String name) {
        return find(name).orElseThrow(() -> new AppException(AppException.Kind.NOT_FOUND,
                Messages.format("kit.noSuchKit", name)));
    }

    /** The kits that hold {@code entryId} (any revision). */
    public List<IssuedKit> holding(UUID entryId) {
        return list().stream().filter(k -> k.holds(entryId)).toList();
    }

    /**
     * Writes a new kit holding copies of {@code refs} to {@code out} (0600, atomic) and remembers it.
     *
     * @param force replace an existing file at {@code out}
     */
    public Issued create(String name, List<String> refs, LocalDate expires, Path out, boolean force) {
        String cleanName = requireValidName(name);
        if (find(cleanName).isPresent()) {
            throw new InvalidInputException(Messages.format("kit.nameTaken", cleanName));
        }
        if (refs.isEmpty()) throw new InvalidInputException(Messages.get("kit.noKeys"));
        Map<UUID, ApiKeyEntry> chosen = new LinkedHashMap<>();
        for (String ref : refs) {
            ApiKeyEntry entry = keys.resolve(ref);
            if (entry.isRevoked()) throw new InvalidInputException(Messages.format("kit.keyRevoked", entry.label()));
            chosen.putIfAbsent(entry.id(), entry);
        }
        return issue(cleanName, List.copyOf(chosen.values()), expires, out, force);
    }

    /**
     * Writes the kit again with the current secrets of its keys (following rotations to their
     * replacements), a new id and a new token: the old token does not open the new file.
     *
     * @param out where to write; null = where it was written last time
     */
    public Issued reissue(String name, Path out, LocalDate expires) {
        IssuedKit old = require(name);
        List<ApiKeyEntry> current = new ArrayList<>();
        for (IssuedKit.HeldKey held : old.keys()) current.add(currentVersionOf(held));
        Path target = out != null ? out : Path.of(old.file());
        LocalDate until = expires != null ? expires : keys.today().plusDays(
                Math.max(1, old.expires().toEpochDay() - old.created().toEpochDay()));
        return issue(old.name(), current, until, target, true);
    }

    /** Forgets a kit. A copy already handed to a bot keeps working until it expires or its keys are rotated. */
    public IssuedKit forget(String name) {
        IssuedKit kit = require(name);
        List<IssuedKit> rest = list().stream().filter(k -> !k.name().equals(kit.name())).toList();
        keys.saveIssuedKits(encode(rest), EventType.KIT_FORGOTTEN, kit.name());
        return kit;
    }

    /** Whether {@code kit} is current, holds a changed key, or has expired, as of today. */
    public KitState state(IssuedKit kit) {
        List<String> stale = new ArrayList<>();
        for (IssuedKit.HeldKey held : kit.keys()) {
            Optional<ApiKeyEntry> now = keys.find(held.id());
            if (now.isEmpty() || now.get().isRevoked() || now.get().revision() != held.revision()) stale.add(held.label());
        }
        if (keys.today().isAfter(kit.expires())) return new KitState(KitState.Status.EXPIRED, stale);
        return new KitState(stale.isEmpty() ? KitState.Status.CURRENT : KitState.Status.NEEDS_REISSUE, stale);
    }

    private Issued issue(String name, List<ApiKeyEntry> entries, LocalDate expires, Path out, boolean force) {
        LocalDate today = keys.today();
        if (!expires.isAfter(today) || expires.isAfter(today.plusDays(MAX_DAYS))) {
            throw new InvalidInputException(Messages.format("kit.expiryRange", String.valueOf(MAX_DAYS), today, expires));
        }
        if (!force && PrivateOutput.exists(out)) {
            throw new InvalidInputException(Messages.format("kit.fileExists", out));
        }
        KitFile.Header header = new KitFile.Header(UUID.randomUUID(), name, today, expires);
        KitToken token = KitToken.generate(RANDOM);
        try {
            PrivateOutput.write(out, KitFile.seal(header, entries, token));
            IssuedKit record = new IssuedKit(name, header.id(), today, expires, entries.stream()
                    .map(e -> new IssuedKit.HeldKey(e.id(), e.revision(), e.label())).toList(), out.toAbsolutePath().toString());
            List<IssuedKit> all = new ArrayList<>(list());
            all.removeIf(k -> k.name().equals(name));
            all.add(record);
            keys.saveIssuedKits(encode(all), EventType.KIT_ISSUED, name + ": " + String.join(", ", record.keys().stream()
                    .map(IssuedKit.HeldKey::label).toList()) + EXPIRES_DETAIL + expires);
            return new Issued(record, token);
        } catch (RuntimeException e) {
            token.close();
            throw e;
        }
    }

    private ApiKeyEntry currentVersionOf(IssuedKit.HeldKey held) {
        ApiKeyEntry entry = keys.find(held.id()).orElseThrow(() -> new InvalidInputException(
                Messages.format("kit.keyDeleted", held.label())));
        for (int hops = 0; entry.isRevoked() && entry.rotatedTo() != null && hops < 100; hops++) {
            entry = keys.find(entry.rotatedTo()).orElse(entry);
        }
        if (entry.isRevoked()) {
            throw new InvalidInputException(Messages.format("kit.keyGone", entry.label()));
        }
        return entry;
    }

    private static String requireValidName(String name) {
        String clean = name == null ? "" : name.trim();
        if (!clean.matches("[A-Za-z0-9][A-Za-z0-9._ -]{0,63}")) {
            throw new InvalidInputException(Messages.get("kit.badName"));
        }
        return clean;
    }

    static byte[] encode(List<IssuedKit> kits) {
        ArrayNode array = JSON.createArrayNode();
        for (IssuedKit kit : kits) {
            ObjectNode node = array.addObject().put("name", kit.name()).put("id", kit.id().toString())
                    .put("created", kit.created().toString()).put("expires", kit.expires().toString()).put("file", kit.file());
            ArrayNode held = node.putArray("keys");
            kit.keys().forEach(k -> held.addObject().put("id", k.id().toString()).put("revision", k.revision()).put("label", k.label()));
        }
        try {
            return JSON.writeValueAsBytes(array);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the kit record", e);
        }
    }

    static List<IssuedKit> decode(byte[] json) {
        try {
            List<IssuedKit> kits = new ArrayList<>();
            for (JsonNode node : JSON.readTree(json)) {
                List<IssuedKit.HeldKey> held = new ArrayList<>();
                for (JsonNode k : node.path("keys")) {
                    held.add(new IssuedKit.HeldKey(UUID.fromString(k.path("id").asText()), k.path("revision").asLong(), k.path("label").asText()));
                }
                kits.add(new IssuedKit(node.path("name").asText(), UUID.fromString(node.path("id").asText()),
                        LocalDate.parse(node.path("created").asText()), LocalDate.parse(node.path("expires").asText()),
                        held, node.path("file").asText()));
            }
            return kits;
        } catch (IOException | RuntimeException e) {
            throw new AppException(AppException.Kind.DAMAGED, Messages.get("kit.recordUnreadable"));
        } finally {
            Arrays.fill(json, (byte) 0);
        }
    }
}
