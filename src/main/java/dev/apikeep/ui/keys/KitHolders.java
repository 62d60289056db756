package dev.apikeep.ui.keys;

import dev.apikeep.app.kit.BotKits;
import dev.apikeep.app.kit.IssuedKit;
import dev.apikeep.app.kit.KitState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which bot kits hold each key, as the detail pane and the rotate and "secret exposed?" checklists
 * name them. The same question as {@code BotKits.holding}, answered for every key at once from one
 * read of the kit record.
 */
final class KitHolders {
    private KitHolders() {
    }

    /** Key id to the kits that hold it, in the record's order. */
    static Map<UUID, List<BotKits.Overview>> byKey(List<BotKits.Overview> kits) {
        Map<UUID, List<BotKits.Overview>> byKey = new HashMap<>();
        for (BotKits.Overview kit : kits) {
            for (IssuedKit.HeldKey held : kit.kit().keys()) byKey.computeIfAbsent(held.id(), id -> new ArrayList<>()).add(kit);
        }
        return byKey;
    }

    /** "freqtrade-vps (needs re-issue), tax-box": the state is named unless the kit is current. */
    static String describe(List<BotKits.Overview> kits) {
        return String.join(", ", kits.stream().map(k -> k.kit().name()
                + (k.state().status() == KitState.Status.CURRENT ? "" : " (" + k.state().status().shown() + ")")).toList());
    }

    /** As above for key {@code id} in the detail pane; "…" while the kits are still being read (see {@link KeysModel#kitsKnown}). */
    static String describe(KeysModel model, UUID id) {
        return model.kitsKnown() ? describe(model.kitsHolding(id)) : "…";
    }

    static List<String> names(List<BotKits.Overview> kits) {
        return kits.stream().map(k -> k.kit().name()).toList();
    }
}
