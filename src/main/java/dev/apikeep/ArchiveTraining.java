package dev.apikeep;

import java.io.IOException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The installer's training run for the desktop window's start-up archive (packaging/cds-archive.sh):
 * loads the classes of a class list (written by {@code -XX:DumpLoadedClassList} during a real start to
 * the unlock screen) and makes its lambda classes, so that {@code -XX:ArchiveClassesAtExit} writes them
 * all to a dynamic archive layered on the commands' small static one. It needs no display: nothing is
 * initialised and no window opens, which is why an install on a server can make the window's archive too.
 * Lines it cannot replay (a class this jar lacks, a lambda in a JDK class) are skipped: the archive is
 * an optimisation, and a class missing from it is loaded as usual.
 */
public final class ArchiveTraining {
    private static final String LAMBDA = "@lambda-proxy ";

    private ArchiveTraining() {
    }

    /** args[0]: the class list. Prints how many classes and lambda classes it loaded. */
    public static void main(String[] args) throws IOException {
        int[] loaded = replay(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        System.out.println("archive training: " + loaded[0] + " classes, " + loaded[1] + " lambda classes");
    }

    /** Loads the list's classes and makes its lambda classes; returns how many of each it could. */
    static int[] replay(List<String> classList) {
        int classes = 0;
        int lambdas = 0;
        for (String line : classList) {
            if (line.startsWith(LAMBDA)) {
                lambdas += makeLambda(line.substring(LAMBDA.length()).split(" ")) ? 1 : 0;
            } else if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("@")) {
                classes += load(line.split(" ")[0].replace('/', '.')) != null ? 1 : 0;
            }
        }
        return new int[] {classes, lambdas};
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ArchiveTraining.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /**
     * Replays one {@code @lambda-proxy} line as the JVM's bootstrap would: host, method name, call-site
     * type, erased interface type, implementation kind, class, name and type, instantiated type.
     */
    private static boolean makeLambda(String[] f) {
        try {
            ClassLoader loader = ArchiveTraining.class.getClassLoader();
            Class<?> host = Class.forName(f[0].replace('/', '.'), false, loader);
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(host, MethodHandles.lookup());
            Class<?> implClass = Class.forName(f[5].replace('/', '.'), false, loader);
            MethodType implType = MethodType.fromMethodDescriptorString(f[7], loader);
            LambdaMetafactory.metafactory(lookup, f[1], MethodType.fromMethodDescriptorString(f[2], loader),
                    MethodType.fromMethodDescriptorString(f[3], loader), implementation(lookup, f[4], implClass, f[6], implType),
                    MethodType.fromMethodDescriptorString(f[8], loader));
            return true;
        } catch (Exception | LinkageError e) {   // LambdaConversionException, reflection, a malformed line
            return false;   // e.g. a JDK host, which this class may not look into (those are in the static archive)
        }
    }

    private static MethodHandle implementation(MethodHandles.Lookup lookup, String kind, Class<?> owner, String name,
            MethodType type) throws ReflectiveOperationException {
        return switch (kind) {
            case "REF_invokeStatic" -> lookup.findStatic(owner, name, type);
            case "REF_newInvokeSpecial" -> lookup.findConstructor(owner, type);
            case "REF_invokeSpecial" -> lookup.findSpecial(owner, name, type, lookup.lookupClass());
            default -> lookup.findVirtual(owner, name, type);   // REF_invokeVirtual, REF_invokeInterface
        };
    }
}
