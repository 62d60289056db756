package dev.apikeep.ui.common;

/**
 * Whether the desktop prefers a dark theme. JavaFX 21 has no platform-preference API (it arrived
 * in JavaFX 22), so "follow system" asks the operating system. Implementations may block (they run
 * programs): call them off the FX thread, as {@link Themes#resolve} does.
 */
@FunctionalInterface
public interface SystemTheme {
    boolean prefersDark();
}
