package dev.apikeep.ui.keys;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;

/**
 * "Deleted 'Grid bot' · Undo" in the status bar for a few seconds after a revoke or a delete.
 * Whatever the offer holds on to (a copy of a deleted key's secrets) is released by {@code expire}
 * when the offer ends unused: by timeout, by a newer offer, or by lock. An undo that is taken
 * releases it itself once it is done.
 */
final class UndoOffer {
    static final Duration SHOWN_FOR = Duration.ofSeconds(15);

    private final Label message;
    private final Hyperlink link;
    private final PauseTransition timer = new PauseTransition(javafx.util.Duration.millis(SHOWN_FOR.toMillis()));
    private Runnable onExpire = () -> { };

    UndoOffer(Label message, Hyperlink link) {
        this.message = message;
        this.link = link;
        timer.setOnFinished(e -> dismiss());
        hide();
    }

    void offer(String text, Runnable undo, Runnable expire) {
        dismiss();
        onExpire = expire;
        message.setText(text);
        link.setOnAction(e -> {
            // the undo now owns what the offer held, and releases it when it is done
            onExpire = () -> { };
            timer.stop();
            hide();
            undo.run();
        });
        show(true);
        timer.playFromStart();
    }

    void dismiss() {
        timer.stop();
        hide();
        Runnable release = onExpire;
        onExpire = () -> { };
        release.run();
    }

    private void hide() {
        show(false);
    }

    /** Hidden parts take no room either, so the status bar has no gap or stray "Undo" before the first offer. */
    private void show(boolean on) {
        message.setVisible(on);
        message.setManaged(on);
        link.setVisible(on);
        link.setManaged(on);
    }
}
