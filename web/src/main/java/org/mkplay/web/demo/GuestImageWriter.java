package org.mkplay.web.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Build step: writes the guest images the web app serves, {@code demo.elf} and {@code bench/NAME.elf}, plus
 * {@code bench/index.json} (the workload names, in order) for the benchmark page.
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

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: GuestImageWriter OUTPUT_DIR");
        Path images = Path.of(args[0]);
        Path bench = Files.createDirectories(images.resolve("bench"));
        Files.write(images.resolve("demo.elf"), DemoImage.build());
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
