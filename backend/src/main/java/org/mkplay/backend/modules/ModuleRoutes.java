package org.mkplay.backend.modules;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import org.mkplay.backend.lessons.LessonCatalog;
import org.mkplay.backend.server.JsonBodies;
import org.mkplay.backend.server.PlaygroundPage;
import org.mkplay.backend.source.InvalidInput;

/** {@code POST /api/modules}, {@code GET /api/modules/{id}} and the share link {@code /m/{id}}. */
public final class ModuleRoutes {
    private final ModuleStore store;
    private final LessonCatalog lessons;

    public ModuleRoutes(ModuleStore store, LessonCatalog lessons) {
        this.store = store;
        this.lessons = lessons;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/modules", this::save);
        // the stored canonical JSON is the answer ({title, lesson?, placement?, files}): served as it is
        routes.get(
                "/api/modules/{id}", ctx -> ctx.contentType("application/json").result(load(ctx.pathParam("id"))));
        routes.get("/m/{id}", ctx -> {
            load(ctx.pathParam("id"));
            PlaygroundPage.serve(ctx);
        });
    }

    private void save(Context ctx) {
        Module module = Module.validated(JsonBodies.read(ctx, Module.class));
        if (module.lesson() != null && !lessons.contains(module.lesson())) {
            throw new InvalidInput("lesson: no lesson " + module.lesson());
        }
        String id = store.save(module);
        ctx.status(201).json(Map.of("id", id, "url", "/m/" + id));
    }

    private String load(String id) {
        if (!ModuleId.FORMAT.matcher(id).matches()) {
            throw new NotFoundResponse("no module " + org.mkplay.backend.source.SourceFiles.quoted(id));
        }
        return store.loadJson(id).orElseThrow(() -> new NotFoundResponse("no module " + id));
    }
}
