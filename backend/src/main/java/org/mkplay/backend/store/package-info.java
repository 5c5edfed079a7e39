/**
 * The database: SQLite or PostgreSQL behind one connection pool, its schema by Flyway migrations.
 */
package org.mkplay.backend.store;
