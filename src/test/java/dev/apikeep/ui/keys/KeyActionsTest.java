package dev.apikeep.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.KdfSettings;
import dev.apikeep.app.KeyService;
import dev.apikeep.app.Session;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.KeyStatus;
import dev.apikeep.domain.SecretBytes;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's actions on a real vault, with no stage: direct executors and a recording screen. */
class KeyActionsTest {
    static final Executor NOW = Runnable::run;

    @TempDir
    Path dir;
    Session session;
    KeyService keys;
    ApiKeyEntry stored;
    final FakeScreen screen = new FakeScreen();
    KeyActions actions;

    @BeforeEach
    void openVaultWithOneKey() {
        session = Session.create(dir.resolve("vault.apikeep"), "pw one two three".toCharArray(),
                KdfSettings.ofMebibytes(19, 2, 1), Session.Claim.SHARED, ExchangeCatalog.loadDefault(), Clock.systemUTC());
        keys = session.keys();
        stored = keys.add(ApiKeyEntry.builder().exchangeId("bybit").label("Grid bot")
                .apiKey(SecretBytes.of("AKZQ1234567890")).secret(SecretBytes.of("s3cr3t-value"))
                .permissions(List.of("read")).build());
        actions = new KeyActions(() -> keys, NOW, NOW, screen);
    }

    @AfterEach
    void lock() {
        session.lock();
    }

    @Test
    void copyPutsTheValueOnTheClipboardAndRecordsTheUse() {
        actions.copy(stored, "secret");
        assertThat(screen.clipboard).containsExactly("s3cr3t-value");
        assertThat(keys.find(stored.id()).orElseThrow().lastUsedAt()).isNotNull();
        assertThat(lastEvent().type()).isEqualTo(EventType.COPY);
        assertThat(lastEvent().detail()).isEqualTo("secret");
    }

    @Test
    void copyIsRefusedWhenTheScreenSaysNo() {
        screen.mayCopy = false;
        actions.copy(stored, "key");
        assertThat(screen.clipboard).isEmpty();
        assertThat(lastEvent().type()).isEqualTo(EventType.ADD);
    }

    @Test
    void revokeAsksThenRevokesAndItsUndoMakesTheKeyActiveAgain() {
        actions.revoke(stored);
        assertThat(screen.asked).hasSize(1);
        assertThat(keys.find(stored.id()).orElseThrow().status()).isEqualTo(KeyStatus.REVOKED);
        assertThat(screen.changed).containsExactly(stored.id());
        screen.undo.run();
        assertThat(keys.find(stored.id()).orElseThrow().status()).isEqualTo(KeyStatus.ACTIVE);
    }

    @Test
    void answeringNoChangesNothing() {
        screen.answer = false;
        actions.revoke(stored);
        actions.delete(stored);
        assertThat(keys.list(true)).extracting(ApiKeyEntry::status).containsExactly(KeyStatus.ACTIVE);
        assertThat(screen.changed).isEmpty();
    }

    @Test
    void deleteRemovesTheKeyAndItsUndoBringsItBackWithItsSecret() {
        actions.delete(stored);
        assertThat(keys.find(stored.id())).isEmpty();
        screen.undo.run();
        assertThat(keys.find(stored.id()).orElseThrow().secret().reveal()).isEqualTo("s3cr3t-value");
    }

    @Test
    void aFailedWriteIsReportedAndNothingIsOfferedToUndo() {
        keys.delete(stored); // gone behind the window's back: the stale copy cannot be revoked
        actions.revoke(stored);
        assertThat(screen.failures).hasSize(1);
        assertThat(screen.undo).isNull();
    }

    private ActivityEvent lastEvent() {
        List<ActivityEvent> events = keys.events(0);
        return events.stream().max(java.util.Comparator.comparingLong(ActivityEvent::seq)).orElseThrow();
    }

    static final class FakeScreen implements KeyActions.Screen {
        boolean answer = true;
        boolean mayCopy = true;
        final List<String> asked = new ArrayList<>();
        final List<UUID> changed = new ArrayList<>();
        final List<Throwable> failures = new ArrayList<>();
        final List<String> clipboard = new ArrayList<>();
        Runnable undo;

        @Override public boolean confirm(String title, String text, String action) {
            asked.add(title);
            return answer;
        }
        @Override public void changed(UUID select) { changed.add(select); }
        @Override public void failed(Throwable error) { failures.add(error); }
        @Override public void offerUndo(String message, Runnable undoIt, Runnable expired) { undo = undoIt; }
        @Override public boolean mayCopy(ApiKeyEntry entry) { return mayCopy; }
        @Override public void copyToClipboard(String value) { clipboard.add(value); }
    }
}
