package dev.apikeep.ui.keys;

import dev.apikeep.domain.ApiKeyEntry;
import java.time.Clock;
import java.time.Instant;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;

/**
 * The main window's two lists and the detail pane, bound to {@link KeysModel}: the sidebar's
 * filters (kept selected when the model changes the filter itself), the key rows with their cells
 * and the empty-state placeholder, and the selection kept in step between the list, the model and
 * the detail pane.
 */
final class KeyListWiring {
    private final KeysModel model;

    KeyListWiring(KeysModel model) {
        this.model = model;
    }

    void bindSidebar(ListView<KeyFilter.Item> sidebar) {
        sidebar.setItems(model.filters());
        sidebar.setPlaceholder(new Region()); // while the counts are on their way: blank, not "No content"
        sidebar.setCellFactory(list -> new FilterCell());
        sidebar.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null) model.filterProperty().set(item.filter());
        });
        Runnable reselect = () -> reselectFilter(sidebar);
        model.filters().addListener((ListChangeListener<KeyFilter.Item>) c -> reselect.run());
        model.filterProperty().addListener((o, a, b) -> reselect.run()); // set from elsewhere (the reminder notice)
        reselect.run();
    }

    private void reselectFilter(ListView<KeyFilter.Item> sidebar) {
        KeyFilter current = model.filterProperty().get();
        for (KeyFilter.Item item : model.filters()) {
            if (item.filter().equals(current)) {
                if (sidebar.getSelectionModel().getSelectedItem() != item) sidebar.getSelectionModel().select(item);
                return;
            }
        }
    }

    /** The key rows; the selected key shows in {@code detail}; {@code add} is the empty vault's button. */
    void bindList(ListView<ApiKeyEntry> keyList, KeyDetailPane detail, Clock clock, Runnable add) {
        keyList.setItems(model.visible());
        keyList.setCellFactory(list -> new KeyCell(model, () -> Instant.now(clock)));
        Runnable placeholder = () -> keyList.setPlaceholder(EmptyState.of(model, add));
        placeholder.run();
        keyList.getSelectionModel().selectedItemProperty().addListener((o, a, entry) -> {
            // replacing the selected entry briefly empties the list's selection; the model selects
            // the new copy itself, and passing the gap on would clear the detail pane (and a reveal)
            if (entry == null && model.isSwapping()) return;
            model.selectedProperty().set(entry);
        });
        model.selectedProperty().addListener((o, a, entry) -> {
            if (entry == null) {
                detail.clear();
                keyList.getSelectionModel().clearSelection();
            } else {
                if (keyList.getSelectionModel().getSelectedItem() != entry) keyList.getSelectionModel().select(entry);
                showDetail(detail, entry);
            }
        });
        // the list view may drop its selection while the rows change under it (a use replaces the
        // selected entry, a refilter); the model keeps the key, so the row is selected again
        model.visible().addListener((ListChangeListener<ApiKeyEntry>) c -> {
            ApiKeyEntry kept = model.selectedProperty().get();
            if (kept != null && keyList.getSelectionModel().getSelectedItem() != kept && model.visible().contains(kept)) {
                keyList.getSelectionModel().select(kept);
            }
        });
        model.entries().addListener((ListChangeListener<ApiKeyEntry>) c -> placeholder.run());
        model.searchProperty().addListener((o, a, b) -> placeholder.run());
        model.loadingProperty().addListener((o, a, b) -> placeholder.run());
    }

    /** Rows and the shown key drawn again (the detail pane keeps a reveal of the same key). */
    void redraw(ListView<ApiKeyEntry> keyList, KeyDetailPane detail) {
        keyList.refresh();
        redrawDetail(detail);
    }

    /** Only the shown key drawn again: what changed (the kits) is not in the rows. */
    void redrawDetail(KeyDetailPane detail) {
        ApiKeyEntry shown = model.selectedProperty().get();
        if (shown != null) showDetail(detail, shown);
    }

    private void showDetail(KeyDetailPane detail, ApiKeyEntry entry) {
        detail.show(entry, model.exchangeOf(entry), model.today(), model.leadDaysProperty().get());
    }
}
