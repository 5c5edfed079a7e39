package org.mkplay.backend.benchmarks;

import com.fasterxml.jackson.databind.node.TextNode;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mkplay.backend.builds.BuildAnswer;
import org.mkplay.backend.builds.BuildDiagnostic;
import org.mkplay.backend.builds.BuildRequest;
import org.mkplay.backend.builds.BuildResult;
import org.mkplay.backend.builds.BuildService;
import org.mkplay.backend.builds.LessonSystem;
import org.mkplay.backend.lessons.LessonCatalog;
import org.mkplay.backend.lessons.LessonFolder;
import org.mkplay.backend.modules.Module;
import org.mkplay.backend.modules.ModuleStore;
import org.mkplay.backend.server.Rejected;
import org.mkplay.backend.source.InvalidInput;
import org.mkplay.bench.system.SystemBench;
import org.mkplay.system.Manifest;
import org.mkplay.system.ManifestException;

/**
 * A saved module's system as the benchmark runs it: the module's lesson's {@code system.json} with the module's files,
 * built by the build service (its worker processes, cache, limits and the client's rate) once per requested placement
 * preset.
 *
 * <p>The benchmark's client is the default system's: a shell that reads input and has {@code Bench.java} among its
 * sources (it runs {@code bench SHORT LONG WORKLOAD...}). A lesson whose system has one is built as it is (what {@code
 * POST /api/builds} makes of the same files and lesson), and a workload applies when that shell {@code uses} the server
 * the workload calls ({@link #SERVERS}). A lesson whose system has none (every lesson of the course) is built with the
 * client added ({@link BenchmarkSystem}), and a workload applies when the lesson has a serving program of the name the
 * workload calls. A module without a lesson, whose lesson has no {@code system.json}, or whose system has none of the
 * servers, has nothing to benchmark: a 400 saying so.
 */
final class ModuleSystems {
    /** The server program each workload calls, by its name in a manifest (the default system's names). */
    static final Map<String, String> SERVERS = Map.of(
            "echo", "echo",
            "kv_get", "kv",
            "kv_put", "kv",
            "file_read_4k", "files",
            "file_create_write", "files");
    /** The source file that gives a shell the {@code bench} command (the default system's). */
    static final String CLIENT_SOURCE = "Bench.java";

    /** What a module's benchmark runs: the workloads, and per placement the build that made its image. */
    record Resolved(BenchmarkRequest request, Map<String, String> buildIds) {}

    private final ModuleStore modules;
    private final LessonCatalog lessons;
    private final BuildService builds;

    ModuleSystems(ModuleStore modules, LessonCatalog lessons, BuildService builds) {
        this.modules = modules;
        this.lessons = lessons;
        this.builds = builds;
    }

    /** Loads the module, checks its system can be benchmarked, builds it in every placement asked for. */
    Resolved resolve(BenchmarkRequest request, String client) {
        Module module = modules.load(request.module())
                .orElseThrow(() -> new NotFoundResponse("module: no module " + request.module()));
        LessonFolder lesson = lessonOf(module, request.module());
        Manifest manifest = manifestOf(lesson);
        Manifest.Program shell = clientOf(manifest);
        List<String> workloads = applicable(request, lesson, manifest, shell);
        LessonSystem system =
                shell != null ? LessonSystem.of(lesson) : BenchmarkSystem.of(lesson, manifest, servers(workloads));
        Map<String, String> buildIds = new LinkedHashMap<>();
        for (String placement : request.placements()) {
            BuildRequest build = new BuildRequest(module.files(), lesson.id(), TextNode.valueOf(placement))
                    .validated(id -> lessons.get(id).map(l -> l.folder()).orElse(null));
            BuildAnswer answer = builds.build(build, system, client);
            BuildResult result = answer.result();
            if (!result.ok()) throw notBuilt(request.module(), placement, result.diagnostics());
            buildIds.put(placement, answer.id());
        }
        return new Resolved(request.withWorkloads(workloads), buildIds);
    }

    /** The image a build made (it built: {@link #resolve} checked). */
    byte[] image(String buildId) {
        return builds.image(buildId)
                .orElseThrow(() -> new IllegalStateException("build " + buildId + " has no stored image"));
    }

    private LessonFolder lessonOf(Module module, String id) {
        if (module.lesson() == null) {
            throw new InvalidInput("module: " + id + " has no system to benchmark: it was saved without a lesson"
                    + " (a standalone program); benchmark the default system's servers by leaving module out");
        }
        LessonFolder lesson = lessons.get(module.lesson())
                .map(l -> l.folder())
                .orElseThrow(() -> new InvalidInput("module: " + id + " belongs to lesson " + module.lesson()
                        + ", which this server does not have"));
        if (!lesson.isSystem()) {
            throw new InvalidInput("module: " + id + " has no system to benchmark: lesson " + lesson.id()
                    + " runs a standalone program (it has no " + LessonFolder.MANIFEST + ")");
        }
        return lesson;
    }

    private static Manifest manifestOf(LessonFolder lesson) {
        try {
            return Manifest.parse(lesson.manifest(), lesson.where() + "/" + LessonFolder.MANIFEST);
        } catch (ManifestException e) {
            throw new IllegalStateException("a lesson's manifest is checked when the course is read", e);
        }
    }

    /** The system's own benchmark client (a shell reading input, with Bench.java), or null. */
    private static Manifest.Program clientOf(Manifest manifest) {
        return manifest.programs().stream()
                .filter(p -> p.input() && p.sources() != null && p.sources().contains(CLIENT_SOURCE))
                .findFirst()
                .orElse(null);
    }

    /** Whether workload {@code w} can run: its server is in the system and the client may call it. */
    private static boolean applies(String w, Manifest manifest, Manifest.Program shell) {
        int server = manifest.indexOf(SERVERS.get(w));
        if (server < 0 || !manifest.programs().get(server).serves()) return false;
        return shell == null || shell.uses().contains(SERVERS.get(w));
    }

    /** The programs the chosen workloads call, each once, in the order of the workloads. */
    private static List<String> servers(List<String> workloads) {
        return workloads.stream().map(SERVERS::get).distinct().toList();
    }

    /**
     * The workloads asked for (all that apply when none were named); each must apply to the lesson's system ({@code
     * shell}: its own benchmark client, or null when the benchmark adds one).
     */
    private static List<String> applicable(
            BenchmarkRequest request, LessonFolder lesson, Manifest manifest, Manifest.Program shell) {
        List<String> applying = new ArrayList<>();
        for (String w : SystemBench.WORKLOADS) {
            if (applies(w, manifest, shell)) applying.add(w);
        }
        if (request.workloads() == null) {
            if (applying.isEmpty()) {
                throw new InvalidInput("module: lesson " + lesson.id() + "'s system has none of the servers the"
                        + " workloads call (" + String.join(", ", new java.util.TreeSet<>(SERVERS.values())) + ")");
            }
            return applying;
        }
        for (String w : request.workloads()) {
            if (!applying.contains(w)) {
                throw new InvalidInput("workloads: " + w + " calls the " + SERVERS.get(w) + " server, which lesson "
                        + lesson.id() + "'s benchmark cannot call (these apply: "
                        + (applying.isEmpty() ? "none" : String.join(", ", applying)) + ")");
            }
        }
        return request.workloads();
    }

    private static Rejected notBuilt(String id, String placement, List<BuildDiagnostic> diagnostics) {
        String first = diagnostics.stream()
                .filter(d -> d.severity().equals("error"))
                .findFirst()
                .map(d -> d.file() + ":" + d.line() + ": " + d.message())
                .orElse("no image");
        return new Rejected(
                422,
                "module: " + id + "'s system does not build in placement " + placement + ": " + first
                        + " (POST /api/builds shows every diagnostic)",
                0);
    }
}
