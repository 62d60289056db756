package dev.apikeep.ui.common;

/** Screen switching inside the one window; implemented by the app shell. */
public interface Navigator {
    void showCreate();

    void showUnlock();

    /**
     * The vault may open soon (the unlock screen waits for the password, or Unlock was pressed): the
     * key list's window may be built now, off the FX thread, so {@link #showKeys()} has little left
     * to do. Harmless if the unlock fails; once per window (a second call returns the same build).
     * Completes once the build is done (or failed).
     */
    java.util.concurrent.CompletableFuture<?> prepareKeys();

    /**
     * Runs {@code then} on the FX thread now, or once the key list's window is no longer built or laid
     * out off the FX thread (see {@link #prepareKeys()}): a change to the shown screen's text, or a
     * screen or dialog opened, would be laid out beside it through JavaFX's one shared, unsynchronised
     * text layout. Call on the FX thread.
     */
    void afterWindowWork(Runnable then);

    /** The vault in the {@link AppContext} is open: show the key list. */
    void showKeys();

    /** Wipes decrypted data, clears our clipboard value, closes the vault and shows unlock. */
    void lock();
}
