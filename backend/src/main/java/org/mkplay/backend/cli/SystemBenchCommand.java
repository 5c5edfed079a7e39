package org.mkplay.backend.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mkplay.backend.benchmarks.PlacementImages;
import org.mkplay.bench.emulator.BenchFailure;
import org.mkplay.bench.system.Cost;
import org.mkplay.bench.system.SystemBench;
import org.mkplay.bench.system.SystemReport;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.cpu.JvmBlockTranslator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code mkplay bench system}: the workloads of the default system in each placement (see {@link SystemBench}). */
@Command(
        name = "system",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Run the system benchmark's workloads on the default system in each placement (servers in user space,",
            "in the kernel, or mixed) on our emulator and print the cost per operation: instructions, traps,",
            "context switches, address-space switches, TLB misses and modelled cycles (docs/benchmarks.md).",
            "Workloads: echo, kv_get, kv_put, file_read_4k, file_create_write."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:figures printed",
            "1:a workload failed, or the system did not finish within the budget",
            "2:unknown workload or placement, bad loop lengths"
        })
final class SystemBenchCommand implements Callable<Integer> {
    @ParentCommand
    private BenchCommand bench;

    @Option(names = "--json", description = "Print a JSON array of the costs instead of the table.")
    boolean json;

    @Option(
            names = "--workloads",
            split = ",",
            paramLabel = "NAME",
            description = "Workloads, comma-separated (default: all of them).")
    List<String> workloads = new ArrayList<>(SystemBench.WORKLOADS);

    @Option(
            names = "--placements",
            split = ",",
            paramLabel = "NAME",
            description = "Placements: user, kernel, mixed, comma-separated (default: every one this build has).")
    List<String> placements = new ArrayList<>(PlacementImages.available());

    @Option(
            names = "--short",
            defaultValue = "" + SystemBench.SHORT,
            paramLabel = "N",
            description = "Operations in the first loop (default: ${DEFAULT-VALUE}).")
    int shortRuns;

    @Option(
            names = "--long",
            defaultValue = "" + SystemBench.LONG,
            paramLabel = "N",
            description = "Operations in the second loop; the cost is the difference over long - short (default:"
                    + " ${DEFAULT-VALUE}).")
    int longRuns;

    @Option(
            names = "--max-instructions",
            defaultValue = "2000000000",
            paramLabel = "N",
            description = "A placement's run that retires more counts as hung (default: ${DEFAULT-VALUE}).")
    long budget;

    @Override
    public Integer call() {
        PrintStream out = bench.main().io().out();
        PrintStream err = bench.main().io().err();
        List<byte[]> images = new ArrayList<>();
        SystemBench runner;
        try {
            runner = checkedRunner();
            for (String placement : placements) images.add(PlacementImages.image(placement));
        } catch (BenchFailure e) {
            err.println("mkplay bench system: " + e.getMessage());
            return BenchCommand.UNUSABLE_ARGUMENTS;
        }
        List<Cost> costs = new ArrayList<>();
        try {
            for (int i = 0; i < placements.size(); i++) {
                costs.addAll(runner.measure(images.get(i), placements.get(i), workloads)
                        .costs());
            }
        } catch (BenchFailure e) {
            err.println("mkplay bench system: " + e.getMessage());
            return BenchCommand.FAILED;
        }
        out.print(json ? SystemReport.json(costs) + "\n" : SystemReport.text(costs, shortRuns, longRuns));
        return 0;
    }

    private SystemBench checkedRunner() throws BenchFailure {
        for (String w : workloads) {
            if (!SystemBench.WORKLOADS.contains(w)) {
                throw new BenchFailure(
                        "no workload '" + w + "' (known: " + String.join(", ", SystemBench.WORKLOADS) + ")");
            }
        }
        if (shortRuns < 0 || longRuns <= shortRuns) {
            throw new BenchFailure("need 0 <= --short < --long, got " + shortRuns + " and " + longRuns);
        }
        return new SystemBench(shortRuns, longRuns, budget, () -> JvmBlockTranslator.onJvm(new MachineConfig()));
    }
}
