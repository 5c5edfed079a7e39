package org.mkplay.backend.loadtest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * The server under load, over real HTTP: {@code clients} threads save {@code warmUp} distinct modules and load each
 * back (a row of its own), then {@code saves} more (it must be byte-identical), then every id is loaded once more; then the same clients request
 * {@code builds} distinct builds of a 200-line program at once (the pool saturated: the figure is builds/s, the
 * latencies are mostly time in the queue), then the same builds again (answered from the cache); then one client
 * requests {@code singleBuilds} further distinct builds one after the other (a build's own latency, with the pool's
 * workers running). Prints throughput and latency percentiles; counts, not thresholds.
 */
public final class ServerLoad {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param warmUp saves (each loaded back) made first by the same clients, reported on a row of their own and left
     *     out of the save and load figures: a fresh server's first second (class loading, the JIT, pools filling)
     *     otherwise decides the p99 of the steady state
     */
    public record Settings(URI base, int clients, int warmUp, int saves, int builds, int singleBuilds) {}

    /** What went wrong, if anything: a lost or altered module, an error answer, a failed build. */
    public record Outcome(int lost, int errors, int refused) {
        public boolean clean() {
            return lost == 0 && errors == 0;
        }
    }

    private final Settings settings;
    /**
     * Apache HttpClient's blocking client, a kept-alive connection per client thread: each request is written and its
     * answer read by the thread that times it (the JDK's client handed every request to its selector thread and back,
     * two thread switches a request, which on 2 busy cores the figures counted as the server's).
     */
    private final CloseableHttpClient http;

    private final Map<String, String> saved = new ConcurrentHashMap<>();
    private final AtomicInteger lost = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final Latencies saves = new Latencies();
    private final Latencies loads = new Latencies();
    private final Latencies builds = new Latencies();
    private final Latencies cachedBuilds = new Latencies();
    private final Latencies singleBuilds = new Latencies();

    public ServerLoad(Settings settings) {
        this.settings = settings;
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(settings.clients())
                        .setMaxConnPerRoute(settings.clients())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(Timeout.ofSeconds(10))
                        .setResponseTimeout(Timeout.ofMinutes(2))
                        .build())
                .disableAutomaticRetries()
                .disableContentCompression()
                .build();
    }

    /** An answer: its status, its body (read whole) and its Retry-After header (or null). */
    record Reply(int status, String body, String retryAfter) {}

    public Outcome run(PrintStream out) throws InterruptedException {
        try {
            return measure(out);
        } finally {
            try {
                http.close();
            } catch (IOException e) {
                // the connections are gone with the process anyway
            }
        }
    }

    private Outcome measure(PrintStream out) throws InterruptedException {
        out.printf(
                "mkplay bench server: %s, %d clients, %d saves after %d to warm up, %d builds at once,"
                        + " %d builds one at a time%n%n",
                settings.base(),
                settings.clients(),
                settings.saves(),
                settings.warmUp(),
                settings.builds(),
                settings.singleBuilds());
        out.printf("%-34s %8s %10s %9s %9s %9s%n", "phase", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms");
        if (settings.warmUp() > 0) {
            Latencies warmSaves = new Latencies(), warmLoads = new Latencies();
            long w0 = System.nanoTime();
            parallel(settings.warmUp(), i -> saveAndLoad(settings.saves() + i, warmSaves, warmLoads));
            double warmSeconds = (System.nanoTime() - w0) / 1e9;
            row(out, "warm-up: save (not below)", warmSaves.count(), warmSeconds, warmSaves);
            row(out, "warm-up: load (not below)", warmLoads.count(), warmSeconds, warmLoads);
        }
        long t0 = System.nanoTime();
        parallel(settings.saves(), i -> saveAndLoad(i, saves, loads));
        double modulesSeconds = (System.nanoTime() - t0) / 1e9;
        row(out, "save + load (50/50)", saves.count() + loads.count(), modulesSeconds, null);
        row(out, "  save", saves.count(), modulesSeconds, saves);
        row(out, "  load", loads.count(), modulesSeconds, loads);
        List<String> ids = new ArrayList<>(saved.keySet());
        Latencies reloads = new Latencies();
        long t1 = System.nanoTime();
        parallel(ids.size(), i -> reload(ids.get(i), reloads));
        row(out, "reload every saved id", reloads.count(), (System.nanoTime() - t1) / 1e9, reloads);
        long t2 = System.nanoTime();
        parallel(settings.builds(), i -> build(i, builds));
        double buildSeconds = (System.nanoTime() - t2) / 1e9;
        row(out, "build, fresh, all at once (queued)", builds.count(), buildSeconds, builds);
        long t3 = System.nanoTime();
        parallel(settings.builds(), i -> build(i, cachedBuilds));
        row(out, "build, cached, all at once", cachedBuilds.count(), (System.nanoTime() - t3) / 1e9, cachedBuilds);
        long t4 = System.nanoTime();
        for (int i = 0; i < settings.singleBuilds(); i++) {
            try {
                build(settings.builds() + i, singleBuilds);
            } catch (IOException e) {
                errors.incrementAndGet();
            }
        }
        row(out, "build, fresh, one at a time", singleBuilds.count(), (System.nanoTime() - t4) / 1e9, singleBuilds);
        out.printf(
                "%nbuilds/s at saturation: %.2f (%d distinct builds requested at once by %d clients, done in %.1f s)%n",
                builds.count() / buildSeconds,
                builds.count(),
                Math.min(settings.clients(), settings.builds()),
                buildSeconds);
        if (singleBuilds.count() > 0) {
            out.printf(
                    "fresh build latency, one at a time: p50 %.1f ms (%d distinct builds, one client, workers running)%n",
                    singleBuilds.percentileMillis(50), singleBuilds.count());
        }
        out.printf(
                "modules saved: %d distinct ids (%d of them in the warm-up), lost or altered: %d; error answers: %d;"
                        + " builds refused (503/429): %d%n",
                saved.size(), settings.warmUp(), lost.get(), errors.get(), refused.get());
        return new Outcome(
                lost.get() + settings.warmUp() + settings.saves() - saved.size(), errors.get(), refused.get());
    }

    private static void row(PrintStream out, String phase, int requests, double seconds, Latencies l) {
        if (l == null) {
            out.printf("%-34s %8d %10.1f%n", phase, requests, requests / seconds);
        } else {
            out.printf(
                    "%-34s %8d %10.1f %9.1f %9.1f %9.1f%n",
                    phase,
                    requests,
                    requests / seconds,
                    l.percentileMillis(50),
                    l.percentileMillis(95),
                    l.percentileMillis(99));
        }
        out.flush();
    }

    private interface Task {
        void run(int index) throws IOException, InterruptedException;
    }

    /** Runs tasks 0..count-1 on {@code clients} threads, each thread taking the next index. */
    private void parallel(int count, Task task) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.clients());
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    try {
                        task.run(i);
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                errors.incrementAndGet();
            }
        }
    }

    private void saveAndLoad(int i, Latencies saves, Latencies loads) throws IOException, InterruptedException {
        String content = Programs.module(i);
        ObjectNode body = JSON.createObjectNode().put("title", "bench module " + i);
        ArrayNode files = body.putArray("files");
        files.addObject().put("name", "Server" + (i % 7) + ".java").put("content", content);
        long start = System.nanoTime();
        Reply save = post("/api/modules", body.toString());
        saves.add(System.nanoTime() - start);
        if (save.status() != 201) {
            errors.incrementAndGet();
            return;
        }
        String id = JSON.readTree(save.body()).get("id").asText();
        saved.put(id, content);
        long loadStart = System.nanoTime();
        Reply load = get("/api/modules/" + id);
        loads.add(System.nanoTime() - loadStart);
        checkLoaded(load, content);
    }

    private void reload(String id, Latencies into) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Reply load = get("/api/modules/" + id);
        into.add(System.nanoTime() - start);
        checkLoaded(load, saved.get(id));
    }

    private void checkLoaded(Reply load, String content) throws IOException {
        if (load.status() != 200) {
            lost.incrementAndGet();
            return;
        }
        JsonNode files = JSON.readTree(load.body()).get("files");
        if (files == null
                || files.size() != 1
                || !content.equals(files.get(0).get("content").asText())) {
            lost.incrementAndGet();
        }
    }

    private void build(int i, Latencies into) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("files").addObject().put("name", "Server.java").put("content", Programs.twoHundredLines(i));
        for (int attempt = 0; attempt < 100; attempt++) {
            long start = System.nanoTime();
            Reply answer = post("/api/builds", body.toString());
            if (answer.status() == 503 || answer.status() == 429) {
                refused.incrementAndGet();
                Thread.sleep(1000L * Integer.parseInt(answer.retryAfter() == null ? "1" : answer.retryAfter()));
                continue;
            }
            into.add(System.nanoTime() - start);
            if (answer.status() != 200 || !builtOk(answer.body())) {
                errors.incrementAndGet();
            }
            return;
        }
        errors.incrementAndGet();
    }

    /**
     * Whether a build answer is JSON whose top-level {@code ok} is true: read with Jackson's streaming parser, every
     * token of it, but without building a tree of the listing (some 650 KB a 200-line program), which on a 2-core
     * machine took CPU from the server it measures.
     */
    static boolean builtOk(String body) throws IOException {
        boolean ok = false;
        try (JsonParser p = JSON.getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return false;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("ok")) ok = value == JsonToken.VALUE_TRUE;
                else p.skipChildren();
            }
            return ok && p.currentToken() == JsonToken.END_OBJECT && p.nextToken() == null;
        }
    }

    private Reply post(String path, String json) throws IOException {
        HttpPost post = new HttpPost(settings.base().resolve(path));
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        return send(post);
    }

    private Reply get(String path) throws IOException {
        return send(new HttpGet(settings.base().resolve(path)));
    }

    private Reply send(HttpUriRequestBase request) throws IOException {
        try (CloseableHttpResponse response = http.execute(request)) {
            String body = response.getEntity() == null
                    ? ""
                    : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            Header retry = response.getFirstHeader("Retry-After");
            return new Reply(response.getCode(), body, retry == null ? null : retry.getValue());
        } catch (ParseException e) {
            throw new IOException("unreadable answer", e);
        }
    }
}
