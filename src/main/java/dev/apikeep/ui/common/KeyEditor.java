package dev.apikeep.ui.common;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import java.time.LocalDate;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The seam to the key editor dialog, which lives on another branch
 * ({@code dev.apikeep.ui.editor.EditorDialog.show}, the same signature). This branch compiles without
 * it; at merge time the app's default wires {@code EditorDialog::show} in (see
 * {@code ApiKeepApp.defaultKeyEditor}), and tests inject a fake that returns a prepared entry.
 */
@FunctionalInterface
public interface KeyEditor {
    /**
     * Shows the editor; returns the new or edited entry (not yet saved) or empty when cancelled.
     *
     * @param existingOrNull the entry to edit, or null for a new key
     */
    Optional<ApiKeyEntry> show(Window owner, ExchangeCatalog catalog, ApiKeyEntry existingOrNull, LocalDate today);
}
