package org.mkplay.backend.builds.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mkplay.backend.builds.BuildOutput;

/**
 * The server's end of one {@link BuildWorker} JVM: same java and classpath as the server, a bounded heap.
 * {@link #build} sends one request and waits for the answer; if the time limit passes first, the process is
 * killed (which ends the wait with a closed pipe) and the build reported as timed out. A killed or dead
 * worker is not reused.
 */
public final class WorkerProcess implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final DataOutputStream toWorker;
    private final DataInputStream fromWorker;

    /** The build ran past its limit and the worker was killed. */
    public static final class TimedOut extends Exception {
        TimedOut() {
            super(null, null, false, false);
        }
    }

    private WorkerProcess(Process process) {
        this.process = process;
        this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream()));
    }

    /**
     * How much lower than the server's the workers' CPU priority is (nice(1)): a build keeps a core busy for a
     * second, a save or a load wants a few milliseconds of one, so on a machine of few cores the request threads go
     * first and the builds take what is left. Where there is no {@code nice} the workers run at the server's priority.
     */
    public static final int NICENESS = 5;

    static final Path NICE = Path.of("/usr/bin/nice");

    public static WorkerProcess start(int heapMiB) throws IOException {
        List<String> command = new ArrayList<>();
        if (java.nio.file.Files.isExecutable(NICE)) command.addAll(List.of(NICE.toString(), "-n", "" + NICENESS));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heapMiB + "m");
        command.add(
                "-Xss16m"); // javac recurses on nesting; a deeper stack turns more bombs into slow builds we can time
        // out
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1"); // C1 only: a fraction of the warm-up CPU, and builds are short
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BuildWorker.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().remove("JAVA_TOOL_OPTIONS"); // the server's heap settings are not the worker's
        return new WorkerProcess(builder.start());
    }

    /** One build, or {@link TimedOut} once {@code limit} has passed (the process is dead by then). */
    public BuildOutput build(WorkerRequest sources, Duration limit, ScheduledExecutorService timer)
            throws IOException, TimedOut {
        AtomicBoolean killed = new AtomicBoolean();
        ScheduledFuture<?> killer = timer.schedule(
                () -> {
                    killed.set(true);
                    process.destroyForcibly();
                },
                limit.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            Frames.write(toWorker, JSON.writeValueAsBytes(sources));
            byte[] answer = Frames.read(fromWorker);
            if (answer == null) {
                throw new IOException("build worker exited (status " + exitStatus() + ")");
            }
            return JSON.readValue(answer, BuildOutput.class);
        } catch (IOException e) {
            if (killed.get()) {
                throw new TimedOut();
            }
            throw e;
        } finally {
            killer.cancel(false);
        }
    }

    /** The worker's process id (nice execs java in its own process: the same id). */
    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    private String exitStatus() {
        try {
            return process.waitFor(1, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** Closes the pipe (the worker exits at end of input) and kills it if it has not gone within a second. */
    @Override
    public void close() {
        try {
            toWorker.close();
        } catch (IOException ignored) {
            // the worker is gone already
        }
        try {
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
