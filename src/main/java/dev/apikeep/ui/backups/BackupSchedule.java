package dev.apikeep.ui.backups;

import dev.apikeep.app.BackupService;
import dev.apikeep.app.KeyService;
import dev.apikeep.ui.common.AppContext;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The automatic backup: checked as soon as the vault is unlocked and then every hour while it stays
 * open (a backup is made only when the newest one is {@code everyDays} old, so at most once per
 * period). Runs on the vault's background thread, like all vault work.
 */
public final class BackupSchedule {
    static final long CHECK_EVERY_MINUTES = 60;
    private ScheduledFuture<?> task;

    /** FX thread, right after unlock. */
    public void start(AppContext context) {
        stop();
        KeyService service = context.service();
        BackupService backups = BackupsDialog.service(context);
        int everyDays = BackupsDialog.everyDays(context);
        if (everyDays <= 0) return;
        task = context.background().scheduleWithFixedDelay(() -> {
            if (context.serviceProperty().get() != service) return; // locked meanwhile
            try {
                backups.backupIfDue(service, context.clock().instant(), everyDays);
            } catch (RuntimeException e) {
                // never take the vault down for a backup; the Backups list shows what exists
                System.err.println("apikeep: the scheduled backup failed: " + e.getMessage());
            }
        }, 0, CHECK_EVERY_MINUTES, TimeUnit.MINUTES);
    }

    public void stop() {
        if (task != null) task.cancel(false);
        task = null;
    }
}
