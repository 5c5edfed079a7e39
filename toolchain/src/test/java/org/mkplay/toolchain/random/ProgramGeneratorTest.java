package org.mkplay.toolchain.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator is reproducible and, over a few seeds, uses every construct it promises. */
class ProgramGeneratorTest {
    @Test
    void sameSeedSameProgram() {
        assertEquals(
                ProgramGenerator.generate(42, 10).render(),
                ProgramGenerator.generate(42, 10).render());
        assertNotEquals(
                ProgramGenerator.generate(42, 10).render(),
                ProgramGenerator.generate(43, 10).render());
    }

    @Test
    void coversOperatorsTypesAndStatements() {
        StringBuilder all = new StringBuilder();
        for (long seed = 0; seed < 20; seed++)
            all.append(ProgramGenerator.generate(seed, 10).render());
        String text = all.toString();
        List<String> constructs = List.of(
                " + ",
                " - ",
                " * ",
                " / ",
                " % ",
                " & ",
                " | ",
                " ^ ",
                " << ",
                " >> ",
                " >>> ",
                "(~",
                "(-",
                "++",
                "--",
                " += ",
                " -= ",
                " *= ",
                " /= ",
                " %= ",
                " &= ",
                " |= ",
                " ^= ",
                " <<= ",
                " >>= ",
                " >>>= ",
                " < ",
                " <= ",
                " > ",
                " >= ",
                " == ",
                " != ",
                " && ",
                " || ",
                "(!",
                " ? ",
                "(byte) ",
                "(short) ",
                "(char) ",
                "(int) ",
                "(long) ",
                "byte[]",
                "short[]",
                "char[]",
                "int[]",
                "long[]",
                "for (",
                "while (",
                "do {",
                "switch (",
                "break;",
                "case (-1000000):",
                "default:",
                "boolean z",
                "Long.MIN_VALUE",
                "Integer.MIN_VALUE",
                "static long g",
                "o.l",
                "sl ",
                "boolean h",
                "continue;",
                "break L",
                "continue L",
                "try {",
                "throw new IllegalStateException",
                "catch (IllegalStateException | ArithmeticException",
                "finally {",
                "list.add(",
                "map.merge(",
                "Long::sum",
                "computeIfAbsent(",
                "list.remove(",
                "java.util.Collections.sort(list)",
                ".getOrDefault(");
        for (String c : constructs) assertTrue(text.contains(c), "no generated program uses " + c);
    }

    @Test
    void reductionKeepsOneFunctionAndInput() {
        GeneratedProgram p = ProgramGenerator.generate(7, 10);
        GeneratedProgram one = p.only("f3", 5, 6);
        assertEquals(1, one.functions().size());
        assertTrue(one.render().contains("for (int k = 5; k < 6; k++)"), one.render());
        GeneratedFunction f = one.function("f3");
        assertEquals(
                f.statements().size() - 1, f.withoutStatement(0).statements().size());
    }
}
