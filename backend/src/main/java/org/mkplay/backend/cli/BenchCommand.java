package org.mkplay.backend.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mkplay.backend.Main;
import org.mkplay.bench.compiler.CompilerBench;
import org.mkplay.bench.emulator.BenchFailure;
import org.mkplay.bench.emulator.EmulatorBench;
import org.mkplay.bench.emulator.EmulatorReport;
import org.mkplay.bench.emulator.IpcBench;
import org.mkplay.bench.emulator.Measurement;
import org.mkplay.bench.emulator.QemuTiming;
import org.mkplay.bench.emulator.Workload;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.cpu.JvmBlockTranslator;
import org.mkplay.testkit.HostToolFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mkplay bench emulator|compiler}: speed figures printed as text (figures, not tests: no thresholds). */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure the emulator's speed (and QEMU's on the same images) or the compiler's code.",
        subcommands = {
            BenchCommand.EmulatorCommand.class,
            BenchCommand.CompilerCommand.class,
            ServerBenchCommand.class,
            BenchCommand.IpcCommand.class,
            SystemBenchCommand.class
        })
public final class BenchCommand implements Runnable {
    static final int FAILED = 1, UNUSABLE_ARGUMENTS = 2;

    @ParentCommand
    private Main main;

    Main main() {
        return main;
    }

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "Missing subcommand: emulator, compiler, server, ipc or system");
    }

    /** {@code mkplay bench emulator}. */
    @Command(
            name = "emulator",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Time the benchmark workloads on our emulator, and on QEMU when it is on the PATH.",
                "Built-in workloads: integer, integer-bare, integer-sv39, sv39-user, memory."
            },
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {
                "0:figures printed",
                "1:a workload failed, hung or ran differently twice",
                "2:unknown workload, unreadable image, bad --repeat or --engine"
            })
    static final class EmulatorCommand implements Callable<Integer> {
        @ParentCommand
        private BenchCommand bench;

        @Option(
                names = "--workload",
                paramLabel = "NAME",
                description = "A built-in workload; repeatable (default: all of them).")
        List<String> workloadNames = new ArrayList<>();

        @Option(
                names = "--image",
                paramLabel = "FILE.elf",
                description = "Also time this ELF image (it must end through the SiFive finisher); repeatable.")
        List<Path> images = new ArrayList<>();

        @Option(
                names = "--repeat",
                defaultValue = "3",
                paramLabel = "N",
                description = "Timed runs per workload, after one warm-up run (default: ${DEFAULT-VALUE}).")
        int repeat;

        @Option(
                names = "--qemu",
                negatable = true,
                defaultValue = "true",
                fallbackValue = "true",
                description = "Compare with qemu-system-riscv64 if it is on the PATH (default: on).")
        boolean qemu;

        @Option(
                names = "--engine",
                defaultValue = "jit",
                paramLabel = "jit|blocks|steps",
                description = "The hart's engine: pre-decoded blocks with hot ones translated to JVM bytecode (as "
                        + "mkplay run and the server run guests); the same without translation (as in the browser); "
                        + "or one instruction per dispatch (the reference) (default: ${DEFAULT-VALUE}).")
        String engine;

        @Option(
                names = "--max-instructions",
                defaultValue = "10000000000",
                paramLabel = "N",
                description = "A run that retires more counts as hung (default: ${DEFAULT-VALUE}).")
        long budget;

        @Override
        public Integer call() throws IOException {
            PrintStream err = bench.main.io().err();
            List<Workload> workloads;
            try {
                workloads = selectWorkloads();
            } catch (BenchFailure e) {
                err.println("mkplay bench emulator: " + e.getMessage());
                return UNUSABLE_ARGUMENTS;
            }
            try {
                measureAll(workloads);
                return 0;
            } catch (BenchFailure e) {
                err.println("mkplay bench emulator: " + e.getMessage());
                return FAILED;
            }
        }

        /** The board of every run: the chosen engine (jit, the JVM's default: {@link JvmBlockTranslator#onJvm}). */
        private MachineConfig machineConfig() {
            MachineConfig config = new MachineConfig().blockEngine(!engine.equals("steps"));
            return engine.equals("jit") ? JvmBlockTranslator.onJvm(config) : config;
        }

        private List<Workload> selectWorkloads() throws BenchFailure, IOException {
            if (repeat < 1) {
                throw new BenchFailure("--repeat must be at least 1, got " + repeat);
            }
            if (!List.of("blocks", "jit", "steps").contains(engine)) {
                throw new BenchFailure("--engine must be blocks, jit or steps, got " + engine);
            }
            if (workloadNames.isEmpty() && images.isEmpty()) {
                return nonEmpty(Workload.allBuiltIn());
            }
            List<Workload> selected = new ArrayList<>();
            for (String name : workloadNames) {
                selected.add(Workload.builtIn(name)
                        .orElseThrow(() -> new BenchFailure("no built-in workload " + name + " in this build (known: "
                                + String.join(", ", Workload.BUILT_IN) + ")")));
            }
            for (Path image : images) {
                selected.add(new Workload(image.getFileName().toString().replaceFirst("\\.elf$", ""), read(image)));
            }
            return selected;
        }

        private static List<Workload> nonEmpty(List<Workload> builtIn) throws BenchFailure {
            if (builtIn.isEmpty()) {
                throw new BenchFailure("this build has no benchmark workloads; pass --image FILE.elf");
            }
            return builtIn;
        }

        static byte[] read(Path image) throws BenchFailure, IOException {
            try {
                return Files.readAllBytes(image);
            } catch (NoSuchFileException e) {
                throw new BenchFailure("no such image: " + image);
            }
        }

        private void measureAll(List<Workload> workloads) throws BenchFailure, IOException {
            PrintStream out = bench.main.io().out();
            EmulatorBench emulator = new EmulatorBench(repeat, budget, this::machineConfig);
            out.print(EmulatorReport.preamble(repeat));
            out.println("engine: " + engine);
            out.print(EmulatorReport.header());
            Map<String, Measurement> measured = new LinkedHashMap<>();
            for (Workload workload : workloads) {
                Measurement m = emulator.measure(workload);
                measured.put(workload.name(), m);
                out.print(EmulatorReport.row(m));
                out.flush();
            }
            if (measured.containsKey("integer-bare") && measured.containsKey("integer-sv39")) {
                out.print(EmulatorReport.sv39Slowdown(measured.get("integer-bare"), measured.get("integer-sv39")));
            }
            if (qemu) {
                compareWithQemu(workloads, List.copyOf(measured.values()), out);
            }
        }

        private void compareWithQemu(List<Workload> workloads, List<Measurement> ours, PrintStream out)
                throws BenchFailure, IOException {
            Path scratch = Files.createTempDirectory("mkplay-bench");
            try {
                Optional<QemuTiming> found = QemuTiming.find(scratch, timeoutSeconds(ours));
                if (found.isEmpty()) {
                    out.println();
                    out.println("QEMU: " + QemuTiming.EXECUTABLE + " is not on the PATH; no comparison.");
                    return;
                }
                QemuTiming qemuRunner = found.get();
                long startup = qemuRunner.startupNanos(repeat);
                out.print(EmulatorReport.qemuPreamble(qemuRunner.version(), repeat, startup));
                out.print(EmulatorReport.qemuHeader());
                for (int i = 0; i < workloads.size(); i++) {
                    out.print(EmulatorReport.qemuRow(
                            ours.get(i), qemuRunner.medianNanos(workloads.get(i), repeat), startup));
                    out.flush();
                }
            } finally {
                deleteScratch(scratch);
            }
        }

        /** Generous: QEMU is not expected to be 20 times slower than we are, plus start-up. */
        private static long timeoutSeconds(List<Measurement> ours) {
            long slowest =
                    ours.stream().mapToLong(Measurement::medianNanos).max().orElse(0);
            return 30 + 20 * slowest / 1_000_000_000L;
        }

        private static void deleteScratch(Path scratch) throws IOException {
            try (var files = Files.list(scratch)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.delete(file);
                }
            }
            Files.delete(scratch);
        }
    }

    /** {@code mkplay bench ipc}: the kernel's IPC costs in instructions and modelled cycles. */
    @Command(
            name = "ipc",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Run the kernel's IPC benchmark image on our emulator and print, per operation, the",
                "instructions retired and the modelled cycles: null syscall, call+reply (registers only and",
                "with 4 KiB), notify->wait. The image is built by the kernel module (mvn -pl kernel -am verify)."
            })
    static final class IpcCommand implements Callable<Integer> {
        @ParentCommand
        private BenchCommand bench;

        @Option(
                names = "--image",
                paramLabel = "FILE.elf",
                description = "The bench image (default: kernel/target/images/bench.elf in the repository).")
        Path image;

        @Option(names = "--json", description = "Print one JSON object instead of the table.")
        boolean json;

        @Option(
                names = "--max-instructions",
                defaultValue = "100000000",
                paramLabel = "N",
                description = "A run that retires more counts as hung (default: ${DEFAULT-VALUE}).")
        long budget;

        @Override
        public Integer call() throws IOException {
            PrintStream out = bench.main.io().out();
            PrintStream err = bench.main.io().err();
            Path file = image != null ? image : defaultImage();
            try {
                byte[] elf = EmulatorCommand.read(file);
                var costs = new IpcBench(budget).measure(elf, false);
                var traced = new IpcBench(budget).measure(elf, true);
                out.print(json ? IpcBench.json(costs, traced) + "\n" : IpcBench.text(costs, traced));
                return 0;
            } catch (BenchFailure e) {
                err.println("mkplay bench ipc: " + e.getMessage()
                        + (image == null ? " (build it with: mvn -B -pl kernel -am verify -DskipTests)" : ""));
                return FAILED;
            }
        }

        /** kernel/target/images/bench.elf beside the jar's module (backend/target/mkplay.jar), else in the cwd. */
        private static Path defaultImage() {
            Path relative = Path.of("kernel", "target", "images", "bench.elf");
            try {
                Path jar = Path.of(Main.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI());
                Path root = jar.getParent() == null ? null : jar.getParent().getParent();
                if (root != null
                        && root.getParent() != null
                        && Files.exists(root.getParent().resolve(relative))) {
                    return root.getParent().resolve(relative);
                }
            } catch (java.net.URISyntaxException | SecurityException e) {
                // fall back to the working directory
            }
            return relative;
        }
    }

    /** {@code mkplay bench compiler}: delegates to the bench module's compiler benchmark. */
    @Command(
            name = "compiler",
            mixinStandardHelpOptions = true,
            description = {
                "Compare the code our compiler generates with GCC -O2 on the same algorithms",
                "(instructions retired on our emulator), and time the compiler on a 1,000-line program."
            })
    static final class CompilerCommand implements Callable<Integer> {
        @ParentCommand
        private BenchCommand bench;

        @Option(names = "--quick", description = "Small inputs and one compile: a check that everything runs.")
        boolean quick;

        @Override
        public Integer call() {
            CompilerBench.Report report;
            try {
                report = CompilerBench.run(quick ? CompilerBench.Scale.TEST : CompilerBench.Scale.FULL);
            } catch (UncheckedIOException | IllegalStateException | HostToolFailure e) {
                // no usable GCC for the C twins, or a benchmark program that no longer builds or runs
                bench.main.io().err().println("mkplay bench compiler: " + e.getMessage());
                return FAILED;
            }
            bench.main.io().out().print(report.format());
            return 0;
        }
    }
}
