package dev.apikeep.ui.backups;

import dev.apikeep.app.BackupService;
import dev.apikeep.app.KeyService;
import dev.apikeep.ui.common.AppContext;
import java.util.concurrent.ScheduledFuture;

/**
 * Starts and stops the automatic backup ({@link BackupService#schedule}) for the open vault: checked
 * as soon as it is unlocked and then every hour while it stays open (a backup is made only when the
 * newest one is {@code everyDays} old, so at most once per period).
 */
public final class BackupSchedule {
    static final java.time.Duration CHECK_EVERY = java.time.Duration.ofHours(1);
    private ScheduledFuture<?> task;

    /** FX thread, right after unlock. */
    public void start(AppContext context) {
        stop();
        KeyService service = context.service();
        BackupService backups = BackupsDialog.service(context);
        int everyDays = BackupsDialog.everyDays(context);
        if (everyDays <= 0) return;
        task = backups.schedule(context.background(), service, everyDays, CHECK_EVERY,
                () -> context.serviceProperty().get() == service);
    }

    public void stop() {
        if (task != null) task.cancel(false);
        task = null;
    }
}
