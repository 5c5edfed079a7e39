package org.mkplay.toolchain.ir;

import java.util.List;
import java.util.stream.Collectors;

/** Small helpers over IR for the pass tests. */
final class IrTesting {
    private IrTesting() {}

    /** A program whose main calls nothing: the methods under test are compiled because the fixture asks. */
    static String program(String... methods) {
        return "public class Main {\n"
                + "  int x, y;\n"
                + "  public static void main(String[] args) { }\n"
                + String.join("\n", methods) + "\n}\n";
    }

    static List<Insn> all(IrMethod m) {
        return m.blocks.stream().flatMap(b -> b.insns.stream()).collect(Collectors.toList());
    }

    /** The block holding the (first) instruction of op. */
    static Block blockOf(IrMethod m, Op op) {
        for (Block b : m.blocks) for (Insn i : b.insns) if (i.op == op) return b;
        throw new AssertionError("no " + op + " in\n" + m);
    }
}
