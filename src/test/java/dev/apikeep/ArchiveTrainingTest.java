package dev.apikeep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The install's training run (packaging/cds-archive.sh) replays what it can of a class list and skips
 * the rest: a line it cannot replay must never fail the install, and nothing may run that a start would
 * not (classes are loaded, not initialised).
 */
class ArchiveTrainingTest {
    static boolean hostInitialised;

    /** A class with a lambda, as the window's classes have; its static block shows whether it ran. */
    static final class Host {
        static {
            hostInitialised = true;
        }

        static Supplier<String> supplier() {
            return () -> "made";
        }
    }

    private static final String HOST = "dev/apikeep/ArchiveTrainingTest$Host";

    @Test
    void loadsTheListsClassesAndMakesItsLambdasWithoutRunningThem() {
        int[] loaded = ArchiveTraining.replay(List.of(
                "# NOTE: Do not modify this file.",
                "java/lang/Object id: 0",
                HOST,
                "@lambda-proxy " + HOST + " get ()Ljava/util/function/Supplier; ()Ljava/lang/Object; REF_invokeStatic "
                        + HOST + " lambda$supplier$0 ()Ljava/lang/String; ()Ljava/lang/String;",
                "@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.DirectMethodHandle$Holder invokeStatic L7_L"));

        assertArrayEquals(new int[] {2, 1}, loaded, "classes and lambda classes");
        assertFalse(hostInitialised, "the training ran a static initialiser");
    }

    @Test
    void skipsWhatItCannotReplayInsteadOfFailing() {
        int[] loaded = ArchiveTraining.replay(List.of(
                "dev/apikeep/NoSuchClass",
                "",
                // a JDK host, which the training may not look into
                "@lambda-proxy java/util/stream/FindOps test ()Ljava/util/function/Predicate; (Ljava/lang/Object;)Z"
                        + " REF_invokeStatic java/util/stream/FindOps lambda$x$0 (Ljava/lang/Object;)Z (Ljava/lang/Object;)Z",
                "@lambda-proxy " + HOST + " get ()Ljava/util/function/Supplier; ()Ljava/lang/Object; REF_invokeStatic "
                        + HOST + " noSuchMethod ()Ljava/lang/String; ()Ljava/lang/String;",
                "@lambda-proxy truncated"));

        assertArrayEquals(new int[] {0, 0}, loaded, "classes and lambda classes");
    }
}
