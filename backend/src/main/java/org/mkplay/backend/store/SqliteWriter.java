package org.mkplay.backend.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * SQLite's writes, in group commits led by the writers themselves. SQLite takes one writer at a time, and a writer
 * that finds the lock taken sleeps in its busy handler (1, 2, 5 ... up to 100 ms a nap) however soon the lock is
 * free; queued behind one lock instead, each write would still pay a commit of its own. Under 50 concurrent saves
 * both made the p99.
 *
 * <p>Here every write joins a queue. The writer that finds no commit under way leads: it runs the queued writes (up to
 * {@link #BATCH} at a time, its own among them) in one transaction, each under a savepoint so that one failing write
 * fails alone, commits once and tells every writer of the batch, which wake at once. A writer that finds a commit
 * under way sleeps until its own write is done or until it is nudged: a leader that leaves with writes still queued
 * nudges the first of them, which leads the next commit (no writer polls: under 50 clients, waking every few
 * milliseconds to look cost more CPU than the writes). A write alone is made by its own thread at once, as without
 * this class. A caller returns once its write is committed (or failed). SQLite serves one process, so this lock is the
 * database's (instances share PostgreSQL, which needs none of this).
 */
final class SqliteWriter {
    /** Most writes in one commit: a batch holds at most this many build answers (up to some 650 KB each) in memory. */
    static final int BATCH = 64;
    /** A sleeping writer looks again after this long even if nobody nudged it (a safety net, not the mechanism). */
    private static final long SAFETY_MILLIS = 50;

    /** A queued write: its work, its outcome, and the permits that wake its writer (done, or nudged to lead). */
    private record Write<T>(Database.SqlWork<T> work, CompletableFuture<T> done, Semaphore wake) {
        void awaitTurn() throws InterruptedException {
            wake.tryAcquire(SAFETY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private final DataSource pool;
    private final BlockingQueue<Write<?>> queue = new LinkedBlockingQueue<>();
    private final ReentrantLock leading = new ReentrantLock();

    SqliteWriter(DataSource pool) {
        this.pool = pool;
    }

    /** Runs {@code work} in a group commit and returns its value once committed. */
    <T> T write(Database.SqlWork<T> work) throws SQLException {
        Write<T> mine = new Write<>(work, new CompletableFuture<>(), new Semaphore(0));
        queue.add(mine);
        try {
            while (!mine.done().isDone()) {
                if (leading.tryLock()) {
                    try {
                        while (!mine.done().isDone()) commitQueued();
                    } finally {
                        leading.unlock();
                    }
                    nudgeNext();
                } else {
                    mine.awaitTurn();
                }
            }
            return mine.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a write", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException s) throw s;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new SQLException(e.getCause());
        }
    }

    /**
     * After a leader let go: the first write still queued (if any) wakes to lead. A write queued after this look found
     * the lock free when its writer tried it (the unlock came first), so none is left behind.
     */
    private void nudgeNext() {
        Write<?> next = queue.peek();
        if (next != null) next.wake().release();
    }
    /** One transaction of the writes queued now: each under its own savepoint, one commit; then every caller is told. */
    private void commitQueued() {
        List<Write<?>> batch = new ArrayList<>();
        queue.drainTo(batch, BATCH);
        if (batch.isEmpty()) return;
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
            for (Write<?> w : batch) {
                w.done().completeExceptionally(e);
                w.wake().release();
            }
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
        w.wake().release();
    }
}
