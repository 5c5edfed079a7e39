package org.mkplay.toolchain.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mkplay.testkit.HostTool;
import org.mkplay.toolchain.corpus.GuestRunner;
import org.mkplay.toolchain.corpus.MachineRunner;

/**
 * The failure path of the random test, driven by a guest that misbehaves on purpose: one output line is
 * corrupted, the check must locate it, and reduction must shrink the program to that function and input.
 */
class ReducerTest {
    /** Runs on our Machine, then changes the result printed for one call ("f3 5 ...") as a miscompile would. */
    private record CorruptingRunner(String linePrefix) implements GuestRunner {
        @Override
        public String name() {
            return "a corrupting Machine";
        }

        @Override
        public Outcome run(byte[] elf) throws Exception {
            Outcome real = new MachineRunner().run(elf);
            String console = "\n" + new String(real.console(), StandardCharsets.UTF_8);
            String corrupted =
                    console.replace("\n" + linePrefix, "\n" + linePrefix + "9").substring(1);
            return new Outcome(corrupted.getBytes(StandardCharsets.UTF_8), real.exit());
        }
    }

    @Test
    void aWrongLineIsLocatedAndReducedToItsFunctionAndInput() throws Exception {
        GeneratedProgram p = ProgramGenerator.generate(11, 6);
        GuestRunner corrupting = new CorruptingRunner("f3 5 ");
        HostTool.Result jvm = RandomDifferential.jvm(p);
        Finding finding = RandomDifferential.check(p, jvm, corrupting);
        assertNotNull(finding, "the corrupted line must be noticed");
        assertEquals("f3", finding.function());
        assertEquals(5, finding.input());
        GeneratedProgram reduced = new Reducer(c -> !Arrays.equals(
                        new MachineRunner().run(compile(c)).console(),
                        corrupting.run(compile(c)).console()))
                .reduce(p, finding);
        assertEquals(1, reduced.functions().size());
        assertTrue(reduced.function("f3").statements().isEmpty(), "every statement is irrelevant to this failure");
        assertTrue(reduced.render().contains("for (int k = 5; k < 6; k++)"), reduced.render());
    }

    private static byte[] compile(GeneratedProgram p) {
        return org.mkplay.toolchain.Compiler.compile(org.mkplay.toolchain.CompileRequest.ofSources(
                        java.util.Map.of(p.fileName(), p.render()),
                        p.className(),
                        org.mkplay.toolchain.front.Profile.STANDALONE))
                .elf();
    }
}
