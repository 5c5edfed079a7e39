package org.mkplay.toolchain.random;

import java.util.ArrayList;
import java.util.List;

/**
 * One generated test function {@code static long name(byte b0, short s0, char c0, int i0, long l0)} and the
 * helper it may call. The prologue declares and initialises every local; the statements in the middle can
 * each be removed without breaking the program (that is how failures are reduced); the epilogue folds every
 * local and array element into the returned checksum.
 */
record GeneratedFunction(
        String name, String helper, List<String> prologue, List<String> statements, List<String> epilogue) {
    static final String SIGNATURE_PARAMETERS = "byte b0, short s0, char c0, int i0, long l0";

    String render() {
        StringBuilder sb = new StringBuilder(helper).append('\n');
        sb.append("    static long ")
                .append(name)
                .append('(')
                .append(SIGNATURE_PARAMETERS)
                .append(") {\n");
        for (List<String> part : List.of(prologue, statements, epilogue)) {
            for (String line : part) sb.append(line).append('\n');
        }
        return sb.append("    }\n").toString();
    }

    GeneratedFunction withoutStatement(int index) {
        List<String> fewer = new ArrayList<>(statements);
        fewer.remove(index);
        return new GeneratedFunction(name, helper, prologue, fewer, epilogue);
    }
}
