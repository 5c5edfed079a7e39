package org.mkplay.backend.builds.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.mkplay.backend.builds.BuildDiagnostic;
import org.mkplay.backend.builds.BuildOutput;

/**
 * A build worker: a separate JVM the server starts (see {@link WorkerProcess}), reading build requests on
 * standard input and answering on standard output, one at a time. Builds run here and not in the server so
 * that a pathological source is stopped by killing this process: javac and our compiler have no way to be
 * interrupted, and a thread cannot be stopped safely. The worker compiles; it never runs what it compiled.
 */
public final class BuildWorker {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BuildWorker() {}

    public static void main(String[] args) throws IOException {
        PrintStream protocol = System.out;
        System.setOut(System.err); // anything printed by a library must not corrupt the pipe
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(protocol));
        WorkerCompile compile = new WorkerCompile();
        for (byte[] request = Frames.read(in); request != null && !exhausted; request = Frames.read(in)) {
            WorkerRequest sources = JSON.readValue(request, WorkerRequest.class);
            Frames.write(out, JSON.writeValueAsBytes(build(compile, sources)));
        }
        // End of input (the server closed the pipe) or memory exhausted: exit; the server starts a new worker.
    }

    /** Set after an OutOfMemoryError: this JVM's state is suspect, so it answers and exits. */
    private static boolean exhausted;

    private static BuildOutput build(WorkerCompile compile, WorkerRequest sources) throws IOException {
        try {
            return compile.compile(sources);
        } catch (StackOverflowError e) {
            return gaveUp("the program is nested too deeply for the compiler");
        } catch (OutOfMemoryError e) {
            exhausted = true;
            return gaveUp("the program needs more memory to compile than a build may use");
        } catch (RuntimeException e) {
            // A compiler bug, not the learner's fault: say so, the server logs the details it gets on stderr.
            e.printStackTrace();
            return gaveUp("internal compiler error: " + e.getClass().getSimpleName());
        }
    }

    private static BuildOutput gaveUp(String why) {
        return new BuildOutput(
                List.of(new BuildDiagnostic("<program>", 0, 0, BuildDiagnostic.ERROR, why, "mkplay")),
                null,
                List.of(),
                null,
                0);
    }
}
