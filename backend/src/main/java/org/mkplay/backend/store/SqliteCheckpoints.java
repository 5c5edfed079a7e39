package org.mkplay.backend.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQLite's checkpoints (the WAL's pages copied back into the database file) on a thread of their own. By default the
 * commit that takes the WAL past 1,000 pages runs the checkpoint itself, fsyncs included, while every writer of its
 * group commit waits; with {@code wal_autocheckpoint=0} on every connection ({@link Database}) this thread does it every
 * {@link #PERIOD_MILLIS} instead, in PASSIVE mode: it copies what no reader still needs and never blocks a reader or a
 * writer. A writer starts the WAL over once a checkpoint has copied all of it.
 */
final class SqliteCheckpoints implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteCheckpoints.class);
    static final long PERIOD_MILLIS = 1000;

    private final DataSource pool;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mkplay-db-checkpoint");
        t.setDaemon(true);
        return t;
    });

    SqliteCheckpoints(DataSource pool) {
        this.pool = pool;
        thread.scheduleWithFixedDelay(this::checkpoint, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** One PASSIVE checkpoint now (also what the schedule runs). */
    void checkpoint() {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException | RuntimeException e) {
            LOG.warn("SQLite checkpoint failed (the next one tries again): {}", e.toString());
        }
    }

    /** Stops the schedule; the last connection to close checkpoints the rest (SQLite does). */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
