package dev.apikeep.ui.backups;

import dev.apikeep.domain.Messages;
import dev.apikeep.app.BackupService;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.DialogHost;
import dev.apikeep.ui.common.FxmlView;
import dev.apikeep.ui.common.Views;
import javafx.stage.Window;

/** Opens the backups list; also the one place that says how often to back up and how many to keep. */
public final class BackupsDialog {
    private BackupsDialog() {
    }

    public static BackupsController show(Window owner, AppContext context) {
        Views.Loaded<BackupsController> view = Views.load(FxmlView.BACKUPS, context);
        // transfer.css: the backups list shares the import and export dialogs' look
        DialogHost.stage(owner, view.root(), Messages.get("backups.title"), "/dev/apikeep/ui/transfer/transfer.css").show();
        return view.controller();
    }

    /** Backup every N days (0 = off), from the vault's encrypted settings. */
    public static int everyDays(AppContext context) {
        return context.settings().backupEveryDays();
    }

    /** How many backups to keep, from the vault's encrypted settings. */
    public static int keep(AppContext context) {
        return context.settings().backupsToKeep();
    }

    public static BackupService service(AppContext context) {
        return new BackupService(context.vaultPath(), context.clock(), keep(context));
    }
}
