package se.rapportverk.e2e;

import se.rapportverk.cli.Main;

/**
 * A tiny main for {@link DeterminismTest}: runs the CLI in a JVM of its own (other time zone,
 * language and working directory) and exits with its status.
 */
public final class GenerateInAnotherJvm {

    private GenerateInAnotherJvm() {
    }

    public static void main(String[] args) {
        System.exit(Main.run(args, System.out, System.err));
    }
}
