package org.mkplay.web.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Build step: writes the guest images the web app serves, {@code demo.elf} and {@code bench/NAME.elf}, plus
 * {@code bench/index.json} (the workload names, in order) for the benchmark page, and copies the kernel's
 * multi-process image ({@link #SYSTEM_IMAGE}, built by the kernel module) to {@code system.elf}, which the page's
 * Processes and IPC timeline tabs show.
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
     * The multi-process system the page boots for its system views: one of the kernel's test images (a server,
     * a client and a process that faults; kernel/src/test/java/org/mkplay/kernel/build/TestImages.java).
     */
    static final String SYSTEM_IMAGE = "timeline.elf";

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: GuestImageWriter OUTPUT_DIR KERNEL_IMAGES_DIR");
        Path images = Path.of(args[0]);
        Path system = Path.of(args[1]).resolve(SYSTEM_IMAGE);
        if (!Files.isRegularFile(system)) {
            throw new IOException(system + " is missing: the kernel module's build makes it (its test images need the"
                + " test sources compiled, so do not build with -Dmaven.test.skip)");
        }
        Path bench = Files.createDirectories(images.resolve("bench"));
        Files.write(images.resolve("demo.elf"), DemoImage.build());
        Files.copy(system, images.resolve("system.elf"), StandardCopyOption.REPLACE_EXISTING);
        Map<String, byte[]> workloads = benchWorkloads();
        for (Map.Entry<String, byte[]> w : workloads.entrySet()) {
            Files.write(bench.resolve(w.getKey() + ".elf"), w.getValue());
        }
        Files.writeString(bench.resolve("index.json"), indexJson(workloads.keySet()), StandardCharsets.UTF_8);
    }

    /** Workload names are plain identifiers, so no escaping is needed. */
    private static String indexJson(Collection<String> names) {
        String items = names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
        return "{\"workloads\": [" + items + "]}\n";
    }
}
