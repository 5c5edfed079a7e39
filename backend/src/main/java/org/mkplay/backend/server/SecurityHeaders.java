package org.mkplay.backend.server;

import io.javalin.http.Context;

/**
 * Headers on every answer. The CSP allows scripts, workers and fetches from this origin only (no inline or
 * evaluated script; 'wasm-unsafe-eval' is what compiling the emulator's WebAssembly needs), styles from this
 * origin plus the ones xterm.js sets on its elements, no plugins, no framing by other sites.
 *
 * One exception: the emulator's Web Worker ({@value #WORKER_SCRIPT}) runs under the policy of its own script's
 * answer, and TeaVM's JavaScript glue, which the worker loads, builds its JS-interop wrappers with
 * {@code new Function}; so that one script's policy adds 'unsafe-eval'. A worker has no DOM, and the pages
 * themselves keep the strict policy.
 */
public final class SecurityHeaders {
    public static final String CSP = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'wasm-unsafe-eval'",
            "worker-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    public static final String WORKER_SCRIPT = "/assets/worker.js";
    public static final String WORKER_CSP =
            CSP.replace("script-src 'self' 'wasm-unsafe-eval'", "script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'");

    private SecurityHeaders() {}

    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", ctx.path().equals(WORKER_SCRIPT) ? WORKER_CSP : CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
    }
}
