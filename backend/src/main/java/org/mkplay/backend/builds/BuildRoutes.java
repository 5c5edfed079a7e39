package org.mkplay.backend.builds;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.regex.Pattern;
import org.mkplay.backend.lessons.LessonCatalog;
import org.mkplay.backend.server.JsonBodies;
import org.mkplay.backend.source.SourceFiles;

/** {@code POST /api/builds}, {@code GET /api/builds/{id}} and {@code GET /api/builds/{id}/image}. */
public final class BuildRoutes {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{16}");
    private final BuildService builds;
    private final LessonCatalog lessons;

    public BuildRoutes(BuildService builds, LessonCatalog lessons) {
        this.builds = builds;
        this.lessons = lessons;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/builds", this::build);
        routes.get(
                "/api/builds/{id}", ctx -> answer(ctx, builds.find(checked(ctx)).orElseThrow(() -> unknown(ctx))));
        routes.get("/api/builds/{id}/image", ctx -> {
            byte[] image = builds.image(checked(ctx)).orElseThrow(() -> unknown(ctx));
            ctx.contentType("application/octet-stream")
                    .header("Content-Disposition", "attachment; filename=\"" + ctx.pathParam("id") + ".elf\"")
                    .header("Cache-Control", "public, max-age=31536000, immutable") // content-addressed
                    .result(image);
        });
    }

    private void build(Context ctx) {
        BuildRequest request = JsonBodies.read(ctx, BuildRequest.class)
                .validated(id -> lessons.get(id).map(l -> l.folder()).orElse(null));
        LessonSystem system = request.lesson() == null
                ? null
                : LessonSystem.of(lessons.get(request.lesson()).orElseThrow().folder());
        answer(ctx, builds.build(request, system, ctx.ip()));
    }

    /** The answer's JSON as it was stored (see {@link BuildAnswer}: not parsed and serialised again). */
    private static void answer(Context ctx, BuildAnswer answer) {
        ctx.contentType("application/json").result(answer.body());
    }

    private static String checked(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ID.matcher(id).matches()) throw unknown(ctx);
        return id;
    }

    private static NotFoundResponse unknown(Context ctx) {
        return new NotFoundResponse("no build (or no image of a build) " + SourceFiles.quoted(ctx.pathParam("id")));
    }
}
