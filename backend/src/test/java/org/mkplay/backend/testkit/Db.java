package org.mkplay.backend.testkit;

import org.mkplay.backend.store.Database;

/** The two databases every API test runs on. */
public enum Db {
    SQLITE,
    POSTGRESQL;

    /** A fresh, empty, migrated database of this kind (a temporary SQLite file, or a new PostgreSQL database). */
    public Database open(java.nio.file.Path scratch) {
        return this == SQLITE
                ? Database.sqlite(scratch.resolve("mkplay-" + System.nanoTime() + ".db"))
                : Database.open(PostgresServer.shared().newDatabase(), PostgresServer.USER, null);
    }
}
