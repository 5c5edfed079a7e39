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
        routes.get("/api/modules/{id}", this::serve);
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

    /**
     * The stored canonical JSON is the answer ({title, lesson?, placement?, files}), served as it is. A module never
     * changes under its id (the id is its content's hash), so the id is its entity tag and the answer may be kept for
     * good ({@value #IMMUTABLE}): a client that has it asks with If-None-Match and gets a 304 without a body.
     */
    private void serve(Context ctx) {
        String id = ctx.pathParam("id");
        byte[] body = load(id);
        String tag = "\"" + id + "\"";
        ctx.header("ETag", tag).header("Cache-Control", IMMUTABLE);
        if (matches(ctx.header("If-None-Match"), tag)) {
            ctx.status(304);
        } else {
            ctx.contentType("application/json").result(body);
        }
    }

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** If-None-Match (RFC 9110 13.1.2): "*" or a list of entity tags, compared weakly (a W/ prefix matches too). */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) return false;
        for (String candidate : ifNoneMatch.split(",")) {
            String t = candidate.strip();
            if (t.equals("*") || t.equals(tag) || t.equals("W/" + tag)) return true;
        }
        return false;
    }

    private byte[] load(String id) {
        if (!ModuleId.FORMAT.matcher(id).matches()) {
            throw new NotFoundResponse("no module " + org.mkplay.backend.source.SourceFiles.quoted(id));
        }
        return store.loadJson(id).orElseThrow(() -> new NotFoundResponse("no module " + id));
    }
}
