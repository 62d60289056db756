package dev.apikeep.reliability;

import dev.apikeep.ui.TestApp;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.apikeep.app.KeyService;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.editor.EditorDialog;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Memory, desktop side: the master password typed into the unlock screen, the vault unlocked and
 * locked again, or a secret typed into the key editor and the editor closed, then a heap dump of
 * live objects: neither may be in it. (JavaFX text fields keep typed characters after
 * {@code clear()}; {@code SecretFields} overwrites them.) The test holds what it types only masked,
 * so its own copies cannot be what the search finds.
 */
@ExtendWith(ApplicationExtension.class)
class GuiHeapDumpTest {
    private static final byte MASK = 0x5A;
    private final byte[] maskedPassword = newMaskedText();
    private AppContext context;
    private Dialog<?> editor;

    @Start
    void start(Stage stage) throws Exception {
        Path vault = Files.createTempDirectory("apikeep-gui-heap").resolve("vault.apikeep");
        char[] password = unmask(maskedPassword);
        KeyService.create(vault, password, Rel.FAST, Rel.CATALOG, Rel.CLOCK).close();
        Arrays.fill(password, '\0');
        context = TestApp.forVault(vault).startOn(stage);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theTypedMasterPasswordIsGoneAfterUnlockAndLock(FxRobot robot) throws Exception {
        typeMasked(robot, "#password", maskedPassword);
        robot.clickOn("#unlockButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.serviceProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> context.navigator().lock());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(copiesInLiveHeap(maskedPassword)).as("copies of the master password in the live heap").isEmpty();
    }

    @Test
    void aSecretTypedIntoTheEditorIsGoneOnceTheEditorCloses(FxRobot robot) throws Exception {
        byte[] maskedSecret = newMaskedText();
        robot.interact(() -> {
            editor = EditorDialog.create(null, Rel.CATALOG, null, LocalDate.now());
            editor.show();
        });
        typeMasked(robot, "#secretArea", maskedSecret);
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.isShowing()).isFalse();

        // The closed dialog is still referenced here (in the app nothing keeps it). Without the wipe
        // three copies stay: the area's own buffer and two laid-out copies for drawing. With it, one:
        // the hidden window's last frame, which only a pulse would replace and none comes.
        Map<String, Integer> copies = copiesInLiveHeap(maskedSecret);
        assertThat(copies.keySet()).as("the editor's own buffer (Latin-1) is overwritten").noneMatch(k -> k.endsWith("(UTF-8)"));
        assertThat(copies.values().stream().mapToInt(Integer::intValue).sum()).as("copies left: %s", copies).isLessThanOrEqualTo(1);
    }

    private Map<String, Integer> copiesInLiveHeap(byte[] masked) throws Exception {
        Path dump = Files.createTempDirectory("apikeep-gui-heap").resolve("live.hprof");
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(dump.toString(), true);
        byte[] heap = Rel.read(dump);
        Files.delete(dump);
        assertThat(heap.length).isGreaterThan(1_000_000);
        return Rel.occurrences(heap, Set.of(new String(unmask(masked))));
    }

    /** Its own frame, so no local of the test method holds the plain text when the heap is dumped. */
    private static void typeMasked(FxRobot robot, String field, byte[] masked) {
        robot.clickOn(field).write(new String(unmask(masked)));
    }

    private static byte[] newMaskedText() {
        SecureRandom random = new SecureRandom();
        byte[] masked = new byte[20];
        for (int i = 0; i < masked.length; i++) masked[i] = (byte) (('a' + random.nextInt(26)) ^ MASK);
        return masked;
    }

    private static char[] unmask(byte[] masked) {
        byte[] plain = masked.clone();
        for (int i = 0; i < plain.length; i++) plain[i] ^= MASK;
        char[] chars = new String(plain, StandardCharsets.US_ASCII).toCharArray();
        Arrays.fill(plain, (byte) 0);
        return chars;
    }
}
