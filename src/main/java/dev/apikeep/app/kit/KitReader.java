package dev.apikeep.app.kit;

import dev.apikeep.domain.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;

/** Opens a kit file on disk with its token's text: what a bot's machine does, with no vault at all. */
public final class KitReader {
    private KitReader() {
    }

    /**
     * @param tokenText the token as read from the environment, a file or stdin; the caller wipes it
     * @throws KitException wrong token, damaged, expired, or unreadable
     */
    public static Kit open(Path file, char[] tokenText, LocalDate today) {
        byte[] bytes = read(file);
        try (KitToken token = KitToken.parse(tokenText)) {
            return KitFile.open(bytes, token, today, file.toString());
        }
    }

    /** The file's header, for messages and the desktop's "which kit is this" (no token needed). */
    public static KitFile.Header header(Path file) {
        return KitFile.header(read(file), file.toString());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new KitException(KitException.KitKind.UNREADABLE, Messages.format("kit.file.missing", file));
        } catch (IOException e) {
            throw new KitException(KitException.KitKind.UNREADABLE, Messages.format("kit.file.unreadable", file, e.getMessage()));
        }
    }
}
