package org.mkplay.backend.builds.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.mkplay.backend.builds.BuildOutput;
import org.mkplay.backend.source.SourceFile;

/**
 * A build worker runs at a lower CPU priority than the server (so builds cannot starve the request threads), as the
 * kernel reports it (/proc/PID/stat, field 19: the nice value), and builds there.
 */
class WorkerPriorityTest {
    @Test
    void aWorkerRunsNicedAndBuilds() throws Exception {
        assertTrue(Files.isExecutable(WorkerProcess.NICE), "coreutils' nice is on every Linux the project supports");
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (WorkerProcess worker = WorkerProcess.start(128)) {
            String stat = Files.readString(Path.of("/proc/" + worker.pid() + "/stat"));
            for (int i = 0; i < 500 && stat.contains("(nice)"); i++) { // until nice has set it and exec'd java
                Thread.sleep(10);
                stat = Files.readString(Path.of("/proc/" + worker.pid() + "/stat"));
            }
            assertTrue(stat.contains("(java)"), stat);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long own = ownNice();
            assertEquals(own + WorkerProcess.NICENESS, Long.parseLong(fields[16]), stat);
            BuildOutput out = worker.build(
                    new WorkerRequest(
                            List.of(new SourceFile(
                                    "A.java", "public class A { public static void main(String[] a) {} }")),
                            null),
                    Duration.ofSeconds(120),
                    timer);
            assertTrue(out.elf() != null && out.elf().length > 0, "the niced worker still builds");
        } finally {
            timer.shutdownNow();
        }
    }

    private static long ownNice() throws Exception {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
    }
}
