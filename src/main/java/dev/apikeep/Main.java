package dev.apikeep;

import dev.apikeep.cli.ApiKeepCli;

/** One entry point: no arguments start the desktop app, arguments run the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.out.println("The desktop app is not built yet; run `apikeep --help` for the command line.");
            return;
        }
        ApiKeepCli.main(args);
    }
}
