package org.mkplay.backend.lessons;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.mkplay.checks.CheckSyntaxException;
import org.mkplay.checks.Checks;
import org.mkplay.checks.Run;
import org.mkplay.checks.Verdict;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.Transcript;
import org.mkplay.emulator.cpu.JvmBlockTranslator;
import org.mkplay.emulator.loader.ElfException;
import org.mkplay.system.Placements;
import org.mkplay.vmmagic.trace.TraceRecord;

/**
 * Runs a lesson (lessons/README.md, <em>Running a lesson</em>), the one runner of {@code mkplay check}, the course
 * test and the backend: boots the image on the emulator with the kernel's trace records collected; each time the
 * machine waits for input (the hart sleeps with no timer armed: only a key can wake it), types the next line of the
 * lesson's {@code input}; stops when it powers off, when it waits with no input left (a quiet shell), or when the
 * instruction budget is spent; then holds the lesson's checks against that run. The page does the same in its worker.
 */
public final class LessonRunner {
    private LessonRunner() {}

    /** What one run left: the console, the trace records, how it ended, the instructions it took, its status. */
    public record LessonRun(
            String console, List<TraceRecord> records, Transcript.Ending ending, long instructions, int exitStatus) {
        /** One line saying how the run ended, for {@code mkplay check} and the tests' output. */
        public String describe() {
            return switch (ending) {
                case HALTED ->
                    "run: powered off with status " + exitStatus + " after " + instructions + " instructions";
                case WAITING -> "run: quiet, waiting for input, after " + instructions + " instructions";
                case BUDGET -> "run: stopped at the budget, after " + instructions + " instructions";
            };
        }
    }

    /** A run and the checks' verdicts on it, in the checks file's order. */
    public record Result(LessonRun run, List<Verdict> verdicts) {
        public boolean passed() {
            return Checks.allPassed(verdicts);
        }
    }

    /** Builds {@code files} as {@code lesson}'s image, runs it and evaluates its checks. */
    public static Result check(LessonFolder lesson, List<org.mkplay.backend.source.SourceFile> files, String filesName)
            throws LessonImage.Failure, CheckSyntaxException {
        return check(lesson, files, filesName, Placements.MANIFEST);
    }

    /** The same with the lesson's servers placed by {@code placements}. */
    public static Result check(
            LessonFolder lesson,
            List<org.mkplay.backend.source.SourceFile> files,
            String filesName,
            Placements placements)
            throws LessonImage.Failure, CheckSyntaxException {
        var checks = org.mkplay.checks.CheckParser.parse(lesson.checksText());
        LessonRun run = run(LessonImage.build(lesson, files, filesName, placements), lesson.input(), lesson.budget());
        return new Result(run, Checks.evaluate(checks, new Run(run.console(), run.records())));
    }

    /** Boots {@code image}, typing {@code input} (null: none) line by line whenever it waits, within {@code budget}. */
    public static LessonRun run(byte[] image, String input, long budget) {
        Machine machine = new Machine(JvmBlockTranslator.onJvm(new MachineConfig()));
        try {
            machine.load(image);
        } catch (ElfException e) {
            throw new IllegalStateException("a built image does not load: " + e.getMessage(), e);
        }
        List<TraceRecord> records = new ArrayList<>();
        machine.setTraceListener((type, a0, a1, a2, a3) -> records.add(TraceRecord.decode(type, a0, a1, a2, a3)));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        machine.setOutput(console::write);
        Deque<String> lines = lines(input);
        Transcript.Ending ending;
        while (true) {
            long left = budget - machine.counters().instructions();
            if (left <= 0) {
                ending = Transcript.Ending.BUDGET;
                break;
            }
            machine.run(left);
            if (machine.halted()) {
                ending = Transcript.Ending.HALTED;
                break;
            }
            if (machine.waiting()) {
                if (lines.isEmpty()) {
                    ending = Transcript.Ending.WAITING;
                    break;
                }
                for (byte b : lines.removeFirst().getBytes(StandardCharsets.UTF_8))
                    machine.uart().pushInput(b & 0xff);
            }
        }
        return new LessonRun(
                console.toString(StandardCharsets.UTF_8),
                records,
                ending,
                machine.counters().instructions(),
                machine.exitStatus());
    }

    /** The input's lines, each ending in a newline (as typed: Enter after each command). */
    static Deque<String> lines(String input) {
        Deque<String> lines = new ArrayDeque<>();
        if (input != null) input.lines().forEach(l -> lines.add(l + "\n"));
        return lines;
    }
}
