package dev.apikeep.ui.common;

/** Screen switching inside the one window; implemented by the app shell. */
public interface Navigator {
    void showCreate();

    void showUnlock();

    /** The vault in the {@link AppContext} is open: show the key list. */
    void showKeys();

    /** Wipes decrypted data, clears our clipboard value, closes the vault and shows unlock. */
    void lock();
}
