package org.mkplay.backend.builds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.mkplay.backend.builds.worker.WorkerProcess;
import org.mkplay.backend.builds.worker.WorkerRequest;
import org.mkplay.backend.modules.ModuleId;
import org.mkplay.backend.server.Futures;
import org.mkplay.backend.server.Rejected;
import org.mkplay.backend.source.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds: content-addressed (the id is a hash of the toolchain and the canonical request; a stored answer is
 * served again), run on a bounded pool of worker processes behind a bounded queue, each under a time limit.
 * Identical builds in flight at once are compiled once. Stateless apart from the database, so any instance
 * serves any build.
 */
public final class BuildService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BuildService.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A tiny program each new worker compiles before its first real build, so javac's warm-up is not timed. */
    private static final List<SourceFile> WARM_UP = List.of(new SourceFile(
            "WarmUp.java",
            "public class WarmUp { public static void main(String[] a) { System.out.println(\"ok\"); } }"));

    private static final java.time.Duration WARM_UP_LIMIT = java.time.Duration.ofSeconds(120);

    private final BuildSettings settings;
    private final BuildStore store;
    private final String salt;
    private final ThreadPoolExecutor pool;
    private final BlockingQueue<WorkerProcess> idle;
    private final ScheduledExecutorService timer;
    private final RateLimiter rate;
    private final Map<String, CompletableFuture<BuildAnswer>> inFlight = new ConcurrentHashMap<>();

    public BuildService(BuildSettings settings, BuildStore store) {
        this.settings = settings;
        this.store = store;
        // v2: the listing of a standalone program holds the learner's lines only (see WorkerCompile)
        this.salt = "mkplay-build-v2\n" + ToolchainFingerprint.get() + "\n";
        this.pool = new ThreadPoolExecutor(
                settings.workers(),
                settings.workers(),
                0,
                TimeUnit.MILLISECONDS,
                settings.queue() == 0
                        ? new java.util.concurrent.SynchronousQueue<>()
                        : new ArrayBlockingQueue<>(settings.queue()),
                named("mkplay-build"),
                new ThreadPoolExecutor.AbortPolicy());
        this.idle = new LinkedBlockingQueue<>();
        this.timer = Executors.newSingleThreadScheduledExecutor(named("mkplay-build-timer"));
        this.rate = settings.perMinute() == 0
                ? null
                : new RateLimiter(settings.perMinute(), settings.burst(), System::nanoTime);
    }

    /** Builds {@code request} (validated) for {@code client}, or answers from the cache. */
    public BuildAnswer build(BuildRequest request, String client) {
        return build(request, null, client);
    }

    /**
     * Builds {@code request} (validated) for {@code client}, packed into {@code system} (a lesson's; null: a
     * standalone program), or answers from the cache.
     */
    public BuildAnswer build(BuildRequest request, LessonSystem system, String client) {
        String id = idOf(request, system);
        Optional<BuildAnswer> cached = store.find(id);
        if (cached.isPresent()) {
            return cached.get();
        }
        if (rate != null) {
            int wait = rate.acquire(client);
            if (wait > 0) {
                throw new Rejected(429, "too many builds from this client; try again in " + wait + " s", wait);
            }
        }
        CompletableFuture<BuildAnswer> mine = new CompletableFuture<>();
        CompletableFuture<BuildAnswer> running = inFlight.putIfAbsent(id, mine);
        if (running != null) {
            return await(running);
        }
        try {
            pool.execute(() -> complete(mine, id, WorkerRequest.of(request.files(), system, request.placements())));
        } catch (RejectedExecutionException e) {
            inFlight.remove(id, mine);
            mine.completeExceptionally(busy());
            throw busy();
        }
        return await(mine);
    }

    /** Builds being compiled or waiting for a worker now (distinct inputs). */
    public int inFlight() {
        return inFlight.size();
    }

    public Optional<BuildAnswer> find(String id) {
        return store.find(id);
    }

    public Optional<byte[]> image(String id) {
        return store.image(id);
    }

    /**
     * The id: base64url SHA-256 of the salt (build format and toolchain code), the canonical request and the lesson's
     * system (its manifest and files: a changed lesson builds anew).
     */
    String idOf(BuildRequest request, LessonSystem system) {
        try {
            String lesson = system == null ? "" : "\n" + JSON.writeValueAsString(system);
            return ModuleId.hash(salt, JSON.writeValueAsString(request) + lesson, 16);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request of strings always serialises", e);
        }
    }

    private void complete(CompletableFuture<BuildAnswer> future, String id, WorkerRequest request) {
        try {
            BuildOutput output = runOnWorker(request);
            BuildAnswer answer =
                    BuildAnswer.fresh(BuildResult.of(id, output, request.system() == null ? "standalone" : "system"));
            store.save(answer, output.elf());
            future.complete(answer);
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
        } finally {
            inFlight.remove(id, future);
        }
    }

    private BuildOutput runOnWorker(WorkerRequest files) {
        WorkerProcess worker = idle.poll();
        try {
            if (worker == null || !worker.alive()) {
                worker = WorkerProcess.start(settings.workerHeapMiB());
                worker.build(new WorkerRequest(WARM_UP, null), WARM_UP_LIMIT, timer);
            }
            BuildOutput output = worker.build(files, limitOf(files), timer);
            if (worker.alive()) {
                idle.add(worker);
                worker = null;
            }
            return output;
        } catch (WorkerProcess.TimedOut e) {
            worker = null; // killed already
            throw new Rejected(
                    422,
                    "the build ran longer than the limit of "
                            + limitOf(files).toSeconds()
                            + " s and was stopped (deep nesting, huge constant arrays and recursive generics are slow to compile)",
                    0);
        } catch (IOException e) {
            throw new UncheckedIOException("build worker failed", e);
        } finally {
            if (worker != null) worker.close();
        }
    }

    /**
     * The time a build may take: a lesson's system image compiles each of its programs (up to 16, most of them the
     * lesson's and the default system's, remembered by the worker after its first build of them), so it gets
     * {@link #SYSTEM_FACTOR} times the limit of one program.
     */
    private java.time.Duration limitOf(WorkerRequest request) {
        return request.system() == null
                ? settings.timeLimit()
                : settings.timeLimit().multipliedBy(SYSTEM_FACTOR);
    }

    static final int SYSTEM_FACTOR = 3;

    private Rejected busy() {
        return new Rejected(503, "the build queue is full; try again shortly", 5);
    }

    private static BuildAnswer await(CompletableFuture<BuildAnswer> future) {
        return Futures.await(future, "a build");
    }

    /** Lets queued and running builds finish (up to the time limit plus a margin), then stops the workers. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(
                    settings.timeLimit().toSeconds() * SYSTEM_FACTOR * (1 + settings.queue() / settings.workers()) + 5,
                    TimeUnit.SECONDS)) {
                LOG.warn("builds still running at shutdown; stopping their workers");
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
        timer.shutdownNow();
        for (WorkerProcess w = idle.poll(); w != null; w = idle.poll()) {
            w.close();
        }
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
