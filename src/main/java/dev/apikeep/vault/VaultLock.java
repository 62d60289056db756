package dev.apikeep.vault;

import dev.apikeep.vault.VaultException.Kind;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The desktop app's claim on a vault ({@code vault.apikeep.lock}): a second window on the same vault
 * is refused with a clear message. The operating system releases the lock if the app dies.
 */
public final class VaultLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private VaultLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Path lockFileOf(Path vault) {
        return vault.resolveSibling(vault.getFileName() + ".lock");
    }

    public static VaultLock acquire(Path vault) {
        Path lockFile = lockFileOf(vault);
        FileChannel channel = null;
        try {
            // Holds nothing secret, but gets the vault's mode (0600), also when an older version made it 0644.
            channel = FileChannel.open(lockFile, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS), PrivateFiles.privateMode());
            PrivateFiles.restrict(lockFile);
            FileLock lock = channel.tryLock();
            if (lock == null) throw inUse(vault);
            return new VaultLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(vault);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new VaultException(Kind.IO, "could not lock " + vault + ": " + e.getMessage(), e);
        } catch (VaultException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static VaultException inUse(Path vault) {
        return new VaultException(Kind.IN_USE, vault.getFileName() + " is already open in another ApiKeep"
                + " window; switch to that window or close it first");
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // released when the channel closes anyway
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing to recover
        }
    }
}
