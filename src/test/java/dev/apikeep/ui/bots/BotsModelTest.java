package dev.apikeep.ui.bots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.kit.BotKits;
import dev.apikeep.app.kit.IssuedKit;
import dev.apikeep.app.kit.KitState;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.SecretBytes;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Bots view's rows and words, and the new-kit form's checks, without a stage. */
class BotsModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    @TempDir Path dir;

    private static IssuedKit kit(String name, LocalDate expires, String... labels) {
        return new IssuedKit(name, UUID.randomUUID(), TODAY.minusDays(10), expires,
                java.util.Arrays.stream(labels).map(l -> new IssuedKit.HeldKey(UUID.randomUUID(), 3, l)).toList(), "/srv/" + name + ".akkit");
    }

    @Test
    void rowsShowKeysExpiryAndStateAndSayWhatToDo() {
        BotsModel model = new BotsModel(() -> TODAY);
        IssuedKit vps = kit("vps", TODAY.plusDays(5), "Grid bot", "Hedge bot");
        IssuedKit old = kit("old", TODAY.minusDays(1), "Tax export");
        model.setKits(List.of(new BotKits.Overview(vps, new KitState(KitState.Status.NEEDS_REISSUE, List.of("Grid bot"))),
                new BotKits.Overview(old, new KitState(KitState.Status.EXPIRED, List.of()))));
        BotsModel.Row first = model.rows().get(0);
        assertThat(first.keys()).isEqualTo("Grid bot, Hedge bot");
        assertThat(first.expires()).isEqualTo("2026-03-06 (in 5 days)");
        assertThat(first.stateText()).isEqualTo("needs re-issue");
        assertThat(first.advice()).startsWith("Changed since issued: Grid bot.");
        assertThat(model.rows().get(1).expires()).isEqualTo("2026-02-28 (1 day ago)");
        assertThat(model.rows().get(1).advice()).contains("can no longer open it");

        model.selectedProperty().set(model.rows().get(1));
        model.setKits(List.of(new BotKits.Overview(old, new KitState(KitState.Status.EXPIRED, List.of()))));
        assertThat(model.selectedProperty().get().name()).as("the selection survives a reload").isEqualTo("old");
    }

    @Test
    void forgetWarnsThatACopyKeepsWorkingAndTheChecklistRotatesEveryHeldKey() {
        IssuedKit vps = kit("vps", TODAY.plusDays(30), "Grid bot", "Hedge bot");
        assertThat(BotsModel.forgetWarning(vps)).contains("keeps working", "until it expires on 2026-03-31", "or until its keys are rotated");
        assertThat(BotsModel.rotateChecklist(vps)).containsExactly(
                "Rotate \"Grid bot\", then delete the old key on the exchange",
                "Rotate \"Hedge bot\", then delete the old key on the exchange");
    }

    @Test
    void theNewKitFormAsksForANameAKeyALaterDayAndAFreeFile() throws Exception {
        ApiKeyEntry grid = ApiKeyEntry.builder().exchangeId("bybit").label("Grid bot")
                .apiKey(SecretBytes.of("AK")).secret(SecretBytes.of("SK")).build();
        ApiKeyEntry revoked = ApiKeyEntry.builder().exchangeId("bybit").label("Old bot").status(dev.apikeep.domain.KeyStatus.REVOKED).revokedAt(TODAY)
                .apiKey(SecretBytes.of("AK2")).secret(SecretBytes.of("SK2")).build();
        KitFormModel form = new KitFormModel(List.of(grid, revoked), e -> "Bybit", null, java.util.Set.of("vps"), TODAY, dir);
        assertThat(form.keys()).extracting(KitFormModel.KeyChoice::label).as("revoked keys are not offered").containsExactly("Grid bot");
        assertThat(form.expiresProperty().get()).isEqualTo(TODAY.plusDays(90));
        assertThat(form.problemProperty().get()).startsWith("Name the kit");
        form.nameProperty().set("vps");
        assertThat(form.problemProperty().get()).as("a taken name, in the window's words, not a command")
                .isEqualTo("A kit named \"vps\" exists: re-issue it from the list, or forget it first.");
        form.nameProperty().set("freqtrade vps");
        assertThat(form.fileProperty().get()).as("the file follows the name").isEqualTo(dir.resolve("freqtrade-vps.akkit").toString());
        assertThat(form.problemProperty().get()).startsWith("Tick the keys");
        form.keys().get(0).chosenProperty().set(true);
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.chosenRefs()).containsExactly(grid.id().toString());
        form.expiresProperty().set(TODAY);
        assertThat(form.problemProperty().get()).isEqualTo("Choose a last day after today.");
        form.expiresProperty().set(TODAY.plusDays(3651));
        assertThat(form.problemProperty().get()).startsWith("A kit lasts at most 10 years");
        form.expiresProperty().set(TODAY.plusDays(30));
        java.nio.file.Files.writeString(dir.resolve("taken.akkit"), "x");
        form.fileProperty().set(dir.resolve("taken.akkit").toString());
        assertThat(form.problemProperty().get()).startsWith("Something is already at");
    }

    @Test
    void aReissueKeepsNameKeysLengthAndFile() {
        IssuedKit vps = new IssuedKit("vps", UUID.randomUUID(), TODAY.minusDays(20), TODAY.plusDays(10),
                List.of(new IssuedKit.HeldKey(UUID.randomUUID(), 3, "Grid bot")), "/srv/vps.akkit");
        KitFormModel form = new KitFormModel(List.of(), e -> "", vps, java.util.Set.of("vps"), TODAY, dir);
        assertThat(form.isReissue()).isTrue();
        assertThat(form.nameProperty().get()).isEqualTo("vps");
        assertThat(form.keys()).singleElement().satisfies(k -> assertThat(k.chosenProperty().get()).isTrue());
        assertThat(form.expiresProperty().get()).as("as long as before, from today").isEqualTo(TODAY.plusDays(30));
        assertThat(form.fileProperty().get()).isEqualTo("/srv/vps.akkit");
        assertThat(form.validProperty().get()).as("re-issue writes over its own file").isTrue();
    }
}
