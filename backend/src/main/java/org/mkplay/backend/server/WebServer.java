package org.mkplay.backend.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.mkplay.backend.Version;
import org.mkplay.backend.benchmarks.BenchmarkRoutes;
import org.mkplay.backend.builds.BuildRoutes;
import org.mkplay.backend.builds.BuildSettings;
import org.mkplay.backend.lessons.LessonRoutes;
import org.mkplay.backend.modules.ModuleRoutes;
import org.mkplay.backend.source.InvalidInput;
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
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    /** Classpath folder holding the web app (index.html, bench.html, JS bundles, classes.wasm, demo.elf). */
    static final String STATIC_ROOT = "/public";

    /** Largest request body: 64 KiB of sources, JSON-escaped at worst six bytes a character, and the rest. */
    public static final long MAX_BODY_BYTES = 512 * 1024;

    /**
     * An oversized body up to this size is read and dropped before its 413 goes out. A client that writes its whole
     * body before it reads the answer (most do, browsers and the JDK's client among them) would otherwise find the
     * connection closed under its upload and never see the 413; a larger body is refused without reading it.
     */
    static final long DRAINED_BODY_BYTES = 4 * MAX_BODY_BYTES;

    private final Javalin app;
    private final Services services;

    private WebServer(Javalin app, Services services) {
        this.app = app;
        this.services = services;
    }

    /**
     * Binds host:port (port 0 = any free port) and serves until {@link #close()}, on a throwaway SQLite database
     * in a temporary folder (tests and the end-to-end suite; {@code mkplay serve} passes its own services).
     */
    public static WebServer start(String host, int port) {
        return start(Services.temporary(BuildSettings.defaults()), host, port);
    }

    /** Serves {@code services} on host:port; closing the server closes them. */
    public static WebServer start(Services services, String host, int port) {
        return start(services, host, port, null);
    }

    /**
     * As {@link #start(Services, String, int)}; behind a load balancer, {@code clientIpHeader} (e.g. X-Real-IP,
     * which the balancer must set, overwriting what the client sent) names the client for the build rate limit
     * instead of the connection's address, which is the balancer's. Null: the connection's address.
     */
    public static WebServer start(Services services, String host, int port, String clientIpHeader) {
        return start(services, host, port, routes -> {}, clientIpHeader);
    }

    /** As {@link #start(String, int)} with extra routes (tests add failing or slow endpoints). */
    static WebServer start(String host, int port, Consumer<RoutesConfig> extraRoutes) {
        return start(Services.temporary(BuildSettings.defaults()), host, port, extraRoutes, null);
    }

    private static WebServer start(
            Services services, String host, int port, Consumer<RoutesConfig> extraRoutes, String clientIpHeader) {
        try {
            Javalin app = Javalin.create(config -> {
                configure(config);
                if (clientIpHeader != null) {
                    config.contextResolver.ip = ctx -> {
                        String forwarded = ctx.header(clientIpHeader);
                        return forwarded == null || forwarded.isBlank()
                                ? ctx.req().getRemoteAddr()
                                : forwarded.strip();
                    };
                }
                registerApi(config.routes, services);
                extraRoutes.accept(config.routes);
            });
            app.start(host, port);
            LOG.info(
                    "listening on {}:{} ({} database)",
                    host,
                    app.port(),
                    services.db().kind());
            return new WebServer(app, services);
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    private static void registerApi(RoutesConfig routes, Services services) {
        new ModuleRoutes(services.modules(), services.lessons()).register(routes);
        new LessonRoutes(services.lessons()).register(routes);
        new BuildRoutes(services.builds(), services.lessons()).register(routes);
        new BenchmarkRoutes(services.benchmarks()).register(routes);
    }

    /** True when the classpath holds the web app (it comes from the mkplay-web jar). */
    public static boolean webAppPresent() {
        return WebServer.class.getResource(STATIC_ROOT + "/index.html") != null;
    }

    /** The bound port (useful after asking for port 0). */
    public int port() {
        return app.port();
    }

    public Services services() {
        return services;
    }

    /**
     * Stops accepting connections, lets in-flight requests finish (up to {@link #STOP_TIMEOUT}; a build's
     * request waits for its build), then stops the build workers and closes the database.
     */
    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            services.close();
        }
        LOG.info("stopped");
    }

    private static void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = MAX_BODY_BYTES;
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
        config.routes.before(SecurityHeaders::apply);
        config.routes.before(WebServer::refuseOversizedBody);
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
            // the security headers, CSP included, come from the before-handler (SecurityHeaders), which runs for files
            // too
            files.headers = Map.of("Cache-Control", "no-cache", "X-Content-Type-Options", "nosniff");
            files.mimeTypes.add("application/wasm", "wasm");
            files.mimeTypes.add("text/javascript", "js", "mjs");
            files.mimeTypes.add("application/octet-stream", "elf");
        });
        config.http.generateEtags = true;
    }

    private static void refuseOversizedBody(Context ctx) throws IOException {
        long length = ctx.req().getContentLengthLong();
        if (length <= MAX_BODY_BYTES) return; // also -1, a chunked body: Javalin counts it as it reads
        if (length <= DRAINED_BODY_BYTES) ctx.req().getInputStream().transferTo(OutputStream.nullOutputStream());
        throw new HttpResponseException(
                413, "the request body is " + length + " bytes; the server takes at most " + MAX_BODY_BYTES);
    }

    private static void health(Context ctx) {
        ctx.json(Map.of("status", "ok", "version", Version.get()));
    }

    private static void configureErrors(JavalinConfig config) {
        config.routes.exception(HttpResponseException.class, (e, ctx) -> sendError(ctx, e.getStatus(), e.getMessage()));
        config.routes.exception(InvalidInput.class, (e, ctx) -> sendError(ctx, 400, e.getMessage()));
        config.routes.exception(Rejected.class, (e, ctx) -> {
            if (e.retryAfterSeconds() > 0) ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            sendError(ctx, e.status(), e.getMessage());
        });
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
        if (!REQUESTS.isInfoEnabled()) return;
        REQUESTS.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), tenths(millis));
    }

    /** {@code millis} to one decimal: String.format's Formatter cost every request more than the rest of its log line. */
    static String tenths(float millis) {
        long t = Math.round(millis * 10.0);
        return (t / 10) + "." + (t % 10);
    }
}
