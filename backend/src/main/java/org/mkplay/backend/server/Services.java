package org.mkplay.backend.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.mkplay.backend.benchmarks.BenchmarkService;
import org.mkplay.backend.benchmarks.BenchmarkSettings;
import org.mkplay.backend.benchmarks.BenchmarkStore;
import org.mkplay.backend.builds.BuildService;
import org.mkplay.backend.builds.BuildSettings;
import org.mkplay.backend.builds.BuildStore;
import org.mkplay.backend.lessons.LessonCatalog;
import org.mkplay.backend.modules.ModuleStore;
import org.mkplay.backend.store.Database;

/**
 * What the routes stand on: the database, the stores over it, the course, the build pool and the benchmark pool.
 * Closing stops the builds and benchmarks (letting running ones finish) before the database, and deletes a
 * temporary database's folder.
 */
public final class Services implements AutoCloseable {
    private final Database db;
    private final ModuleStore modules;
    private final LessonCatalog lessons;
    private final BuildService builds;
    private final BenchmarkService benchmarks;
    private final Path temporaryFolder;

    private Services(
            Database db,
            LessonCatalog lessons,
            BuildSettings buildSettings,
            BenchmarkSettings benchmarkSettings,
            Path temporaryFolder) {
        this.db = db;
        this.modules = new ModuleStore(db);
        this.lessons = lessons;
        this.builds = new BuildService(buildSettings, new BuildStore(db));
        this.benchmarks = new BenchmarkService(benchmarkSettings, new BenchmarkStore(db), modules, lessons, builds);
        this.temporaryFolder = temporaryFolder;
    }

    public static Services open(Database db, LessonCatalog lessons, BuildSettings buildSettings) {
        return open(db, lessons, buildSettings, BenchmarkSettings.defaults());
    }

    public static Services open(
            Database db, LessonCatalog lessons, BuildSettings buildSettings, BenchmarkSettings benchmarkSettings) {
        return new Services(db, lessons, buildSettings, benchmarkSettings, null);
    }

    /** SQLite in a fresh temporary folder, deleted on close (tests, the end-to-end suite). */
    public static Services temporary(BuildSettings buildSettings) {
        try {
            Path folder = Files.createTempDirectory("mkplay-data");
            return new Services(
                    Database.sqlite(folder.resolve("mkplay.db")),
                    LessonCatalog.fromClasspath(),
                    buildSettings,
                    BenchmarkSettings.defaults(),
                    folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Database db() {
        return db;
    }

    public ModuleStore modules() {
        return modules;
    }

    public LessonCatalog lessons() {
        return lessons;
    }

    public BuildService builds() {
        return builds;
    }

    public BenchmarkService benchmarks() {
        return benchmarks;
    }

    @Override
    public void close() {
        try {
            try {
                builds.close();
            } finally {
                benchmarks.close();
            }
        } finally {
            db.close();
            if (temporaryFolder != null) deleteTree(temporaryFolder);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
