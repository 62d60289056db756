package dev.apikeep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A server without a display or GTK gets one clear line instead of JavaFX's stack traces (issue 15 §7). */
class DesktopPreflightTest {
    private static final Path DEBIAN_LIBS = Path.of("/usr/lib/x86_64-linux-gnu");
    private static final Set<Path> DESKTOP = Set.of(DEBIAN_LIBS, DEBIAN_LIBS.resolve("libgtk-3.so.0"));

    @Test
    void aLinuxSessionWithoutADisplayIsToldToUseTheCommandLine() {
        assertThat(DesktopPreflight.problem("Linux", "amd64", Map.of(), DESKTOP::contains))
                .hasValueSatisfying(m -> assertThat(m).contains("no display").contains("apikeep --help"));
    }

    @Test
    void aDebianMachineWithoutGtkIsToldWhichPackageToInstall() {
        assertThat(DesktopPreflight.problem("Linux", "amd64", Map.of("DISPLAY", ":0"), Set.of(DEBIAN_LIBS)::contains))
                .hasValueSatisfying(m -> assertThat(m).contains("apt install libgtk-3-0"));
    }

    @Test
    void aDesktopOpensAndSoDoOtherSystemsWhereGtkMayLiveElsewhere() {
        assertThat(DesktopPreflight.problem("Linux", "amd64", Map.of("DISPLAY", ":0"), DESKTOP::contains)).isEmpty();
        assertThat(DesktopPreflight.problem("Linux", "amd64", Map.of("WAYLAND_DISPLAY", "wayland-0"), DESKTOP::contains)).isEmpty();
        assertThat(DesktopPreflight.problem("Linux", "amd64", Map.of("DISPLAY", ":0"), p -> false)).isEmpty();
        assertThat(DesktopPreflight.problem("Mac OS X", "aarch64", Map.of(), p -> false)).isEmpty();
        assertThat(DesktopPreflight.problem("Windows 11", "amd64", Map.of(), p -> false)).isEmpty();
    }
}
