package dev.apikeep;

import dev.apikeep.cli.ApiKeepCli;

/** One entry point: no arguments start the desktop app, arguments run the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            java.util.Optional<String> problem = dev.apikeep.ui.DesktopPreflight.problem();
            if (problem.isPresent()) {
                System.err.println(problem.get());
                System.exit(1);
            }
            // Main does not extend Application, so the shaded jar starts JavaFX from the class path.
            dev.apikeep.ui.ApiKeepApp.launchDesktop();
            return;
        }
        ApiKeepCli.main(args);
    }
}
