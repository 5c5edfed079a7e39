package org.mkplay.backend.lessons;

import io.javalin.config.RoutesConfig;
import io.javalin.http.NotFoundResponse;
import org.mkplay.backend.source.SourceFiles;

/** {@code GET /api/lessons} (id, title, order, in course order) and {@code GET /api/lessons/{id}}. */
public final class LessonRoutes {
    private final LessonCatalog catalog;

    public LessonRoutes(LessonCatalog catalog) {
        this.catalog = catalog;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/lessons", ctx -> ctx.json(catalog.list()));
        routes.get("/api/lessons/{id}", ctx -> {
            String id = ctx.pathParam("id");
            ctx.json(catalog.get(id).orElseThrow(() -> new NotFoundResponse("no lesson " + SourceFiles.quoted(id))));
        });
    }
}
