package dev.apikeep.ui.settings;

import dev.apikeep.app.AppException;
import dev.apikeep.app.KdfSettings;
import dev.apikeep.app.KeyService;
import dev.apikeep.domain.Messages;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.Dialogs;
import dev.apikeep.ui.common.ErrorText;
import dev.apikeep.ui.common.Tasks;
import dev.apikeep.ui.password.PasswordPrompt;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Settings' work on the vault's key: measuring a KDF setting, applying it, changing the master
 * password and rekeying. Each asks what it needs, runs off the FX thread, wipes the password it was
 * given and reports in the model's status line; a wrong password says so in a dialog.
 */
final class VaultKeyWork {
    /** Runs the KDF measurement: its own thread, so a slow setting never holds up saving or locking. */
    private static final Executor MEASURE_THREAD = command -> {
        Thread t = new Thread(command, "apikeep-kdf-measure");
        t.setDaemon(true);
        t.start();
    };

    private final AppContext context;
    private final KeyService service;
    private final SettingsModel model;
    private final Supplier<Window> window;

    VaultKeyWork(AppContext context, KeyService service, SettingsModel model, Supplier<Window> window) {
        this.context = context;
        this.service = service;
        this.model = model;
        this.window = window;
    }

    /** Times one derivation with the chosen setting, and says how long an unlock would take. */
    void measure() {
        KdfSettings kdf = model.kdf();
        model.busyProperty().set(true);
        model.measureTextProperty().set(Messages.format("settings.measuring", describe(kdf)));
        Tasks.run(MEASURE_THREAD, () -> SettingsModel.measure(kdf), took -> {
            model.busyProperty().set(false);
            if (model.kdf().equals(kdf)) model.measureTextProperty().set(SettingsModel.measureText(took));
        }, error -> {
            model.busyProperty().set(false);
            model.measureTextProperty().set(error instanceof OutOfMemoryError
                    ? Messages.format("settings.measureOutOfMemory", kdf.memoryMiB())
                    : Messages.format("settings.measureFailed", ErrorText.of(error).what()));
        });
    }

    /** Re-derives the vault key with the chosen setting, after the current password. */
    void applyKdf() {
        KdfSettings kdf = model.kdf();
        if (kdf.problem() != null) return;
        Optional<char[]> password = PasswordPrompt.ask(window.get(), new PasswordPrompt.Question(
                Messages.get("settings.kdfPrompt.header"), Messages.format("settings.kdfPrompt.text", describe(kdf)),
                Messages.get("password.current"), Messages.get("settings.kdfPrompt.action")));
        password.ifPresent(pw -> runWithPassword(pw, p -> service.changePassword(p, p, kdf), () -> {
            model.kdfApplied(kdf);
            model.statusProperty().set(Messages.format("settings.kdfApplied", describe(kdf)));
        }));
    }

    void changePassword() {
        if (ChangePasswordDialog.show(window.get(), context)) {
            model.statusProperty().set(Messages.get("settings.passwordChanged"));
        }
    }

    /** A new data key for every entry, after a confirmation and the current password. */
    void rekey() {
        if (!Dialogs.confirm(window.get(), Messages.get("settings.rekey.question"), Messages.get("settings.rekey.consequence"),
                Messages.get("settings.rekey.action"))) return;
        Optional<char[]> password = PasswordPrompt.ask(window.get(), new PasswordPrompt.Question(
                Messages.get("settings.rekeyPrompt.header"), Messages.get("settings.rekeyPrompt.text"),
                Messages.get("password.current"), Messages.get("settings.rekey.action")));
        password.ifPresent(pw -> runWithPassword(pw, service::rekey,
                () -> model.statusProperty().set(Messages.get("settings.rekeyed"))));
    }

    /** Runs vault work with a password on the background thread and wipes the password afterwards. */
    private void runWithPassword(char[] password, Consumer<char[]> work, Runnable done) {
        model.busyProperty().set(true);
        Tasks.run(context.background(), () -> {
            try {
                work.accept(password);
            } finally {
                Arrays.fill(password, '\0');
            }
            return null;
        }, ok -> {
            model.busyProperty().set(false);
            done.run();
        }, error -> {
            model.busyProperty().set(false);
            if (error instanceof AppException v && v.kind() == AppException.Kind.WRONG_PASSWORD) {
                Dialogs.error(window.get(), Messages.get("settings.wrongPassword"), Messages.get("settings.wrongPassword.whatToDo"));
            } else {
                Dialogs.error(window.get(), error);
            }
        });
    }

    static String describe(KdfSettings kdf) {
        return Messages.format("settings.kdf", kdf.memoryMiB(), kdf.iterations(), kdf.parallelism());
    }
}
