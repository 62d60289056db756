package dev.apikeep.vault;

import dev.apikeep.crypto.Aead;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.SecretBytes;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Issue 15 goals 4 and 5, seventh session (helper listpath): would a sealed per-entry list summary
 * (format 3) save enough? In a cold JVM, one thread, the per-row work of a list over 10,000 rows:
 * <ul>
 *   <li>{@code entry}: today's rows (512-byte padded JSON, 528 bytes sealed), AES-GCM opened and
 *       decoded into a full {@code ApiKeyEntry} by the vault's own code ({@code Cipherer.openEntry});</li>
 *   <li>{@code record}: the same rows, decrypted the same way, decoded into the small record below
 *       (only what {@code list}'s table shows; every other field skipped with {@code JsonReader.skipValue},
 *       no {@code ApiKeyEntry} built): what a list-only read of today's format could save at most;</li>
 *   <li>{@code summary}: a made-up format-3 summary per row (label, exchange, environment, permissions,
 *       created, expiry, IP-bound, status: JSON padded to 256 bytes, 272 sealed, AAD = vault id, "summary",
 *       id, revision) decrypted and decoded into a small record.</li>
 * </ul>
 * The rows are made and sealed by {@code make} in another JVM, so the timed JVM has run no AES-GCM
 * nor decoding before its timer starts (as a cold {@code list} after the KDF). Prints wall and the
 * thread's CPU in ms. Compiled and run by {@code bench/list/summary-cold.sh}; not part of the app.
 *   java -cp JAR:DIR dev.apikeep.vault.ListDecodeCold make FILE [n=10000]
 *   java -cp JAR:DIR dev.apikeep.vault.ListDecodeCold entry|record|summary FILE
 */
public final class ListDecodeCold {
    private static final String[] EXCHANGES = {"bybit", "binance", "kraken", "okx", "custom"};
    private static final byte[] SUMMARY = "summary".getBytes(StandardCharsets.US_ASCII);

    private ListDecodeCold() {
    }

    /** What list's table needs of a key: today's list reads these from the whole entry. */
    record Summary(UUID id, String label, String exchange, String environment, List<String> permissions,
                   LocalDate createdAt, LocalDate expiresAt, boolean ipBound, String status) {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[1]);
        if (args[0].equals("make")) {
            make(file, args.length > 2 ? Integer.parseInt(args[2]) : 10_000);
            return;
        }
        Rows rows = Rows.read(file);
        var threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long check = switch (args[0]) {
            case "entry" -> openEntries(rows);
            case "record" -> openIntoRecords(rows);
            case "summary" -> openSummaries(rows);
            default -> throw new IllegalArgumentException(args[0]);
        };
        long wall = System.nanoTime() - t0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        System.out.printf("mode=%s rows=%d wall_ms=%d cpu_ms=%d check=%d%n", args[0], rows.ids.size(), wall / 1_000_000,
                cpu / 1_000_000, check);
    }

    private static long openEntries(Rows rows) {
        Cipherer cipherer = new Cipherer(rows.key, rows.vaultId);
        Aead.Decryptor decryptor = cipherer.decryptor();
        long sum = 0;
        for (int i = 0; i < rows.ids.size(); i++) {
            ApiKeyEntry e = cipherer.openEntry(decryptor, new Cipherer.EntryRow(rows.ids.get(i), 1, rows.nonces.get(i), rows.entries.get(i)));
            sum += e.label().length() + e.permissions().size();
            e.wipeSecrets();
        }
        return sum;
    }

    private static long openIntoRecords(Rows rows) {
        Aead.Decryptor decryptor = Aead.decryptor(rows.key);
        long sum = 0;
        for (int i = 0; i < rows.ids.size(); i++) {
            byte[] plain = decryptor.decrypt(rows.nonces.get(i), rows.entries.get(i), aad(rows.vaultId, new byte[0], rows.ids.get(i), 1));
            Summary s = decodeListed(plain);
            java.util.Arrays.fill(plain, (byte) 0);
            sum += s.label().length() + s.permissions().size();
        }
        return sum;
    }

    private static long openSummaries(Rows rows) {
        Aead.Decryptor decryptor = Aead.decryptor(rows.key);
        long sum = 0;
        for (int i = 0; i < rows.ids.size(); i++) {
            byte[] plain = decryptor.decrypt(rows.summaryNonces.get(i), rows.summaries.get(i), summaryAad(rows.vaultId, rows.ids.get(i), 1));
            Summary s = decodeListed(plain);
            sum += s.label().length() + s.permissions().size();
        }
        return sum;
    }

    /** The fields list shows, from an entry's JSON or a summary's; every other field skipped. */
    private static Summary decodeListed(byte[] json) {
        JsonReader r = new JsonReader(json);
        UUID id = null;
        String label = null, exchange = null, environment = "mainnet", status = "active";
        List<String> permissions = List.of();
        LocalDate created = null, expires = null;
        boolean ipBound = false;
        r.beginObject();
        for (String f = r.nextName(); f != null; f = r.nextName()) {
            switch (f) {
                case "id" -> id = UUID.fromString(r.nextString());
                case "label" -> label = r.nextString();
                case "exchange" -> exchange = r.nextString();
                case "environment" -> environment = r.nextString();
                case "permissions" -> permissions = r.nextStringList();
                case "createdAt" -> created = EntryCodec.date(r.nextString());
                case "expiresAt" -> expires = r.nextIsNull() ? null : EntryCodec.date(r.nextString());
                case "ipWhitelist" -> ipBound = !r.nextStringList().isEmpty();
                case "ipBound" -> ipBound = r.nextBoolean();
                case "status" -> status = r.nextString();
                default -> r.skipValue();
            }
        }
        r.wipe();
        return new Summary(id, label, exchange, environment, permissions, created, expires, ipBound, status);
    }

    /** As the vault's entry AAD (vault id, id, revision), with {@code kind} after the vault id for a summary. */
    static byte[] aad(byte[] vaultId, byte[] kind, String id, long revision) {
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        return java.nio.ByteBuffer.allocate(vaultId.length + kind.length + idBytes.length + Long.BYTES)
                .put(vaultId).put(kind).put(idBytes).putLong(revision).array();
    }

    static byte[] summaryAad(byte[] vaultId, String id, long revision) {
        return aad(vaultId, SUMMARY, id, revision);
    }

    private static byte[] padded(byte[] json) {
        int length = Math.max(EntryCodec.PAD_BLOCK, (json.length + EntryCodec.PAD_BLOCK - 1) / EntryCodec.PAD_BLOCK * EntryCodec.PAD_BLOCK);
        byte[] out = java.util.Arrays.copyOf(json, length);
        java.util.Arrays.fill(out, json.length, length, (byte) ' ');
        return out;
    }

    private static void make(Path file, int n) throws IOException {
        byte[] key = Aead.randomBytes(32);
        byte[] vaultId = Aead.randomBytes(16);
        Cipherer cipherer = new Cipherer(key, vaultId);
        Random rnd = new Random(n);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.write(key);
            out.write(vaultId);
            out.writeInt(n);
            for (int i = 0; i < n; i++) {
                String ex = EXCHANGES[i % EXCHANGES.length];
                ApiKeyEntry e = ApiKeyEntry.builder().exchangeId(ex).label("Key " + i + " " + ex).account("sub-" + (i % 40))
                        .apiKey(SecretBytes.of(hex(rnd, 32))).secret(SecretBytes.of(hex(rnd, 64)))
                        .passphrase(ex.equals("okx") ? SecretBytes.of(hex(rnd, 12)) : null)
                        .notes("note for key " + i).createdAt(LocalDate.of(2026, 12, 5)).build();
                Cipherer.SealedRow sealed = cipherer.sealEntry(e, 1);
                byte[] summary = padded(summaryJson(e));
                byte[] nonce = Aead.newNonce();
                byte[] sealedSummary = Aead.encrypt(key, nonce, summary, summaryAad(vaultId, e.id().toString(), 1));
                out.writeUTF(e.id().toString());
                write(out, sealed.nonce());
                write(out, sealed.ciphertext());
                write(out, nonce);
                write(out, sealedSummary);
            }
        }
    }

    private static byte[] summaryJson(ApiKeyEntry e) {
        StringBuilder json = new StringBuilder("{\"label\":\"").append(e.label()).append("\",\"exchange\":\"")
                .append(e.exchangeId()).append("\",\"environment\":\"").append(e.environment().id())
                .append("\",\"permissions\":[");
        for (int i = 0; i < e.permissions().size(); i++) json.append(i == 0 ? "\"" : ",\"").append(e.permissions().get(i)).append('"');
        json.append("],\"createdAt\":\"").append(e.createdAt()).append("\",\"expiresAt\":")
                .append(e.expiresAt() == null ? "null" : "\"" + e.expiresAt() + "\"").append(",\"ipBound\":")
                .append(e.isIpBound()).append(",\"status\":\"").append(e.status().id()).append("\"}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(Random rnd, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) s.append("0123456789abcdef".charAt(rnd.nextInt(16)));
        return s.toString();
    }

    private static void write(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** The sealed rows as {@code make} wrote them. */
    private static final class Rows {
        byte[] key = new byte[32];
        byte[] vaultId = new byte[16];
        List<String> ids = new ArrayList<>();
        List<byte[]> nonces = new ArrayList<>();
        List<byte[]> entries = new ArrayList<>();
        List<byte[]> summaryNonces = new ArrayList<>();
        List<byte[]> summaries = new ArrayList<>();

        static Rows read(Path file) throws IOException {
            Rows rows = new Rows();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                in.readFully(rows.key);
                in.readFully(rows.vaultId);
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    rows.ids.add(in.readUTF());
                    rows.nonces.add(bytes(in));
                    rows.entries.add(bytes(in));
                    rows.summaryNonces.add(bytes(in));
                    rows.summaries.add(bytes(in));
                }
            }
            return rows;
        }

        private static byte[] bytes(DataInputStream in) throws IOException {
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            return b;
        }
    }
}
