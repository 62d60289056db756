package dev.apikeep.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.kit.BotKits;
import dev.apikeep.app.kit.IssuedKit;
import dev.apikeep.app.kit.KitState;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the key detail pane says about the bot kits holding a key. */
class KitHoldersTest {
    @Test
    void eachKeyListsTheKitsHoldingItWithTheStateUnlessCurrent() {
        UUID grid = UUID.randomUUID();
        UUID hedge = UUID.randomUUID();
        BotKits.Overview vps = overview("vps", KitState.Status.NEEDS_REISSUE, grid, hedge);
        BotKits.Overview box = overview("tax-box", KitState.Status.CURRENT, grid);
        var byKey = KitHolders.byKey(List.of(vps, box));
        assertThat(KitHolders.describe(byKey.get(grid))).isEqualTo("vps (needs re-issue), tax-box");
        assertThat(KitHolders.names(byKey.get(hedge))).containsExactly("vps");
        assertThat(byKey).doesNotContainKey(UUID.randomUUID());
        assertThat(KitHolders.describe(List.of())).isEmpty();
    }

    private static BotKits.Overview overview(String name, KitState.Status status, UUID... keys) {
        IssuedKit kit = new IssuedKit(name, UUID.randomUUID(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1),
                java.util.Arrays.stream(keys).map(k -> new IssuedKit.HeldKey(k, 1, "k")).toList(), "/srv/" + name);
        return new BotKits.Overview(kit, new KitState(status, List.of()));
    }
}
