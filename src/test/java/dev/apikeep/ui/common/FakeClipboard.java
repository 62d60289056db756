package dev.apikeep.ui.common;

import java.util.List;
import java.util.Map;
import javafx.scene.input.DataFormat;

/**
 * A clipboard of the test's own for {@link ClipboardGuard}: it keeps the plain text and the formats
 * last put on it, and counts how often it was cleared. Fields are volatile: the guard writes from
 * the FX thread while a test reads from its own.
 */
public final class FakeClipboard implements ClipboardPort {
    public volatile String text;
    public volatile List<String> formats = List.of();
    public volatile int clears;

    @Override
    public void setContent(Map<DataFormat, Object> content) {
        text = (String) content.get(DataFormat.PLAIN_TEXT);
        formats = content.keySet().stream().flatMap(f -> f.getIdentifiers().stream()).toList();
    }

    @Override
    public String getString() {
        return text;
    }

    @Override
    public void clear() {
        text = null;
        clears++;
    }

    /** What another program (or the user's Ctrl+C elsewhere) does. */
    public void userCopies(String value) {
        text = value;
    }
}
