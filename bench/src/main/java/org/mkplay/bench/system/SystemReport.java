package org.mkplay.bench.system;

import java.util.List;
import java.util.Locale;

/** The system benchmark's figures as a table (with the microkernel/monolithic ratios) and as JSON. */
public final class SystemReport {
    private SystemReport() {}

    /** The table: a row per workload and placement, then the user/kernel ratios where both were measured. */
    public static String text(List<Cost> costs, int shortRuns, int longRuns) {
        StringBuilder s = new StringBuilder();
        s.append("The default system on our emulator, per operation: the counts over ")
                .append(longRuns)
                .append(" operations minus those over ")
                .append(shortRuns)
                .append(", divided by ")
                .append(longRuns - shortRuns)
                .append(".\n");
        s.append("cycles: 1 per instruction + 20 per trap + 10 per page-table read + 10 per device access\n\n");
        s.append(String.format(
                Locale.ROOT,
                "%-18s %-9s %13s %8s %9s %9s %9s %13s%n",
                "workload",
                "placement",
                "instructions",
                "traps",
                "ctx_sw",
                "as_sw",
                "tlb_miss",
                "cycles"));
        for (Cost c : costs) {
            s.append(String.format(
                    Locale.ROOT,
                    "%-18s %-9s %13.2f %8.2f %9.2f %9.2f %9.2f %13.2f%n",
                    c.workload(),
                    c.placement(),
                    c.instructions(),
                    c.traps(),
                    c.contextSwitches(),
                    c.asSwitches(),
                    c.tlbMisses(),
                    c.cycles()));
        }
        String ratios = ratios(costs);
        if (!ratios.isEmpty()) {
            s.append("\nmicrokernel / monolithic (user / kernel placement), modelled cycles and instructions:\n")
                    .append(ratios);
        }
        return s.toString();
    }

    private static String ratios(List<Cost> costs) {
        StringBuilder s = new StringBuilder();
        for (Cost user : costs) {
            if (!user.placement().equals("user")) continue;
            for (Cost kernel : costs) {
                if (kernel.placement().equals("kernel") && kernel.workload().equals(user.workload())) {
                    s.append(String.format(
                            Locale.ROOT,
                            "%-18s %6.2fx cycles %6.2fx instructions%n",
                            user.workload(),
                            user.cycles() / kernel.cycles(),
                            user.instructions() / kernel.instructions()));
                }
            }
        }
        return s.toString();
    }

    /** [{"workload", "placement", "instructions", "traps", "context_switches", "as_switches", "tlb_misses", "cycles"}]. */
    public static String json(List<Cost> costs) {
        StringBuilder s = new StringBuilder("[");
        for (Cost c : costs) {
            if (s.length() > 1) s.append(",\n ");
            s.append("{\"workload\": \"")
                    .append(c.workload())
                    .append("\", \"placement\": \"")
                    .append(c.placement())
                    .append("\", \"instructions\": ")
                    .append(number(c.instructions()))
                    .append(", \"traps\": ")
                    .append(number(c.traps()))
                    .append(", \"context_switches\": ")
                    .append(number(c.contextSwitches()))
                    .append(", \"as_switches\": ")
                    .append(number(c.asSwitches()))
                    .append(", \"tlb_misses\": ")
                    .append(number(c.tlbMisses()))
                    .append(", \"cycles\": ")
                    .append(number(c.cycles()))
                    .append('}');
        }
        return s.append(']').toString();
    }

    /** Two decimals at most, no exponent, no trailing zeros ("2", "3197.5"). */
    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        if (s.contains(".")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }
}
