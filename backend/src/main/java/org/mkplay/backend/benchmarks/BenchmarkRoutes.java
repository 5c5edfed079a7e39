package org.mkplay.backend.benchmarks;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.regex.Pattern;
import org.mkplay.backend.server.JsonBodies;
import org.mkplay.backend.source.SourceFiles;

/** {@code POST /api/benchmarks} and {@code GET /api/benchmarks/{id}}. */
public final class BenchmarkRoutes {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{16}");
    private final BenchmarkService benchmarks;

    public BenchmarkRoutes(BenchmarkService benchmarks) {
        this.benchmarks = benchmarks;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/benchmarks", this::run);
        routes.get(
                "/api/benchmarks/{id}",
                ctx -> ctx.json(benchmarks.find(checked(ctx)).orElseThrow(() -> unknown(ctx))));
    }

    private void run(Context ctx) {
        BenchmarkRequest request = JsonBodies.read(ctx, BenchmarkRequest.class).validated();
        ctx.json(benchmarks.run(request, ctx.ip()));
    }

    private static String checked(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ID.matcher(id).matches()) throw unknown(ctx);
        return id;
    }

    private static NotFoundResponse unknown(Context ctx) {
        return new NotFoundResponse("no benchmark " + SourceFiles.quoted(ctx.pathParam("id")));
    }
}
