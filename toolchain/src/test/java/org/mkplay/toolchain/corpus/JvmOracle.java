package org.mkplay.toolchain.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mkplay.testkit.HostTool;

/**
 * The reference: programs compiled by the JDK's javac in one call and each run in its own child JVM
 * (so static state, System.exit and uncaught exceptions behave exactly as on a real JVM).
 * Closing deletes the sources and classes.
 */
public final class JvmOracle implements AutoCloseable {
    /** Client VM flags: these programs run for milliseconds, start-up dominates. */
    private static final List<String> JAVA_FLAGS = List.of(
            "-Xss16m",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Dfile.encoding=UTF-8",
            "-Dsun.stdout.encoding=UTF-8",
            "-Dsun.stderr.encoding=UTF-8");

    private static final int PARALLEL_JVMS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final Path root;
    private final Path classes;

    private JvmOracle(Path root, Path classes) {
        this.root = root;
        this.classes = classes;
    }

    /** Compiles every source (file name → text) with a single javac invocation. */
    public static JvmOracle compile(Map<String, String> sources) throws IOException, InterruptedException {
        Path root = Files.createTempDirectory("mkplay-oracle");
        Path src = Files.createDirectories(root.resolve("src"));
        Path classes = Files.createDirectories(root.resolve("classes"));
        List<String> cmd = new ArrayList<>(List.of(
                "javac", "--release", "17", "-encoding", "UTF-8", "-proc:none", "-nowarn", "-d", classes.toString()));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path f = src.resolve(e.getKey());
            Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
            cmd.add(f.toString());
        }
        HostTool.Result javac = HostTool.run(Duration.ofSeconds(300), cmd);
        assertEquals(
                0, javac.exitStatus(), () -> "javac failed:\n" + new String(javac.stderr(), StandardCharsets.UTF_8));
        return new JvmOracle(root, classes);
    }

    public HostTool.Result run(String mainClass) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("java"));
        cmd.addAll(JAVA_FLAGS);
        cmd.addAll(List.of("-cp", classes.toString(), mainClass));
        return HostTool.run(Duration.ofSeconds(120), cmd);
    }

    /** Starts every run at once on a small pool; the futures complete as the child JVMs finish. */
    public Map<String, CompletableFuture<HostTool.Result>> runAll(List<String> mainClasses) {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_JVMS, r -> {
            Thread t = new Thread(r, "jvm-oracle");
            t.setDaemon(true);
            return t;
        });
        Map<String, CompletableFuture<HostTool.Result>> runs = new java.util.LinkedHashMap<>();
        for (String name : mainClasses) {
            runs.put(name, CompletableFuture.supplyAsync(() -> runUnchecked(name), pool));
        }
        pool.shutdown();
        return runs;
    }

    @Override
    public void close() throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }

    private HostTool.Result runUnchecked(String mainClass) {
        try {
            return run(mainClass);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
