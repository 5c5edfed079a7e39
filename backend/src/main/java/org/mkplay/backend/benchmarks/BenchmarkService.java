package org.mkplay.backend.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.mkplay.backend.builds.BuildService;
import org.mkplay.backend.lessons.LessonCatalog;
import org.mkplay.backend.modules.ModuleId;
import org.mkplay.backend.modules.ModuleStore;
import org.mkplay.backend.server.Futures;
import org.mkplay.backend.server.Rejected;
import org.mkplay.bench.emulator.BenchFailure;
import org.mkplay.bench.system.SystemBench;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.cpu.JvmBlockTranslator;

/**
 * The system benchmark over HTTP: content-addressed (the id hashes the system images, the loop lengths and the
 * canonical request; the figures are deterministic, so a stored answer is the answer), run on our emulator in a
 * bounded pool behind a bounded queue, each placement's run under an instruction budget. Identical requests in
 * flight at once run once. Stateless apart from the database.
 */
public final class BenchmarkService implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where a placement's image comes from: the default system's presets, or a module's builds. */
    @FunctionalInterface
    interface Images {
        byte[] of(String placement) throws BenchFailure;
    }

    private final BenchmarkSettings settings;
    private final BenchmarkStore store;
    private final ModuleSystems modules;
    private final ThreadPoolExecutor pool;
    private final Map<String, CompletableFuture<BenchmarkResult>> inFlight = new ConcurrentHashMap<>();
    private volatile String salt;

    public BenchmarkService(
            BenchmarkSettings settings,
            BenchmarkStore store,
            ModuleStore modules,
            LessonCatalog lessons,
            BuildService builds) {
        this.settings = settings;
        this.store = store;
        this.modules = new ModuleSystems(modules, lessons, builds);
        this.pool = new ThreadPoolExecutor(
                settings.workers(),
                settings.workers(),
                0,
                TimeUnit.MILLISECONDS,
                settings.queue() == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(settings.queue()),
                r -> {
                    Thread t = new Thread(r, "mkplay-benchmark");
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Runs {@code request} (validated) for {@code client}, or answers from the store. A module's system is built first
     * (by the build service, on the client's build rate, answered from its cache when built before), in the request's
     * thread; then its run waits for the benchmark pool like any other.
     */
    public BenchmarkResult run(BenchmarkRequest request, String client) {
        if (request.module() == null) return run(request, idOf(request), PlacementImages::image);
        ModuleSystems.Resolved system = modules.resolve(request, client);
        return run(
                system.request(),
                idOf(system),
                placement -> modules.image(system.buildIds().get(placement)));
    }

    private BenchmarkResult run(BenchmarkRequest request, String id, Images images) {
        Optional<BenchmarkResult> stored = store.find(id);
        if (stored.isPresent()) return stored.get().asCached();
        CompletableFuture<BenchmarkResult> mine = new CompletableFuture<>();
        CompletableFuture<BenchmarkResult> running = inFlight.putIfAbsent(id, mine);
        if (running != null) return await(running);
        try {
            pool.execute(() -> complete(mine, id, request, images));
        } catch (RejectedExecutionException e) {
            inFlight.remove(id, mine);
            throw new Rejected(503, "the benchmark queue is full; try again shortly", 10);
        }
        return await(mine);
    }

    /** The pool's limits and the loops (what mkplay serve was told). */
    public BenchmarkSettings settings() {
        return settings;
    }

    public Optional<BenchmarkResult> find(String id) {
        return store.find(id).map(BenchmarkResult::asCached);
    }

    private void complete(
            CompletableFuture<BenchmarkResult> future, String id, BenchmarkRequest request, Images images) {
        try {
            BenchmarkResult result = measure(id, request, images);
            store.save(result);
            future.complete(result);
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
        } finally {
            inFlight.remove(id, future);
        }
    }

    private BenchmarkResult measure(String id, BenchmarkRequest request, Images images) {
        SystemBench bench = new SystemBench(
                settings.shortRuns(),
                settings.longRuns(),
                settings.budget(),
                () -> JvmBlockTranslator.onJvm(new MachineConfig()));
        List<BenchmarkFigure> figures = new ArrayList<>();
        try {
            for (String placement : request.placements()) {
                bench.measure(images.of(placement), placement, request.workloads())
                        .costs()
                        .forEach(c -> figures.add(BenchmarkFigure.of(c)));
            }
        } catch (BenchFailure e) {
            // the first line says what failed; the console stays out of the answer
            String first = e.getMessage().lines().findFirst().orElse("failed");
            throw new Rejected(422, "the benchmark did not finish: " + first, 0);
        }
        return new BenchmarkResult(
                id,
                request.module(),
                request.workloads(),
                request.placements(),
                settings.shortRuns(),
                settings.longRuns(),
                figures,
                false);
    }

    /** base64url SHA-256 of the salt (the format, the images of every placement, the loops) and the request. */
    String idOf(BenchmarkRequest request) {
        try {
            return ModuleId.hash(salt(), JSON.writeValueAsString(request), 16);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request of strings always serialises", e);
        }
    }

    /**
     * A module's benchmark: the same salt and the request, and the build of every placement, whose id is the content
     * address of the toolchain, the lesson's system and the module's files in that placement (so of its image).
     */
    String idOf(ModuleSystems.Resolved system) {
        try {
            return ModuleId.hash(
                    salt(),
                    JSON.writeValueAsString(system.request()) + "\n" + JSON.writeValueAsString(system.buildIds()),
                    16);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request of strings always serialises", e);
        }
    }

    private String salt() {
        String s = salt;
        if (s == null) {
            StringBuilder b = new StringBuilder("mkplay-benchmark-v1\n")
                    .append(settings.shortRuns())
                    .append(' ')
                    .append(settings.longRuns())
                    .append(' ')
                    .append(settings.budget())
                    .append('\n');
            for (String placement : PlacementImages.available()) {
                try {
                    b.append(placement)
                            .append(' ')
                            .append(ModuleId.digest(PlacementImages.image(placement)))
                            .append('\n');
                } catch (BenchFailure e) {
                    throw new IllegalStateException("an available placement has an image", e);
                }
            }
            salt = s = b.toString();
        }
        return s;
    }

    private static BenchmarkResult await(CompletableFuture<BenchmarkResult> future) {
        return Futures.await(future, "a benchmark");
    }

    /** Lets queued and running benchmarks finish (a minute at most), then stops. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(60, TimeUnit.SECONDS)) pool.shutdownNow();
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
