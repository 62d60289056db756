package dev.apikeep.ui.keys;

import dev.apikeep.domain.Messages;
import dev.apikeep.ui.common.AutoLock;
import dev.apikeep.ui.common.ClipboardGuard;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;

/** The main window's status bar: when the clipboard clears, how many keys are shown, when the vault locks. */
final class StatusBar {
    private StatusBar() {
    }

    /** The count follows the model (changed on the vault's thread while the window is laid out unshown), the auto-lock its timer (started once shown). */
    static void bind(Label keyCount, Label autoLockStatus, KeysModel model, AutoLock autoLock) {
        keyCount.textProperty().bind(Bindings.createStringBinding(() -> model.loadingProperty().get() ? ""
                : Messages.format("keys.shown", model.visible().size()), model.visible(), model.loadingProperty()));
        if (autoLock != null) {
            autoLockStatus.textProperty().bind(Bindings.createStringBinding(
                    () -> Messages.format("keys.autoLockIn", AutoLock.format(autoLock.secondsLeftProperty().get())),
                    autoLock.secondsLeftProperty()));
        }
    }

    /** Once the window is shown: the countdown ticks on the FX thread, which must not change the window while another thread lays it out. */
    static void followClipboard(Label clipboardStatus, ClipboardGuard clipboard) {
        clipboardStatus.textProperty().bind(Bindings.createStringBinding(() -> {
            int s = clipboard.secondsLeftProperty().get();
            return s > 0 ? Messages.format("keys.clipboardClears", s) : "";
        }, clipboard.secondsLeftProperty()));
        clipboardStatus.visibleProperty().bind(clipboard.secondsLeftProperty().greaterThan(0));
        clipboardStatus.managedProperty().bind(clipboardStatus.visibleProperty());
    }
}
