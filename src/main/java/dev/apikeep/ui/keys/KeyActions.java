package dev.apikeep.ui.keys;

import dev.apikeep.app.CredentialFields;
import dev.apikeep.app.KeyService;
import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the main window does to a key (copy, reveal, revoke, delete and their undo, save) without
 * JavaFX: vault work runs on the background executor, and the screen hears the outcome on the UI
 * executor. Tested with plain executors and a fake {@link Screen}; no stage needed.
 */
public final class KeyActions {

    /** The window's side: asking, showing, and the clipboard. */
    public interface Screen {
        boolean confirm(String title, String text, String action);

        /**
         * A write committed: select {@code select} when not null. The list itself follows the
         * session's change notification, which has already read the entries the write touched.
         */
        void changed(UUID select);

        void failed(Throwable error);

        /** Offers to undo; {@code expired} runs when the offer goes away unused. */
        void offerUndo(String message, Runnable undo, Runnable expired);

        boolean mayCopy(ApiKeyEntry entry);

        /** Puts the value on the clipboard, cleared after the configured time. */
        void copyToClipboard(String value);
    }

    private final Supplier<KeyService> service;
    private final Executor background;
    private final Executor ui;
    private final Screen screen;

    public KeyActions(Supplier<KeyService> service, Executor background, Executor ui, Screen screen) {
        this.service = service;
        this.background = background;
        this.ui = ui;
        this.screen = screen;
    }

    /** Copies the key, secret or passphrase and records the use; nothing when it is empty or not allowed. */
    public void copy(ApiKeyEntry entry, String field) {
        if (field.equals("passphrase") && !entry.hasPassphrase()) return;
        String value = CredentialFields.value(entry, field);
        if (value.isEmpty() || !screen.mayCopy(entry)) return;
        screen.copyToClipboard(value);
        recordUse(entry, EventType.COPY, field);
    }

    /** A secret was shown on screen: recorded like a copy. */
    public void revealed(ApiKeyEntry entry, String field) {
        recordUse(entry, EventType.REVEAL, field);
    }

    public void revoke(ApiKeyEntry entry) {
        if (!screen.confirm(Messages.format("keys.revoke.title", entry.label()),
                Messages.get("keys.revoke.text"), Messages.get("keys.detail.revoke"))) return;
        KeyService keys = service.get();
        run(() -> keys.revoke(entry), stored -> {
            screen.changed(stored.id());
            screen.offerUndo(Messages.format("keys.revoke.done", stored.label()),
                    () -> run(() -> keys.reactivate(stored), active -> screen.changed(active.id()), screen::failed),
                    () -> { });
        }, screen::failed);
    }

    /** Deletes after asking; the undo offer holds a copy of the secrets, wiped once it is used or gone. */
    public void delete(ApiKeyEntry entry) {
        if (!screen.confirm(Messages.format("keys.delete.title", entry.label()),
                Messages.get("keys.delete.text"), Messages.get("keys.detail.delete"))) return;
        KeyService keys = service.get();
        ApiKeyEntry kept = entry.withCopiedSecrets(); // the list wipes the deleted value on reload
        run(() -> {
            keys.delete(entry);
            return null;
        }, ok -> {
            screen.changed(null);
            screen.offerUndo(Messages.format("keys.delete.done", kept.label()), () -> run(() -> keys.restoreDeleted(kept).id(),
                    restored -> {
                        kept.wipeSecrets();
                        screen.changed(restored);
                    }, error -> {
                        kept.wipeSecrets();
                        screen.failed(error);
                    }), kept::wipeSecrets);
        }, error -> {
            kept.wipeSecrets();
            screen.failed(error);
        });
    }

    /** Stores a new or edited key (from the editor). */
    public void save(ApiKeyEntry draft, boolean isNew) {
        KeyService keys = service.get();
        run(() -> isNew ? keys.add(draft) : keys.edit(draft), stored -> screen.changed(stored.id()), screen::failed);
    }

    private void recordUse(ApiKeyEntry entry, EventType how, String field) {
        KeyService keys = service.get();
        // the new "last used" reaches the list through the change notification; a failure wrote nothing
        run(() -> keys.recordUse(entry, how, field), stored -> { }, error -> { });
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable t) {
                ui.execute(() -> onError.accept(t));
                return;
            }
            ui.execute(() -> onSuccess.accept(result));
        });
    }
}
