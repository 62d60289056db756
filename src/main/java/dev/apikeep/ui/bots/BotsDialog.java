package dev.apikeep.ui.bots;

import dev.apikeep.domain.Messages;
import dev.apikeep.app.kit.BotKits;
import dev.apikeep.app.kit.IssuedKit;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.Dialogs;
import dev.apikeep.ui.common.DialogHost;
import dev.apikeep.ui.common.FxmlView;
import dev.apikeep.ui.common.Styles;
import dev.apikeep.ui.common.Views;
import dev.apikeep.ui.common.Tasks;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The Bots view as a dialog over the main window: the kits this vault issued; New kit, Re-issue
 * and Forget go through {@link BotKits}, the use cases {@code apikeep kit} runs too. After a forget
 * it offers the rotate checklist; a Rotate button there closes this dialog and opens the rotate
 * dialog for that key in the main window.
 */
public final class BotsDialog {
    private BotsDialog() {
    }

    /**
     * The dialog, not shown yet. Its result is the key the user asked to rotate from the checklist
     * after a forget (the caller opens the rotate dialog for it), or empty.
     *
     * @param keys the vault's keys as the main window holds them (for the key chooser; no vault read)
     */
    public static Dialog<UUID> create(Window owner, AppContext context, List<ApiKeyEntry> keys) {
        Dialog<UUID> dialog = DialogHost.host(new Dialog<>(), owner, Messages.get("bots.title"));
        dialog.getDialogPane().getStyleClass().add(Styles.BOTS_DIALOG);
        dialog.getDialogPane().setPrefSize(880, 580);
        dialog.getDialogPane().setMinSize(880, 580);
        BotsModel model = new BotsModel(context::today);
        BotKits kits = new BotKits(context.service());
        Runnable reload = () -> Tasks.run(context.background(), kits::overview, model::setKits,
                error -> Dialogs.error(window(dialog), error));
        BotsController[] view = new BotsController[1];
        UUID[] toRotate = new UUID[1];
        BotsController.Actions actions = new BotsController.Actions() {
            @Override public void newKit() {
                issue(dialog, context, new KitFormModel(keys, e -> describe(context.catalog(), e), null, model.names(), context.today(), home()), reload);
            }
            @Override public void reissue(IssuedKit kit) {
                issue(dialog, context, new KitFormModel(List.of(), e -> "", kit, Set.of(), context.today(), home()), reload);
            }
            @Override public void forget(IssuedKit kit) {
                if (!Dialogs.confirm(window(dialog), Messages.format("bots.forget.question", kit.name()),
                        BotsModel.forgetWarning(kit), Messages.get("bots.forget.action"))) return;
                Tasks.run(context.background(), () -> kits.forget(kit.name()), forgotten -> {
                    view[0].showForgotten(forgotten, id -> {
                        toRotate[0] = id;
                        dialog.setResult(id);
                        dialog.close();
                    });
                    reload.run();
                }, error -> Dialogs.error(window(dialog), error));
            }
        };
        view[0] = new BotsController(model, actions, context.service().isReadOnly());
        dialog.getDialogPane().setContent(Views.loadWith(FxmlView.BOTS, view[0]).root());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setId("botsClose");
        dialog.setResultConverter(b -> toRotate[0]);
        reload.run();
        return dialog;
    }

    private static void issue(Dialog<?> owner, AppContext context, KitFormModel form, Runnable reload) {
        KitIssueDialog.create(window(owner), context, form).showAndWait();
        reload.run();
    }

    /** "Bybit · sub-1 · testnet": what tells two keys with one label apart. */
    static String describe(ExchangeCatalog catalog, ApiKeyEntry e) {
        StringBuilder text = new StringBuilder(catalog.forEntry(e).name());
        if (!e.account().isBlank()) text.append(" · ").append(e.account());
        if (e.environment() != Environment.MAINNET) text.append(" · ").append(e.environment().id());
        return text.toString();
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    private static Window window(Dialog<?> dialog) {
        return dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
    }
}
