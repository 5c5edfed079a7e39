package org.mkplay.backend.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.mkplay.backend.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mkplay HTTP server: the static web app from the classpath folder {@code public/} (the mkplay-web jar)
 * at {@code /}, and the JSON API under {@code /api}. Every error, whether raised by a handler, by Javalin's
 * router or by Jetty's HTTP parser, reaches the client as {@link ErrorBody} JSON; 5xx details stay in the log.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final Logger REQUESTS = LoggerFactory.getLogger("mkplay.requests");
    /** In-flight requests get this long to finish when the server stops (SIGTERM, Ctrl-C). */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
    /** Classpath folder holding the web app (index.html, bench.html, JS bundles, classes.wasm, demo.elf). */
    static final String STATIC_ROOT = "/public";

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Binds host:port (port 0 = any free port) and serves until {@link #close()}. */
    public static WebServer start(String host, int port) {
        return start(host, port, routes -> {});
    }

    /** As {@link #start(String, int)} with extra routes (tests add failing or slow endpoints). */
    static WebServer start(String host, int port, Consumer<RoutesConfig> extraRoutes) {
        Javalin app = Javalin.create(config -> {
            configure(config);
            extraRoutes.accept(config.routes);
        });
        app.start(host, port);
        LOG.info("listening on {}:{}", host, app.port());
        return new WebServer(app);
    }

    /** True when the classpath holds the web app (it comes from the mkplay-web jar). */
    public static boolean webAppPresent() {
        return WebServer.class.getResource(STATIC_ROOT + "/index.html") != null;
    }

    /** The bound port (useful after asking for port 0). */
    public int port() {
        return app.port();
    }

    /** Stops accepting connections, lets in-flight requests finish (up to {@link #STOP_TIMEOUT}), stops. */
    @Override
    public void close() {
        app.stop();
        LOG.info("stopped");
    }

    private static void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.prefer405over404 = true;
        config.jsonMapper(new JavalinJackson(JavalinJackson.defaultMapper(), false));
        config.jetty.modifyServer(server -> {
            server.setStopTimeout(STOP_TIMEOUT.toMillis());
            // Javalin nests its servlet context inside a wrapper it finds here; this one counts in-flight
            // requests so that stop() waits for them instead of cutting them off.
            server.setHandler(new GracefulHandler());
            server.setErrorHandler(new JsonErrorHandler());
        });
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));
        configureStaticFiles(config);
        config.requestLogger.http(WebServer::logRequest);
        config.routes.get("/api/health", WebServer::health);
        configureErrors(config);
    }

    private static void configureStaticFiles(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = STATIC_ROOT;
            files.location = Location.CLASSPATH;
            // File names carry no content hash (classes.wasm, demo.elf), so browsers must revalidate
            // every time; the ETag makes an unchanged file a 304 without a body.
            files.headers = Map.of("Cache-Control", "no-cache", "X-Content-Type-Options", "nosniff");
            files.mimeTypes.add("application/wasm", "wasm");
            files.mimeTypes.add("text/javascript", "js", "mjs");
            files.mimeTypes.add("application/octet-stream", "elf");
        });
        config.http.generateEtags = true;
    }

    private static void health(Context ctx) {
        ctx.json(Map.of("status", "ok", "version", Version.get()));
    }

    private static void configureErrors(JavalinConfig config) {
        config.routes.exception(HttpResponseException.class, (e, ctx) -> sendError(ctx, e.getStatus(), e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            sendError(ctx, 500, "internal server error");
        });
        // No route and no static file matched.
        config.routes.error(404, ctx -> {
            String contentType = ctx.res().getContentType();
            if (contentType != null && contentType.startsWith("application/json")) {
                return; // a handler already answered 404 with its own JSON error
            }
            sendError(ctx, 404, "not found: " + ctx.path());
        });
    }

    private static void sendError(Context ctx, int status, String message) {
        String text = message == null || message.isBlank() ? "error" : message;
        ctx.status(status).contentType("application/json").result(new ErrorBody(text, status).toJson());
    }

    private static void logRequest(Context ctx, Float millis) {
        REQUESTS.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), String.format("%.1f", millis));
    }
}
