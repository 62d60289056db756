package dev.apikeep.app;

import dev.apikeep.vault.VaultException;
import java.util.function.Supplier;

/** The one place the vault's errors become {@link AppException}s. */
final class Failures {
    private Failures() {
    }

    static AppException translate(VaultException e) {
        if (e.kind() == VaultException.Kind.HEADER_CHANGED) return new HeaderChangedException(e.getMessage(), e);
        return new AppException(AppException.Kind.valueOf(e.kind().name()), e.getMessage(), e.damagedEntries(), e);
    }

    /** Runs vault work, translating its errors. */
    static <T> T guard(Supplier<T> work) {
        try {
            return work.get();
        } catch (VaultException e) {
            throw translate(e);
        }
    }

    static void guard(Runnable work) {
        try {
            work.run();
        } catch (VaultException e) {
            throw translate(e);
        }
    }
}
