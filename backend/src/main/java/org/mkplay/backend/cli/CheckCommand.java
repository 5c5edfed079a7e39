package org.mkplay.backend.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mkplay.backend.Main;
import org.mkplay.backend.lessons.LessonCatalog;
import org.mkplay.backend.lessons.LessonFolder;
import org.mkplay.backend.lessons.LessonImage;
import org.mkplay.backend.lessons.LessonRunner;
import org.mkplay.backend.run.GuestLoader;
import org.mkplay.backend.run.RunFailure;
import org.mkplay.backend.source.SourceFile;
import org.mkplay.backend.source.SourceFiles;
import org.mkplay.checks.Check;
import org.mkplay.checks.CheckParser;
import org.mkplay.checks.CheckSyntaxException;
import org.mkplay.checks.Checks;
import org.mkplay.checks.Run;
import org.mkplay.checks.Verdict;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.Transcript;
import org.mkplay.riscv.board.Virt;
import org.mkplay.system.Placements;
import org.mkplay.vmmagic.trace.TraceRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mkplay check}, two forms. {@code check LESSON [FILES...]}: builds the lesson's image from the files (its
 * solution by default), runs it as the page does (LessonRunner: the input typed when the system waits, until it powers
 * off, goes quiet or spends the lesson's budget) and holds the lesson's checks against the run. {@code check CHECKS
 * IMAGE}: boots an image to its end (no input) and holds a checks file against it. Both print one PASS or FAIL line
 * per check, saying what was expected and what happened.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Run a lesson (its solution, or the given files) and hold its checks against the run:"
                    + " check LESSON [FILES...].",
            "Or boot an image to its end and hold a checks file against its console and trace records:"
                    + " check CHECKS IMAGE.elf."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every check passed",
            "1:a check failed, the files did not build, or (CHECKS IMAGE) the run did not end within the budget",
            "2:unusable arguments: unknown or malformed lesson, unreadable or malformed checks file, missing image"
        })
public final class CheckCommand implements Callable<Integer> {
    static final int FAILED = 1;

    @ParentCommand
    private Main main;

    @Option(
            names = "--max-instructions",
            paramLabel = "N",
            description = "Stop the run after N instructions (default: the lesson's budget; 2000000000 for an image).")
    Long maxInstructions;

    @Option(
            names = "--placement",
            paramLabel = "user|kernel|mixed",
            description = "LESSON only: where the lesson's servers run (default: as its system.json says).")
    String placement;

    @Option(
            names = "--lessons",
            paramLabel = "DIR",
            description = "The folder of lessons a LESSON id is looked up in (default: $MKPLAY_LESSONS, which the"
                    + " launcher sets to the repository's lessons/, else the course packaged in the jar).")
    Path lessons;

    @Parameters(
            arity = "1..*",
            paramLabel = "ARGS",
            description = {
                "LESSON [FILES.java...]: a lesson id (or folder) and the files to run, default its solution;",
                "or CHECKS IMAGE.elf: a checks file and the image to boot."
            })
    List<String> args;

    private PrintStream out;
    private PrintStream err;

    @Override
    public Integer call() {
        out = main.io().out();
        err = main.io().err();
        if (maxInstructions != null && maxInstructions <= 0) {
            err.println("mkplay check: --max-instructions must be positive, got " + maxInstructions);
            return GuestLoader.UNUSABLE_INPUT;
        }
        boolean imageForm = args.size() == 2
                && Files.isRegularFile(Path.of(args.get(0)))
                && !args.get(1).endsWith(".java");
        return imageForm ? checkImage(Path.of(args.get(0)), Path.of(args.get(1))) : checkLesson();
    }

    private int checkLesson() {
        LessonFolder lesson;
        List<SourceFile> files;
        try {
            lesson = lesson(args.get(0));
            files = args.size() == 1 ? lesson.solution() : files(args.subList(1, args.size()));
        } catch (RuntimeException | IOException e) {
            err.println("mkplay check: " + e.getMessage());
            return GuestLoader.UNUSABLE_INPUT;
        }
        String filesName = args.size() == 1 ? lesson.where() + "/solution/" : "the given files";
        if (maxInstructions != null) lesson = lesson.withBudget(maxInstructions);
        Placements placements;
        try {
            placements = placement == null ? Placements.MANIFEST : Placements.preset(placement);
        } catch (IllegalArgumentException e) {
            err.println("mkplay check: --placement: " + e.getMessage());
            return GuestLoader.UNUSABLE_INPUT;
        }
        try {
            LessonRunner.Result result = LessonRunner.check(lesson, files, filesName, placements);
            result.verdicts().forEach(v -> out.println(v.describe()));
            out.println(result.run().describe());
            return result.passed() ? 0 : FAILED;
        } catch (CheckSyntaxException e) {
            err.println("mkplay check: " + lesson.where() + "/checks: " + e.getMessage());
            return GuestLoader.UNUSABLE_INPUT;
        } catch (LessonImage.Failure e) {
            err.println("mkplay check: " + e.getMessage());
            return FAILED;
        }
    }

    /** A lesson folder given as a path, else a lesson id in --lessons, $MKPLAY_LESSONS or the packaged course. */
    private LessonFolder lesson(String arg) {
        Path asPath = Path.of(arg);
        if (Files.isRegularFile(asPath.resolve("lesson.md"))) {
            return LessonFolder.read(asPath, arg.replaceAll("/+$", ""));
        }
        Path root = lessons != null
                ? lessons
                : System.getenv("MKPLAY_LESSONS") != null ? Path.of(System.getenv("MKPLAY_LESSONS")) : null;
        if (root != null) {
            Path folder = root.resolve(arg);
            if (!arg.contains("/") && Files.isRegularFile(folder.resolve("lesson.md"))) {
                return LessonFolder.read(folder, LessonCatalog.RESOURCE_ROOT + "/" + arg);
            }
            throw new IllegalArgumentException("no lesson " + arg + " in " + root);
        }
        return LessonCatalog.fromClasspath()
                .get(arg)
                .orElseThrow(() -> new IllegalArgumentException("no lesson " + arg + " (the course has "
                        + LessonCatalog.fromClasspath().list().stream()
                                .map(l -> l.id())
                                .toList() + ")"))
                .folder();
    }

    private static List<SourceFile> files(List<String> paths) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            files.add(new SourceFile(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8)));
        }
        return SourceFiles.validate(files);
    }

    private int checkImage(Path checksFile, Path image) {
        long budget = maxInstructions != null ? maxInstructions : 2_000_000_000L;
        List<Check> checks;
        try {
            checks = CheckParser.parse(Files.readString(checksFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("mkplay check: cannot read " + checksFile + ": " + e.getMessage());
            return GuestLoader.UNUSABLE_INPUT;
        } catch (CheckSyntaxException e) {
            err.println("mkplay check: " + checksFile + ": " + e.getMessage());
            return GuestLoader.UNUSABLE_INPUT;
        }
        try {
            Machine machine = GuestLoader.load(image, GuestLoader.config(Virt.DEFAULT_RAM_MIB));
            List<TraceRecord> records = new ArrayList<>();
            machine.setTraceListener((type, a0, a1, a2, a3) -> records.add(TraceRecord.decode(type, a0, a1, a2, a3)));
            Transcript transcript = machine.runToEnd(budget);
            List<Verdict> verdicts = Checks.evaluate(checks, new Run(transcript.text(), records));
            verdicts.forEach(v -> out.println(v.describe()));
            if (!transcript.halted()) {
                err.println("mkplay check: the run did not end within " + budget + " instructions");
                return FAILED;
            }
            return Checks.allPassed(verdicts) ? 0 : FAILED;
        } catch (RunFailure e) {
            err.println("mkplay check: " + e.getMessage());
            return e.status();
        }
    }
}
