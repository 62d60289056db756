package dev.apikeep.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.SecretBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Malformed bundle import (issue 7: 10,000 cases). A bundle is opened in three stages: the envelope
 * (JSON, format, KDF settings, base64 fields), the KDF and AES-GCM, then the decrypted JSON. Each
 * successful envelope parse costs one Argon2id run (19 MiB, about 50 ms or more under load), so
 * 10,000 full opens would take minutes: the two parsing stages get 10,000 mutations each without
 * the KDF ({@link ExportBundle#envelopeOf}, {@link ExportBundle#contentOf}), and the whole path, open
 * and merge into a real vault through the import use case, gets {@value #FULL_TRIES} files. Every
 * outcome is the content or an {@link InvalidInputException} with a message; a refused bundle writes
 * nothing, an accepted one is written and logged.
 */
class ExportBundleProperties {
    static final KdfParams FAST = KdfParams.ofMebibytes(19, 2, 1);
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    static final char[] BUNDLE_PASSWORD = "bundle password".toCharArray();
    static final int FULL_TRIES = 200;

    static Path dir;
    static KeyService target;
    static byte[] bundle;
    static byte[] plaintext;
    static int imported;

    @BeforeContainer
    static void fixtures() throws IOException {
        dir = Files.createTempDirectory("bundle-props");
        try (KeyService source = KeyService.create(dir.resolve("source.apikeep"), "pw".toCharArray(), FAST, CATALOG, CLOCK)) {
            for (int i = 0; i < 3; i++) {
                source.add(ApiKeyEntry.builder().exchangeId(i == 0 ? "okx" : "bybit").label("Bot " + i)
                        .apiKey(SecretBytes.of("AK" + i + "abcdef")).secret(SecretBytes.of("SK" + i + "secret"))
                        .passphrase(i == 0 ? SecretBytes.of("pp") : null).tags(List.of("grid")).notes("n" + i)
                        .createdAt(CLOCK.instant().atZone(ZoneOffset.UTC).toLocalDate()).build());
            }
            ExportBundle.Content content = new ExportBundle.Content(source.list(true), source.events(0));
            bundle = ExportBundle.seal(content, BUNDLE_PASSWORD, FAST);
            plaintext = ExportBundle.plaintextOf(content);
        }
        target = KeyService.create(dir.resolve("target.apikeep"), "pw".toCharArray(), FAST, CATALOG, CLOCK);
        assertThat(ExportBundle.open(bundle, BUNDLE_PASSWORD).entries()).hasSize(3); // the fixture is sound
    }

    @AfterContainer
    static void close() throws IOException {
        target.close();
        assertThat(imported).as("the intact bundle was imported, so the vault did change under this property").isPositive();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 10000)
    void aDamagedEnvelopeIsRefusedClearlyBeforeAnyKeyIsDerived(@ForAll("damagedBundle") byte[] file) {
        ExportBundle.Envelope envelope;
        try {
            envelope = ExportBundle.envelopeOf(file);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).startsWith("the file is not a usable ApiKeep bundle: ").endsWith("nothing was imported");
            return;
        }
        assertThat(envelope.kdf().withinBounds()).isTrue();
        assertThat(envelope.salt().length).isGreaterThanOrEqualTo(8);
        assertThat(envelope.nonce()).hasSize(12);
        assertThat(envelope.ciphertext()).isNotNull();
    }

    @Property(tries = 10000)
    void damagedDecryptedContentIsRefusedClearly(@ForAll("damagedContent") byte[] json) {
        ExportBundle.Content content;
        try {
            content = ExportBundle.contentOf(json);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).startsWith("the file is not a usable ApiKeep bundle: ").endsWith("nothing was imported");
            return;
        }
        assertThat(content.entries()).doesNotContainNull();
        assertThat(content.events()).doesNotContainNull();
    }

    /**
     * The whole import use case the command line and the desktop share ({@link Importing#importBundle}:
     * open with the password, merge with the bundle's log) on damaged files and, now and then, the
     * intact one. A refused file leaves the vault exactly as it was; the intact one is imported and
     * changes it (its keys the first time, a logged "unchanged" import after), so "unchanged" is a
     * check that can fail.
     */
    @Property(tries = FULL_TRIES)
    void onlyAnIntactBundleChangesTheVault(@ForAll("bundleFile") byte[] file) {
        int entries = target.list(true).size();
        long lastEvent = lastEventSeq();
        ImportResult result;
        try {
            result = new Importing(target).importBundle(file, BUNDLE_PASSWORD.clone(), "bundle property");
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).endsWith("nothing was imported");
            assertThat(target.list(true).size()).isEqualTo(entries);
            assertThat(lastEventSeq()).as("a refused bundle writes nothing").isEqualTo(lastEvent);
            return;
        }
        imported++;
        // only a file whose authenticated part is intact opens: it holds the original three keys
        assertThat(result.added().size() + result.updated().size() + result.unchanged().size() + result.conflicts().size())
                .isEqualTo(3);
        assertThat(target.list(true).size()).isEqualTo(3);
        assertThat(lastEventSeq()).as("an accepted import is logged").isGreaterThan(lastEvent);
    }

    private static long lastEventSeq() {
        return target.events(1).stream().mapToLong(ActivityEvent::seq).max().orElse(0);
    }

    @Provide
    Arbitrary<byte[]> bundleFile() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, damagedBundle()),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(bundle).map(byte[]::clone)));
    }

    @Provide
    Arbitrary<byte[]> damagedBundle() {
        return Arbitraries.oneOf(
                mutations(() -> bundle),
                jsonEdits(),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
    }

    @Provide
    Arbitrary<byte[]> damagedContent() {
        return Arbitraries.oneOf(mutations(() -> plaintext), contentEdits());
    }

    /** Random byte damage: truncation, flips, inserts, deletes and JSON syntax characters. */
    static Arbitrary<byte[]> mutations(java.util.function.Supplier<byte[]> original) {
        byte[] syntax = "{}[]\":,.-0e \\/=+A".getBytes(StandardCharsets.US_ASCII);
        return Arbitraries.randomValue(random -> {
            byte[] b = original.get().clone();
            int edits = 1 + random.nextInt(4);
            for (int i = 0; i < edits && b.length > 0; i++) {
                int at = random.nextInt(b.length);
                switch (random.nextInt(5)) {
                    case 0 -> b = Arrays.copyOf(b, at);
                    case 1 -> b[at] ^= (byte) (1 << random.nextInt(8));
                    case 2 -> b[at] = syntax[random.nextInt(syntax.length)];
                    case 3 -> b = splice(b, at, 1, new byte[0]);
                    default -> b = splice(b, at, 0, new byte[] {syntax[random.nextInt(syntax.length)]});
                }
            }
            return b;
        });
    }

    /** Structure-aware edits that keep the JSON valid: the values the envelope check must judge. */
    static Arbitrary<byte[]> jsonEdits() {
        String[] fields = {"format", "version", "kdf", "memoryKiB", "iterations", "parallelism", "salt", "nonce", "ciphertext"};
        String[] values = {"null", "0", "-1", "1", "2", "19456", "2147483647", "99999999999", "1.5", "\"\"", "\"AAAA\"",
                "\"not base64!\"", "\"AAAAAAAAAAAAAAAA\"", "[]", "{}", "true", "\"apikeep-bundle\"", "2", "\"argon2id\""};
        return Arbitraries.randomValue(random -> editJson(new String(bundle, StandardCharsets.UTF_8), fields, values, random, true));
    }

    static Arbitrary<byte[]> contentEdits() {
        String[] fields = {"entries", "events", "entry", "revision", "id", "label", "exchange", "seq", "time", "type", "entryId", "detail"};
        String[] values = {"null", "0", "-1", "1", "\"\"", "\"x\"", "[]", "{}", "[{}]", "[null]", "true", "\"2026-13-01T00:00:00Z\"",
                "\"00000000-0000-0000-0000-00000000000g\"", "\"unknown-event\"", "99999999999999999999"};
        return Arbitraries.randomValue(random -> editJson(new String(plaintext, StandardCharsets.UTF_8), fields, values, random, false));
    }

    /** Replaces the value of one occurrence of {@code "field":} with another JSON value, or drops the key. */
    private static byte[] editJson(String json, String[] fields, String[] values, Random random, boolean once) {
        String field = "\"" + fields[random.nextInt(fields.length)] + "\":";
        int at = json.indexOf(field);
        if (!once) {
            int n = random.nextInt(4);
            for (int i = 0; i < n && at >= 0; i++) {
                int next = json.indexOf(field, at + 1);
                if (next < 0) break;
                at = next;
            }
        }
        if (at < 0) return json.getBytes(StandardCharsets.UTF_8);
        int start = at + field.length();
        int end = valueEnd(json, start);
        String replacement = random.nextInt(8) == 0 ? "" : values[random.nextInt(values.length)];
        String edited = replacement.isEmpty()
                ? json.substring(0, at) + "\"renamed" + random.nextInt(9) + "\":" + json.substring(start)
                : json.substring(0, start) + replacement + json.substring(end);
        return edited.getBytes(StandardCharsets.UTF_8);
    }

    /** The end of the JSON value starting at {@code start} (string, number, literal, object or array). */
    private static int valueEnd(String json, int start) {
        char c = json.charAt(start);
        if (c == '"') {
            int i = start + 1;
            while (json.charAt(i) != '"') i += json.charAt(i) == '\\' ? 2 : 1;
            return i + 1;
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            boolean inString = false;
            for (int i = start; i < json.length(); i++) {
                char d = json.charAt(i);
                if (inString) {
                    if (d == '\\') i++;
                    else if (d == '"') inString = false;
                } else if (d == '"') inString = true;
                else if (d == '{' || d == '[') depth++;
                else if ((d == '}' || d == ']') && --depth == 0) return i + 1;
            }
            return json.length();
        }
        int i = start;
        while (i < json.length() && ",}]".indexOf(json.charAt(i)) < 0) i++;
        return i;
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }
}
