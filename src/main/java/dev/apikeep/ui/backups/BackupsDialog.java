package dev.apikeep.ui.backups;

import dev.apikeep.app.BackupService;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.ViewLoader;
import dev.apikeep.ui.transfer.TransferDialogs;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the backups list; also the one place that says how often to back up and how many to keep. */
public final class BackupsDialog {
    private BackupsDialog() {
    }

    public static BackupsController show(Window owner, AppContext context) {
        ViewLoader.View<BackupsController> view = new ViewLoader(context).load(BackupsController.class, "BackupsView.fxml");
        Stage stage = TransferDialogs.stage(owner, view.root(), "Backups");
        stage.show();
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
