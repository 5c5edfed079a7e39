package org.mkplay.web.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Build step: writes the guest images the web app serves, {@code demo.elf} and {@code bench/NAME.elf}, plus
 * {@code bench/index.json} (the workload names, in order) for the benchmark page; copies the default system
 * ({@link #DEFAULT_SYSTEM}, built by the system module) to {@code system.elf}, which a visit boots first, and the
 * kernel's multi-process traffic image ({@link #TRAFFIC_IMAGE}, built by the kernel module) to {@code traffic.elf},
 * whose IPC traffic and fault the page's Processes and IPC timeline tabs show.
 */
public final class GuestImageWriter {
    private GuestImageWriter() {}

    /**
     * The emulator benchmark workloads (built from C and shipped in the bench module's jar), so
     * that the page measures the same images as {@code mkplay bench emulator} on the JVM.
     */
    static final String[] EMULATOR_WORKLOADS = {"integer", "memory", "sv39-user"};

    /** The benchmark workloads, by the name the page shows. */
    static Map<String, byte[]> benchWorkloads() throws IOException {
        Map<String, byte[]> workloads = new LinkedHashMap<>();
        for (String name : EMULATOR_WORKLOADS) {
            workloads.put(name, emulatorWorkload(name));
        }
        workloads.put(IntegerLoopImage.NAME, IntegerLoopImage.build());
        workloads.put(MemorySumImage.NAME, MemorySumImage.build());
        return workloads;
    }

    private static byte[] emulatorWorkload(String name) throws IOException {
        String resource = "/org/mkplay/bench/emulator/" + name + ".elf";
        try (InputStream in = GuestImageWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("benchmark workload " + resource + " is not on the classpath (bench jar)");
            }
            return in.readAllBytes();
        }
    }

    /**
     * The traffic demo the page boots on request: one of the kernel's test images (a server, a client and a
     * process that faults; kernel/src/test/java/org/mkplay/kernel/build/TestImages.java).
     */
    static final String TRAFFIC_IMAGE = "timeline.elf";

    /** The default system (supervisor, names, console driver, echo, files, shell at {@code mk$}): system/README.md. */
    static final String DEFAULT_SYSTEM = "default-system.elf";

    /**
     * The default system in the other placement presets (docs/system-images.md, Placement), copied as
     * {@code system-kernel.elf} and {@code system-mixed.elf} for a page that switches placements.
     */
    static final List<String> PLACEMENTS = List.of("kernel", "mixed");

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException(
                    "usage: GuestImageWriter OUTPUT_DIR KERNEL_IMAGES_DIR SYSTEM_CLASSES_DIR");
        }
        Path images = Path.of(args[0]);
        Path traffic = required(
                Path.of(args[1]).resolve(TRAFFIC_IMAGE),
                "the kernel module's build makes it (its test"
                        + " images need the test sources compiled, so do not build with -Dmaven.test.skip)");
        Path system = required(Path.of(args[2]).resolve(DEFAULT_SYSTEM), "the system module's build makes it");
        Path bench = Files.createDirectories(images.resolve("bench"));
        Files.write(images.resolve("demo.elf"), DemoImage.build());
        Files.copy(system, images.resolve("system.elf"), StandardCopyOption.REPLACE_EXISTING);
        for (String placement : PLACEMENTS) {
            Path placed = required(
                    Path.of(args[2]).resolve(DEFAULT_SYSTEM.replace(".elf", "-" + placement + ".elf")),
                    "the system module's build makes it");
            Files.copy(placed, images.resolve("system-" + placement + ".elf"), StandardCopyOption.REPLACE_EXISTING);
        }
        // the page's placement toggle reads which servers can be placed in the kernel from the manifest itself
        Files.copy(
                required(Path.of(args[2]).resolve("default/system.json"), "the system module's resources hold it"),
                images.resolve("system.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(traffic, images.resolve("traffic.elf"), StandardCopyOption.REPLACE_EXISTING);
        Map<String, byte[]> workloads = benchWorkloads();
        for (Map.Entry<String, byte[]> w : workloads.entrySet()) {
            Files.write(bench.resolve(w.getKey() + ".elf"), w.getValue());
        }
        Files.writeString(bench.resolve("index.json"), indexJson(workloads.keySet()), StandardCharsets.UTF_8);
    }

    private static Path required(Path image, String why) throws IOException {
        if (!Files.isRegularFile(image)) throw new IOException(image + " is missing: " + why);
        return image;
    }

    /** Workload names are plain identifiers, so no escaping is needed. */
    private static String indexJson(Collection<String> names) {
        String items = names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
        return "{\"workloads\": [" + items + "]}\n";
    }
}
