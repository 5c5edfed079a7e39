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
import org.mkplay.backend.modules.ModuleId;
import org.mkplay.backend.server.Futures;
import org.mkplay.bench.emulator.BenchFailure;
import org.mkplay.bench.system.SystemBench;

/**
 * The system benchmark over HTTP: content-addressed (the id hashes the system images, the loop lengths and the
 * canonical request; the figures are deterministic, so a stored answer is the answer), run on our emulator in a
 * bounded pool behind a bounded queue, each placement's run under an instruction budget. Identical requests in
 * flight at once run once. Stateless apart from the database.
 */
public final class BenchmarkService implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BenchmarkSettings settings;
    private final BenchmarkStore store;
    private final ThreadPoolExecutor pool;
    private final Map<String, CompletableFuture<BenchmarkResult>> inFlight = new ConcurrentHashMap<>();
    private volatile String salt;

    public BenchmarkService(BenchmarkSettings settings, BenchmarkStore store) {
        this.settings = settings;
        this.store = store;
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

    /** Runs {@code request} (validated), or answers from the store. */
    public BenchmarkResult run(BenchmarkRequest request) {
        String id = idOf(request);
        Optional<BenchmarkResult> stored = store.find(id);
        if (stored.isPresent()) return stored.get().asCached();
        CompletableFuture<BenchmarkResult> mine = new CompletableFuture<>();
        CompletableFuture<BenchmarkResult> running = inFlight.putIfAbsent(id, mine);
        if (running != null) return await(running);
        try {
            pool.execute(() -> complete(mine, id, request));
        } catch (RejectedExecutionException e) {
            inFlight.remove(id, mine);
            throw new BenchmarkRejected(503, "the benchmark queue is full; try again shortly", 10);
        }
        return await(mine);
    }

    public Optional<BenchmarkResult> find(String id) {
        return store.find(id).map(BenchmarkResult::asCached);
    }

    private void complete(CompletableFuture<BenchmarkResult> future, String id, BenchmarkRequest request) {
        try {
            BenchmarkResult result = measure(id, request);
            store.save(result);
            future.complete(result);
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
        } finally {
            inFlight.remove(id, future);
        }
    }

    private BenchmarkResult measure(String id, BenchmarkRequest request) {
        SystemBench bench = new SystemBench(settings.shortRuns(), settings.longRuns(), settings.budget());
        List<BenchmarkFigure> figures = new ArrayList<>();
        try {
            for (String placement : request.placements()) {
                bench.measure(PlacementImages.image(placement), placement, request.workloads())
                        .costs()
                        .forEach(c -> figures.add(BenchmarkFigure.of(c)));
            }
        } catch (BenchFailure e) {
            // the console of a failed run is ours (the default system's), but it stays in the log, not the answer
            String first = e.getMessage().lines().findFirst().orElse("failed");
            throw new BenchmarkRejected(422, "the benchmark did not finish: " + first, 0);
        }
        return new BenchmarkResult(
                id,
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
