package org.mkplay.backend.builds;

/** Sources that are small but take javac or our compiler far longer than any build limit. */
final class CompileBombs {
    private CompileBombs() {}

    /**
     * Nested generic calls whose type inference javac explores combinatorially: 25 KiB of source that javac
     * does not finish within a minute.
     */
    static String genericInference() {
        String inner = "1";
        for (int i = 0; i < 10; i++) {
            inner = i < 3
                    ? "java.util.List.of(" + inner + ", " + inner + ")"
                    : "java.util.Map.of(" + inner + ", java.util.Optional.of(" + inner + "))";
        }
        return "public class Bomb { static Object o = " + inner + "; public static void main(String[] a) {} }\n";
    }
}
