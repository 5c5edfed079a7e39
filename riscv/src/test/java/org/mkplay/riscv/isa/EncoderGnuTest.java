package org.mkplay.riscv.isa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mkplay.testkit.HostTool;
import org.mkplay.testkit.NeedsHostTools;

/**
 * Every instruction form {@link Encoder} can produce, with random and edge operands (fixed seed), encoded by
 * us and by the GNU assembler; the bytes must be identical. All instances go into one .s file: one
 * {@code as} run per test run, then {@code ld} (GNU as leaves branch and jump offsets as relocations for the
 * linker, so the linked bytes are the reference) and {@code objcopy -O binary}.
 */
@NeedsHostTools
class EncoderGnuTest {
    private static final int PER_FORM = 32;
    /** Room on both sides so that every jal/branch target (±1 MiB) lies inside the linked image. */
    private static final int PAD = 1 << 20;

    /** One instruction: its GNU assembler text and our encoding (a halfword when compressed). */
    record Instance(String text, int encoding, boolean compressed) {}

    /** An instruction form: draws operands and returns the instance. */
    interface Form extends Function<Operands, Instance> {}

    @Test
    void everyFormMatchesGnuAs() throws Exception {
        Operands operands = new Operands(new Random(20240611L));
        List<Instance> instances = new ArrayList<>();
        for (Form form : InstructionForms.all()) {
            for (int k = 0; k < PER_FORM; k++) instances.add(form.apply(operands));
        }
        instances.sort((a, b) -> Boolean.compare(a.compressed(), b.compressed())); // norvc block, then rvc block
        byte[] gnu = assembleWithGnu(instances);
        List<String> mismatches = compare(instances, gnu);
        assertTrue(
                mismatches.isEmpty(),
                mismatches.size() + " of " + instances.size() + " instructions differ:\n"
                        + String.join("\n", mismatches.subList(0, Math.min(40, mismatches.size()))));
    }

    private static byte[] assembleWithGnu(List<Instance> instances) throws Exception {
        Path dir = Files.createTempDirectory("mkplay-encoder");
        StringBuilder s = new StringBuilder(".option norelax\n.option norvc\n.skip " + PAD + "\n");
        boolean rvc = false;
        for (Instance i : instances) {
            if (i.compressed() && !rvc) {
                s.append(".option rvc\n");
                rvc = true;
            }
            s.append(i.text()).append('\n');
        }
        s.append(".skip ").append(PAD).append('\n');
        Files.writeString(dir.resolve("forms.s"), s);
        run(
                "riscv64-unknown-elf-as",
                "-march=rv64imac_zicsr_zifencei",
                "-o",
                dir.resolve("forms.o").toString(),
                dir.resolve("forms.s").toString());
        run(
                "riscv64-unknown-elf-ld",
                "-Ttext=0",
                "-e",
                "0",
                "-o",
                dir.resolve("forms.elf").toString(),
                dir.resolve("forms.o").toString());
        run(
                "riscv64-unknown-elf-objcopy",
                "-O",
                "binary",
                dir.resolve("forms.elf").toString(),
                dir.resolve("forms.bin").toString());
        return Files.readAllBytes(dir.resolve("forms.bin"));
    }

    private static void run(String... command) throws Exception {
        HostTool.Result r = HostTool.run(Duration.ofSeconds(120), List.of(command));
        assertEquals(0, r.exitStatus(), String.join(" ", command) + "\n" + r.everything());
    }

    private static List<String> compare(List<Instance> instances, byte[] gnu) {
        List<String> mismatches = new ArrayList<>();
        int at = PAD;
        for (Instance i : instances) {
            int size = i.compressed() ? 2 : 4;
            int theirs = 0;
            for (int b = size - 1; b >= 0; b--) theirs = theirs << 8 | (gnu[at + b] & 0xff);
            if (theirs != i.encoding()) {
                mismatches.add(String.format("%-36s ours %08x  gnu %08x", i.text(), i.encoding(), theirs));
            }
            at += size;
        }
        assertEquals(gnu.length - PAD, at, "GNU output size (with the trailing pad) differs from ours");
        return mismatches;
    }

    /** Operand generator: a quarter of the draws are edge values, the rest uniform over the legal range. */
    static final class Operands {
        private final Random random;

        Operands(Random random) {
            this.random = random;
        }

        private boolean edge() {
            return random.nextInt(4) == 0;
        }

        int reg() {
            return edge() ? new int[] {0, 1, 31}[random.nextInt(3)] : random.nextInt(32);
        }

        /** A register RVC's 3-bit fields can name: x8..x15. */
        int prime() {
            return edge() ? new int[] {8, 15}[random.nextInt(2)] : 8 + random.nextInt(8);
        }

        int nonZeroReg() {
            return edge() ? new int[] {1, 2, 31}[random.nextInt(3)] : 1 + random.nextInt(31);
        }

        /** A signed value of {@code bits} bits. */
        long signed(int bits) {
            long min = -(1L << (bits - 1)), max = (1L << (bits - 1)) - 1;
            if (edge()) return new long[] {min, -1, 0, 1, max}[random.nextInt(5)];
            return min + (long) (random.nextDouble() * (max - min + 1));
        }

        /** An unsigned value 0..max. */
        int unsigned(int max) {
            return edge() ? new int[] {0, 1, max}[random.nextInt(3)] : random.nextInt(max + 1);
        }

        /** An even signed byte offset of {@code bits} bits (branches: 13, jal: 21). */
        long evenOffset(int bits) {
            return signed(bits) & ~1L;
        }

        boolean flag() {
            return random.nextBoolean();
        }

        <T> T pick(T[] choices) {
            return choices[random.nextInt(choices.length)];
        }
    }
}
