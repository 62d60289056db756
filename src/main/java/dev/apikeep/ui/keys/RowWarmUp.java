package dev.apikeep.ui.keys;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.IpRule;
import dev.apikeep.domain.KeyStatus;
import dev.apikeep.domain.Messages;
import dev.apikeep.domain.Permission;
import dev.apikeep.domain.SecretBytes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.control.ListView;

/**
 * The first styling of the main window's rows, paid on the helper thread that builds the window
 * while the vault opens ({@code AppShell.prepareKeys}), long before the vault's entries arrive: a
 * screenful of made-up keys (every exchange, each kind of badge) and sidebar rows is put in the two
 * lists, styled and laid out, then the lists get their own items back. In a fresh JVM the first
 * rows cost 200-300 ms of CPU (cells and skins made, the stylesheets matched for each kind of
 * node, the fonts' sizes measured); afterwards the real rows reuse those cells and what the scene
 * cached, so laying them out after the vault's read is the smaller part. Only for a window not on
 * screen: nodes not in a showing window may change on any thread.
 */
final class RowWarmUp {
    /** More than the rows a maximised window shows, so every cell the list will use is made. */
    static final int SAMPLE_ROWS = 24;

    private RowWarmUp() {
    }

    /** Only a head start: should a made-up key not build (a catalog the samples do not fit), the window is kept without it. */
    static void run(ListView<ApiKeyEntry> keyList, ListView<KeyFilter.Item> sidebar, ExchangeCatalog catalog, LocalDate today) {
        Parent root = keyList.getScene().getRoot();
        ObservableList<ApiKeyEntry> rows = keyList.getItems();
        ObservableList<KeyFilter.Item> filters = sidebar.getItems();
        List<ApiKeyEntry> samples;
        try {
            samples = samples(catalog, today);
        } catch (RuntimeException e) {
            System.getLogger(RowWarmUp.class.getName()).log(System.Logger.Level.DEBUG, "no made-up rows to style", e);
            return;
        }
        try {
            keyList.setItems(FXCollections.observableArrayList(samples));
            sidebar.setItems(FXCollections.observableArrayList(sidebarSamples(catalog)));
            root.applyCss();
            root.layout();
        } finally {
            keyList.setItems(rows);
            sidebar.setItems(filters);
            root.applyCss(); // the window as it was: its loading state, the cells kept for the real rows
            root.layout();
            samples.forEach(ApiKeyEntry::wipeSecrets);
        }
    }

    private static List<ApiKeyEntry> samples(ExchangeCatalog catalog, LocalDate today) {
        List<Exchange> exchanges = catalog.all();
        List<ApiKeyEntry> samples = new ArrayList<>();
        for (int i = 0; i < SAMPLE_ROWS; i++) {
            Exchange exchange = exchanges.get(i % exchanges.size());
            ApiKeyEntry.Builder sample = ApiKeyEntry.builder().exchangeId(exchange.id()).label(exchange.name() + " " + i)
                    .account(i % 2 == 0 ? "sub-" + i : "").apiKey(SecretBytes.of("sample-key-" + i))
                    .secret(SecretBytes.of("sample-secret-" + i))
                    .permissions(exchange.permissions().stream().limit(1 + i % 4).map(Permission::id).toList())
                    .ipWhitelist(i % 2 == 0 ? List.of(IpRule.parse("203.0.113.7")) : List.of())
                    .expiresAt(i % 3 == 0 ? null : today.plusDays(i % 3 == 1 ? 5 : 200))
                    .environment(i % 5 == 3 ? Environment.TESTNET : Environment.MAINNET);
            if (exchange.passphraseRequired()) sample.passphrase(SecretBytes.of("sample-passphrase"));
            if (i % 8 == 7) sample.status(KeyStatus.REVOKED).revokedAt(today);
            samples.add(sample.build());
        }
        return samples;
    }

    private static List<KeyFilter.Item> sidebarSamples(ExchangeCatalog catalog) {
        List<KeyFilter.Item> items = new ArrayList<>();
        items.add(new KeyFilter.Item(KeyFilter.ALL, Messages.get("keys.filter.all"), 10));
        items.add(new KeyFilter.Item(KeyFilter.ATTENTION, Messages.get("keys.filter.attention"), 1));
        items.add(new KeyFilter.Item(KeyFilter.EXPIRING, Messages.get("keys.filter.expiring"), 0));
        for (Exchange e : catalog.all()) items.add(new KeyFilter.Item(KeyFilter.exchange(e.id()), e.name(), 2));
        items.add(new KeyFilter.Item(KeyFilter.tag("sample"), "#sample", 1));
        items.add(new KeyFilter.Item(KeyFilter.REVOKED, Messages.get("keys.filter.revoked"), 1));
        return items;
    }
}
