package org.mkplay.bench.emulator;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.loader.ElfException;
import org.mkplay.emulator.loader.ElfImage;
import org.mkplay.emulator.loader.ElfLoader;

/**
 * Where the instructions of one IPC operation go: runs the kernel's bench image (the one {@link IpcBench} measures)
 * one instruction at a time, counts the instructions retired at each pc (user pcs told apart by the address space's
 * ASID) between the client's console lines, and gives, per operation, the LONG loop's counts minus the SHORT loop's
 * over {@code LONG - SHORT}: the instructions one operation retires at each pc, with the same cancellation as the
 * bench's figures (their sum is the bench's figure). Pcs are named by the kernel's function symbols and, for user
 * pcs, by the symbols of the packed program whose ASID ran them (ASID = program index + 1, docs/kernel.md).
 *
 * <p>Run: {@code java -cp ... org.mkplay.bench.emulator.IpcProfile [--pcs] [--trace] kernel/target/images/bench.elf}.
 * A tool for the kernel's developers (docs/kernel.md, *Performance*), not a figure of the bench.
 */
public final class IpcProfile {
    /** One pc's share of one operation (instructions per operation) and the function it belongs to. */
    public record PcCost(int asid, long pc, String function, double instructions) {}

    private static final long USER_IMAGES = 0x8780_0000L;
    private static final long USER_MAGIC = 0x3153_5245_5355_4B4DL;

    private final byte[] elf;
    private final boolean traceWindow;
    private final Map<Integer, ElfImage> images = new HashMap<>();

    public IpcProfile(byte[] elf, boolean traceWindow) throws ElfException {
        this.elf = elf;
        this.traceWindow = traceWindow;
        ElfImage kernel = ElfLoader.parse(elf);
        images.put(0, kernel);
        for (ElfImage.Segment s : kernel.segments()) {
            if (s.physicalAddress == USER_IMAGES) readPrograms(s.data);
        }
    }

    /** The packed programs (docs/kernel.md, *Packing user programs into the image*): program i runs under ASID i+1. */
    private void readPrograms(byte[] data) throws ElfException {
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getLong(0) != USER_MAGIC) return;
        int n = (int) b.getLong(8);
        for (int i = 0; i < n; i++) {
            int at = 16 + 232 * i;
            int offset = (int) b.getLong(at), length = (int) b.getLong(at + 8);
            byte[] program = new byte[length];
            System.arraycopy(data, offset, program, 0, length);
            images.put(i + 1, ElfLoader.parse(program));
        }
    }

    /** Per operation of {@link IpcBench#OPERATIONS}: every pc's instructions per operation, the costliest first. */
    public Map<String, List<PcCost>> measure(long budget) throws BenchFailure {
        Machine machine = new Machine(new MachineConfig().traceWindow(traceWindow));
        StringBuilder console = new StringBuilder();
        List<Map<Long, Long>> lines = new ArrayList<>();
        List<Map<Long, Long>> counts = new ArrayList<>(List.of(new HashMap<>()));
        machine.setOutput(b -> {
            console.append((char) b);
            if (b == '\n') {
                lines.add(counts.get(0));
                counts.set(0, new HashMap<>());
            }
        });
        try {
            machine.load(elf);
        } catch (ElfException e) {
            throw new BenchFailure("cannot load the bench image: " + e.getMessage());
        }
        for (long done = 0; done < budget && !machine.halted(); ) {
            long pc = machine.hart().pc();
            long key = pc < 0x8000_0000L ? (machine.hart().satp() >>> 44 & 0xFFFF) << 48 | pc : pc;
            if (machine.run(1) == 1) {
                counts.get(0).merge(key, 1L, Long::sum);
                done++;
            } else if (machine.hart().waitingForInterrupt()) {
                done++;
            }
        }
        String text = console.toString();
        int first = text.indexOf("bench: ");
        if (!machine.halted() || first < 0 || !text.contains("bench: done\n")) {
            throw new BenchFailure("the bench image did not run to its end; console:\n" + text);
        }
        int line = (int) text.substring(0, first).chars().filter(c -> c == '\n').count();
        Map<String, List<PcCost>> result = new LinkedHashMap<>();
        for (int op = 0; op < IpcBench.OPERATIONS.size(); op++) {
            int at = line + 2 * op;
            result.put(IpcBench.OPERATIONS.get(op), difference(lines.get(at + 1), lines.get(at + 2)));
        }
        return result;
    }

    private List<PcCost> difference(Map<Long, Long> shortLoop, Map<Long, Long> longLoop) {
        Map<Long, Long> keys = new TreeMap<>(longLoop);
        shortLoop.keySet().forEach(k -> keys.putIfAbsent(k, 0L));
        double n = IpcBench.LONG - IpcBench.SHORT;
        List<PcCost> costs = new ArrayList<>();
        for (long key : keys.keySet()) {
            double v = (longLoop.getOrDefault(key, 0L) - shortLoop.getOrDefault(key, 0L)) / n;
            if (Math.abs(v) < 0.005) continue;
            int asid = (int) (key >>> 48);
            long pc = key & 0xFFFF_FFFF_FFFFL;
            costs.add(new PcCost(asid, pc, function(asid, pc), v));
        }
        return costs;
    }

    /** The function symbol at or before pc in the image of that ASID (0: the kernel). */
    private String function(int asid, long pc) {
        ElfImage image = images.get(pc >= 0x8000_0000L ? 0 : asid);
        if (image == null) return "?";
        ElfImage.Symbol best = null;
        for (ElfImage.Symbol s : image.functions()) {
            if (s.address <= pc && (best == null || s.address > best.address)) best = s;
        }
        String where = pc >= 0x8000_0000L ? "" : "u" + asid + ":";
        return where + (best == null ? "?" : best.name);
    }

    /** The report: per operation, the total and each function's share; with {@code pcs}, every pc. */
    public static String text(Map<String, List<PcCost>> profile, boolean pcs) {
        StringBuilder s = new StringBuilder();
        profile.forEach((op, costs) -> {
            double total = costs.stream().mapToDouble(PcCost::instructions).sum();
            s.append(String.format("%s: %.1f instructions%n", op, total));
            Map<String, Double> byFunction = new LinkedHashMap<>();
            for (PcCost c : costs) byFunction.merge(c.function(), c.instructions(), Double::sum);
            byFunction.entrySet().stream()
                    .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                    .forEach(e -> s.append(String.format("  %8.1f  %s%n", e.getValue(), e.getKey())));
            if (pcs) {
                for (PcCost c : costs) {
                    s.append(
                            String.format("    %d:%08x %7.2f  %s%n", c.asid(), c.pc(), c.instructions(), c.function()));
                }
            }
        });
        return s.toString();
    }

    public static void main(String[] args) throws Exception {
        boolean pcs = false, traced = false;
        Path image = Path.of("kernel/target/images/bench.elf");
        for (String a : args) {
            if (a.equals("--pcs")) pcs = true;
            else if (a.equals("--trace")) traced = true;
            else image = Path.of(a);
        }
        var profile = new IpcProfile(Files.readAllBytes(image), traced).measure(100_000_000L);
        System.out.print(text(profile, pcs));
        System.out.flush();
    }
}
