package org.mkplay.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where each program of a system runs, overriding the manifest's {@code placement} fields (docs/system-images.md,
 * "Placement"): a preset, or a map from program name to {@code user} or {@code kernel}.
 * <ul>
 * <li>{@link #MANIFEST}: what the manifest says (every program {@code user} unless it says {@code kernel}).</li>
 * <li>{@link #USER}: every program in user space: the microkernel.</li>
 * <li>{@link #KERNEL}: every program that can be placed in the kernel ({@link #placeable}) in the kernel: the
 *     monolithic baseline. The supervisor, the console driver and the shell stay in user space.</li>
 * <li>{@link #MIXED}: the storage servers ({@link #STORAGE}: {@code files}, {@code kv}) in the kernel, the rest in
 *     user space, as a system that moved only its hot path into the kernel.</li>
 * </ul>
 *
 * @param preset "manifest", "user", "kernel", "mixed", or "custom" for a map
 * @param byName for "custom": program name to "user" or "kernel"; programs it does not name keep the manifest's
 */
public record Placements(String preset, Map<String, String> byName) {
    public static final Placements MANIFEST = new Placements("manifest", Map.of());
    public static final Placements USER = new Placements("user", Map.of());
    public static final Placements KERNEL = new Placements("kernel", Map.of());
    public static final Placements MIXED = new Placements("mixed", Map.of());

    /** The presets a user may name (mkplay boot --placement, the backend). */
    public static final List<String> PRESETS = List.of("user", "kernel", "mixed");
    /** The programs the mixed preset places in the kernel, when the system has them. */
    public static final Set<String> STORAGE = Set.of("files", "kv");

    public Placements {
        byName = Map.copyOf(new TreeMap<>(byName));
        for (Map.Entry<String, String> e : byName.entrySet()) {
            if (!e.getValue().equals("user") && !e.getValue().equals("kernel"))
                throw new IllegalArgumentException(
                        "placement of " + e.getKey() + ": '" + e.getValue() + "' is not user or kernel");
        }
    }

    /** A preset by name: user, kernel or mixed; anything else is an IllegalArgumentException naming them. */
    public static Placements preset(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "user" -> USER;
            case "kernel" -> KERNEL;
            case "mixed" -> MIXED;
            default ->
                throw new IllegalArgumentException(
                        "placement '" + name + "' is not one of " + String.join(", ", PRESETS));
        };
    }

    /** Program name to "user" or "kernel"; the programs it does not name keep the manifest's placement. */
    public static Placements of(Map<String, String> byName) {
        return new Placements("custom", byName);
    }

    /**
     * Whether program p can run in the kernel: it serves an endpoint and only answers calls. Not the supervisor (it
     * blocks on clock ticks and fault messages and must survive the faults it handles), not a device driver or the
     * console (a driver maps device registers into its own address space and waits for interrupts; a handler in
     * the kernel runs in its caller's space and may not block), not a program that reads input, and not a prebuilt
     * ELF (linked for user space; placement links the sources into the kernel-server window).
     */
    public static boolean placeable(Manifest.Program p) {
        return p.serves()
                && p.elf() == null
                && !"supervisor".equals(p.role())
                && !"console".equals(p.role())
                && p.devices().isEmpty()
                && !p.input();
    }

    /** Why p cannot be placed in the kernel (for an error message), or null if it can. */
    static String whyNot(Manifest.Program p) {
        if (!p.serves()) return "it serves no endpoint (only a server's handler can be called from the kernel)";
        if (p.elf() != null) return "a prebuilt ELF is linked for user space (give its sources)";
        if ("supervisor".equals(p.role())) return "the supervisor must survive the faults it handles";
        if ("console".equals(p.role()) || !p.devices().isEmpty())
            return "a driver maps its device and waits for interrupts in its own address space";
        if (p.input()) return "a program reading input blocks, and a handler in the kernel may not block";
        return null;
    }

    /**
     * Each program's placement (true: in the kernel), in manifest order. A map naming no program of the system, or
     * asking for a program that cannot be placed in the kernel, is an error naming it.
     */
    public List<Boolean> resolve(Manifest m) throws ManifestException {
        for (String name : byName.keySet()) {
            if (m.indexOf(name) < 0) throw new ManifestException("placement: no program named '" + name + "'");
        }
        List<Boolean> inKernel = new ArrayList<>();
        for (Manifest.Program p : m.programs()) {
            boolean k = switch (preset) {
                case "user" -> false;
                case "kernel" -> placeable(p);
                case "mixed" -> placeable(p) && STORAGE.contains(p.name());
                default -> byName.getOrDefault(p.name(), p.placement()).equals("kernel");
            };
            if (k && !placeable(p))
                throw new ManifestException("placement: " + p.name() + " cannot run in the kernel: " + whyNot(p));
            inKernel.add(k);
        }
        return inKernel;
    }
}
