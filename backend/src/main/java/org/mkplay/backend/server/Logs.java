package org.mkplay.backend.server;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * The end of logging. Request lines go through an asynchronous appender (see logback.xml), so the last lines may
 * still be queued when the JVM stops. Logback's own shutdown hook would race the server's (the JVM runs hooks in
 * no fixed order, and the server's "stopped" line could arrive after logging had ended), so the process flushes
 * here instead, once its last line is written.
 */
public final class Logs {
    private Logs() {}

    /** Writes every queued line and stops logging; anything logged afterwards is dropped. */
    public static void flush() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) context.stop();
    }
}
