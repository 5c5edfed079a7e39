package org.mkplay.backend.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import javax.sql.DataSource;

/**
 * SQLite's writes, made by one thread in group commits. SQLite takes one writer at a time, and a writer that finds
 * the lock taken sleeps in its busy handler (1, 2, 5 ... up to 100 ms a nap) however soon the lock is free; queued
 * behind one lock instead, each write still pays a commit of its own. Under 50 concurrent saves both made the p99.
 * Here the writes of all request threads queue for this thread, which runs as many as are waiting (up to
 * {@link #BATCH}) in one transaction, each under a savepoint so that one failing write fails alone, and commits
 * once. A caller waits until its write is committed (or failed), as before. SQLite serves one process, so one
 * writer per database is all there is (instances share PostgreSQL, which needs none of this).
 */
final class SqliteWriter implements AutoCloseable {
    /** Most writes in one commit: a batch holds at most this many 650 KB build answers in memory. */
    static final int BATCH = 64;

    private record Write<T>(Database.SqlWork<T> work, CompletableFuture<T> done) {}

    private final DataSource pool;
    private final BlockingQueue<Write<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closing;

    SqliteWriter(DataSource pool) {
        this.pool = pool;
        this.thread = new Thread(this::loop, "mkplay-sqlite-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs {@code work} in the next group commit and returns its value once committed. */
    <T> T write(Database.SqlWork<T> work) throws SQLException {
        if (closing) throw new SQLException("the database is closed");
        CompletableFuture<T> done = new CompletableFuture<>();
        queue.add(new Write<>(work, done));
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a write", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof SQLException s) throw s;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new SQLException(e.getCause());
        }
    }

    private void loop() {
        List<Write<?>> batch = new ArrayList<>();
        while (!closing || !queue.isEmpty()) {
            try {
                Write<?> first = queue.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                closing = true;
            } finally {
                batch.clear();
            }
        }
    }

    /** One transaction: each write under its own savepoint, one commit; then every caller is told. */
    private void commit(List<Write<?>> batch) {
        List<Object> values = new ArrayList<>(batch.size());
        List<Throwable> failures = new ArrayList<>(batch.size());
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (Write<?> w : batch) run(c, s, w, values, failures);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            for (Write<?> w : batch) w.done().completeExceptionally(e);
            return;
        }
        for (int i = 0; i < batch.size(); i++) complete(batch.get(i), values.get(i), failures.get(i));
    }

    private static void run(Connection c, Statement s, Write<?> w, List<Object> values, List<Throwable> failures)
            throws SQLException {
        s.execute("SAVEPOINT write");
        try {
            values.add(w.work().apply(c));
            failures.add(null);
            s.execute("RELEASE write");
        } catch (SQLException | RuntimeException e) {
            s.execute("ROLLBACK TO write");
            s.execute("RELEASE write");
            values.add(null);
            failures.add(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void complete(Write<T> w, Object value, Throwable failure) {
        if (failure != null) w.done().completeExceptionally(failure);
        else w.done().complete((T) value);
    }

    /** Commits what is queued, then stops. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
