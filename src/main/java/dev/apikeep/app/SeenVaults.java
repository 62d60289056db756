package dev.apikeep.app;

import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.Messages;
import dev.apikeep.vault.KdfHeader;
import dev.apikeep.vault.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What this machine last saw of each vault (by vault id): its write generation and when, and the
 * header (KDF parameters and salt) that last unlocked it, with its file. Kept outside the vault, in
 * the user's config folder, because what it tells cannot be told from inside the file: a whole
 * vault put back from a backup (or copied back) is intact in itself, and an edit of the header's KDF
 * parameters or salt makes the right password fail exactly as a wrong one does. Only a memory
 * outside the file tells the first is older than the one last opened here and the second is an
 * edit (the remembered header still opens the key). The file holds vault ids, counters, dates, KDF
 * parameters, salts and paths: no secret (the salt and parameters are readable in the vault itself).
 */
public final class SeenVaults {
    private static final String FILE_NAME = "seen-vaults.properties";
    private static final String HEADER = ".header";
    private static final String FILE = ".file";
    /** The first line of the file: for whoever opens it, not part of the program's texts. */
    private static final String FILE_COMMENT = "ApiKeep: per vault id, the newest write generation seen on this machine, the header (KDF parameters and salt) that last unlocked it, and its file (no secrets)";
    private final Path file;

    public SeenVaults(Path file) {
        this.file = file;
    }

    /**
     * The per-user file: {@code -Dapikeep.configDir} or {@code APIKEEP_CONFIG_DIR} when set (tests,
     * portable installs), else {@code $XDG_CONFIG_HOME/apikeep}, {@code ~/Library/Application
     * Support/ApiKeep} on macOS, {@code %APPDATA%\ApiKeep} on Windows.
     */
    public static SeenVaults inConfigDir() {
        return new SeenVaults(configDir(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"))
                .resolve(FILE_NAME));
    }

    static Path configDir(Map<String, String> env, String osName, String home) {
        String explicit = System.getProperty("apikeep.configDir", env.get("APIKEEP_CONFIG_DIR"));
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) return VaultLocation.defaultFolder(env, osName, home);
        String xdg = env.get("XDG_CONFIG_HOME");
        return (xdg == null || xdg.isBlank() ? Path.of(home, ".config") : Path.of(xdg)).resolve("apikeep");
    }

    /**
     * Compares the vault's generation with the one last seen here: the warning when it is lower,
     * naming both dates. Never fails an unlock: an unreadable memory is treated as empty.
     */
    public Optional<String> compare(String vaultId, long generation, Instant lastChange) {
        Optional<Seen> seen = read().map(p -> Seen.parse(p.getProperty(vaultId)));
        if (seen.isEmpty() || seen.get() == null || generation >= seen.get().generation()) return Optional.empty();
        Seen last = seen.get();
        String changed = lastChange == null ? Messages.get("seen.changedUnknown") : Messages.format("seen.changedOn", Warning.WHEN.format(lastChange));
        return Optional.of(Messages.format("seen.olderVault", changed, String.valueOf(generation), Warning.WHEN.format(last.at()),
                String.valueOf(last.generation())));
    }

    /**
     * The header that last unlocked each vault here, asked by the vault id in the file; when the file
     * names an id this machine never saw (an edited vault id), the one last unlocked at {@code vaultFile}.
     */
    KdfHeader.Memory headers(Path vaultFile) {
        return vaultId -> read().flatMap(all -> Optional.ofNullable(header(all, vaultId))
                .or(() -> idAt(all, vaultFile).map(id -> header(all, id))));
    }

    /**
     * Remembers the higher of the stored and the given generation, the header that unlocked the vault
     * (KDF parameters and salt, nothing secret) and where its file is. Best effort: a read-only config
     * folder only loses the hints.
     */
    void remember(KdfHeader header, long generation, Path vaultFile, Instant now) {
        Properties all = read().orElseGet(Properties::new);
        String id = header.vaultId();
        Properties before = (Properties) all.clone();
        Seen old = Seen.parse(all.getProperty(id));
        if (old == null || old.generation() < generation) all.setProperty(id, generation + " " + now);
        all.setProperty(id + HEADER, header.kdf().memoryKiB() + " " + header.kdf().iterations() + " "
                + header.kdf().parallelism() + " " + Base64.getEncoder().encodeToString(header.salt()));
        all.setProperty(id + FILE, vaultFile.toAbsolutePath().normalize().toString());
        if (!all.equals(before)) write(all);
    }

    private void write(Properties all) {
        try {
            Files.createDirectories(file.getParent());
            PrivateFiles.writeAtomically(file, PropertiesText.of(all, FILE_COMMENT).getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException | RuntimeException e) {
            // a hint only: failing to store it must not fail an unlock
            System.Logger log = System.getLogger(SeenVaults.class.getName()); // set up only when something is logged
            log.log(System.Logger.Level.WARNING, "could not remember the vault's write generation and header in "
                    + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static KdfHeader header(Properties all, String vaultId) {
        String value = all.getProperty(vaultId + HEADER);
        if (value == null) return null;
        try {
            String[] p = value.trim().split(" ");
            return new KdfHeader(vaultId, new KdfParams(Integer.parseInt(p[0]), Integer.parseInt(p[1]),
                    Integer.parseInt(p[2])), Base64.getDecoder().decode(p[3]));
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static Optional<String> idAt(Properties all, Path vaultFile) {
        String path = vaultFile.toAbsolutePath().normalize().toString();
        return all.stringPropertyNames().stream()
                .filter(name -> name.endsWith(FILE) && path.equals(all.getProperty(name)))
                .map(name -> name.substring(0, name.length() - FILE.length()))
                .findFirst();
    }

    private Optional<Properties> read() {
        if (!Files.isRegularFile(file)) return Optional.empty();
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return Optional.of(p);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private record Seen(long generation, Instant at) {
        static Seen parse(String value) {
            if (value == null) return null;
            try {
                String[] parts = value.trim().split(" ", 2);
                return new Seen(Long.parseLong(parts[0]), Instant.parse(parts[1]));
            } catch (RuntimeException unreadable) {
                return null;
            }
        }
    }

    /** Made only for the warning: java.time's formatters are a cold command's time that an unlock without one need not pay. */
    private static final class Warning {
        static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    }
}
