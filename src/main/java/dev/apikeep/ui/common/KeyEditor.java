package dev.apikeep.ui.common;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import java.time.LocalDate;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The seam to the key editor dialog ({@code ui.editor.EditorDialog.show} in the app, see
 * {@code ApiKeepApp.defaultKeyEditor}); tests inject a fake that returns a prepared entry. Lives in
 * {@code common} so the context can hold it without {@code common} depending on a screen.
 */
@FunctionalInterface
public interface KeyEditor {
    /**
     * Shows the editor; returns the new or edited entry (not yet saved) or empty when cancelled.
     *
     * @param existingOrNull the entry to edit, or null for a new key
     */
    Optional<ApiKeyEntry> show(Window owner, ExchangeCatalog catalog, ApiKeyEntry existingOrNull, LocalDate today);

    /** The same, offering "Fill from exchange" for a new key through {@code fill}; an editor without it ignores it. */
    default Optional<ApiKeyEntry> show(Window owner, ExchangeCatalog catalog, ApiKeyEntry existingOrNull, LocalDate today,
                                       ExchangeFill fill) {
        return show(owner, catalog, existingOrNull, today);
    }
}
