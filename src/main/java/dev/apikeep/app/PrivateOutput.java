package dev.apikeep.app;

import dev.apikeep.domain.Messages;
import dev.apikeep.vault.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Files the app writes for the user that hold secrets (export bundles, injected configs): mode 0600,
 * complete or absent, on disk before the command reports success. The one writer is
 * {@link PrivateFiles#writeAtomically}; this is its door for the desktop app and the command line.
 */
public final class PrivateOutput {
    private PrivateOutput() {
    }

    /**
     * True when something is at {@code target}, a symbolic link included even when it points
     * nowhere: writing there would replace it, so the user must have said so (--force).
     */
    public static boolean exists(Path target) {
        return Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    }

    /** Writes {@code bytes} to {@code target} durably and atomically with mode 0600, replacing what is there. */
    public static void write(Path target, byte[] bytes) {
        try {
            PrivateFiles.writeAtomically(target, bytes);
        } catch (IOException e) {
            throw new AppException(isDiskFull(e) ? AppException.Kind.DISK_FULL : AppException.Kind.IO,
                    Messages.format("output.cannotWrite", target, e.getMessage()), e);
        }
    }

    private static boolean isDiskFull(IOException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("no space left") || message.contains("disk full");
    }
}
