package dev.apikeep.ui.common;

import java.util.Map;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/** The few clipboard operations {@link ClipboardGuard} needs; the system clipboard by default. */
public interface ClipboardPort {
    void setContent(Map<DataFormat, Object> content);

    /** The plain text on the clipboard, or null. */
    String getString();

    void clear();

    static ClipboardPort system() {
        return new ClipboardPort() {
            @Override
            public void setContent(Map<DataFormat, Object> content) {
                Clipboard.getSystemClipboard().setContent(content);
            }

            @Override
            public String getString() {
                Clipboard clipboard = Clipboard.getSystemClipboard();
                return clipboard.hasString() ? clipboard.getString() : null;
            }

            @Override
            public void clear() {
                Clipboard.getSystemClipboard().clear();
            }
        };
    }
}
