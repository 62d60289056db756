package dev.apikeep.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SystemThemeProbeTest {
    final List<String> asked = new ArrayList<>();

    SystemThemeProbe.CommandRunner answers(Map<String, String> byProgramAndLastArg) {
        return (timeout, command) -> {
            String key = command[0] + " " + command[command.length - 1];
            asked.add(key);
            return Optional.ofNullable(byProgramAndLastArg.get(key));
        };
    }

    @Test
    void linuxUsesGtkThemeFirstThenGnomeColorScheme() {
        assertThat(new SystemThemeProbe("Linux", n -> "Adwaita:dark", answers(Map.of())).prefersDark()).isTrue();
        assertThat(asked).isEmpty();
        assertThat(new SystemThemeProbe("Linux", n -> "Adwaita", answers(Map.of())).prefersDark()).isFalse();
        assertThat(new SystemThemeProbe("Linux", n -> null,
                answers(Map.of("gsettings color-scheme", "'prefer-dark'\n"))).prefersDark()).isTrue();
        assertThat(new SystemThemeProbe("Linux", n -> null,
                answers(Map.of("gsettings color-scheme", "'default'\n", "gsettings gtk-theme", "'Yaru-dark'\n"))).prefersDark()).isTrue();
        assertThat(new SystemThemeProbe("Linux", n -> null,
                answers(Map.of("gsettings color-scheme", "'prefer-light'\n", "gsettings gtk-theme", "'Yaru-dark'\n"))).prefersDark()).isFalse();
        assertThat(new SystemThemeProbe("Linux", n -> null, answers(Map.of())).prefersDark()).as("no gsettings: light").isFalse();
    }

    @Test
    void macAndWindows() {
        assertThat(new SystemThemeProbe("Mac OS X", n -> null, answers(Map.of("defaults AppleInterfaceStyle", "Dark\n"))).prefersDark()).isTrue();
        assertThat(new SystemThemeProbe("Mac OS X", n -> null, answers(Map.of())).prefersDark()).isFalse();
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertThat(new SystemThemeProbe("Windows 11", n -> null, answers(Map.of("reg AppsUseLightTheme", dark))).prefersDark()).isTrue();
        assertThat(new SystemThemeProbe("Windows 11", n -> null,
                answers(Map.of("reg AppsUseLightTheme", dark.replace("0x0", "0x1")))).prefersDark()).isFalse();
    }

    @Test
    void aFailingProbeMeansLight() {
        SystemThemeProbe broken = new SystemThemeProbe("Linux", n -> null, (t, c) -> {
            throw new IllegalStateException("boom");
        });
        assertThat(broken.prefersDark()).isFalse();
    }

    @Test
    void resolveIsImmediateForFixedThemesAndTimeLimitedForSystem() throws Exception {
        assertThat(Themes.resolve(Settings.Theme.DARK, () -> false).getNow(null)).isEqualTo(Settings.Theme.DARK);
        assertThat(Themes.resolve(Settings.Theme.SYSTEM, () -> true).get(2, TimeUnit.SECONDS)).isEqualTo(Settings.Theme.DARK);
        long start = System.nanoTime();
        Settings.Theme hung = Themes.resolve(Settings.Theme.SYSTEM, () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        }).get(10, TimeUnit.SECONDS);
        assertThat(hung).isEqualTo(Settings.Theme.LIGHT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Themes.PROBE_LIMIT.plusSeconds(2));
    }

    @Test
    @org.junit.jupiter.api.condition.DisabledOnOs(org.junit.jupiter.api.condition.OS.WINDOWS)
    void theRealRunnerKillsASlowProgram() {
        long start = System.nanoTime();
        assertThat(SystemThemeProbe.runProcess(Duration.ofMillis(300), "sleep", "30")).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(SystemThemeProbe.runProcess(Duration.ofSeconds(5), "echo", "prefer-dark")).contains("prefer-dark\n");
        assertThat(SystemThemeProbe.runProcess(Duration.ofSeconds(5), "no-such-program-apikeep")).isEmpty();
    }
}
