package org.mkplay.backend.server;

import io.javalin.http.Context;

/**
 * Headers on every answer. The CSP allows scripts, workers and fetches from this origin only (no inline or
 * evaluated script; 'wasm-unsafe-eval' is what compiling the emulator's WebAssembly needs), styles from this
 * origin plus the ones xterm.js sets on its elements, no plugins, no framing by other sites.
 */
public final class SecurityHeaders {
    public static final String CSP = String.join("; ",
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

    private SecurityHeaders() {}

    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
    }
}
