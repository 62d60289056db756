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

    static void bind(Label clipboardStatus, Label keyCount, Label autoLockStatus, ClipboardGuard clipboard,
                     KeysModel model, AutoLock autoLock) {
        clipboardStatus.textProperty().bind(Bindings.createStringBinding(() -> {
            int s = clipboard.secondsLeftProperty().get();
            return s > 0 ? Messages.format("keys.clipboardClears", s) : "";
        }, clipboard.secondsLeftProperty()));
        clipboardStatus.visibleProperty().bind(clipboard.secondsLeftProperty().greaterThan(0));
        clipboardStatus.managedProperty().bind(clipboardStatus.visibleProperty());
        keyCount.textProperty().bind(Bindings.createStringBinding(() -> model.loadingProperty().get() ? ""
                : Messages.format("keys.shown", model.visible().size()), model.visible(), model.loadingProperty()));
        if (autoLock != null) {
            autoLockStatus.textProperty().bind(Bindings.createStringBinding(
                    () -> Messages.format("keys.autoLockIn", AutoLock.format(autoLock.secondsLeftProperty().get())),
                    autoLock.secondsLeftProperty()));
        }
    }
}
