package org.mkplay.bench.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mkplay.testkit.NeedsHostTools;

/** The compiler benchmark at small sizes: each Java program and its C twin finish and print the same line. */
@NeedsHostTools
class CompilerBenchTest {
    @Test
    void javaProgramsAndTheirCTwinsAgree() {
        List<CompilerBench.ProgramResult> results = CompilerBench.runPrograms(CompilerBench.Scale.TEST);
        assertEquals(BenchResources.programs().size(), results.size());
        for (CompilerBench.ProgramResult r : results) {
            assertTrue(r.java().succeeded(), r.name() + " (Java) did not exit 0: " + r.java());
            assertTrue(r.c().succeeded(), r.name() + " (C) did not exit 0: " + r.c());
            assertTrue(
                    r.java().output().startsWith(r.name() + " " + r.size()),
                    r.java().output());
            assertEquals(r.c().output(), r.java().output(), r.name());
            assertTrue(Double.isFinite(r.ratio()) && r.ratio() > 0, r.name() + " ratio " + r.ratio());
        }
    }

    @Test
    void theTimedProgramIsAboutAThousandLinesAndRuns() {
        String source = GeneratedProgram.source(CompilerBench.GENERATED_LINES);
        int lines = GeneratedProgram.lineCount(source);
        assertTrue(lines >= 1000 && lines < 1100, lines + " lines");
        GuestRun run =
                GuestRun.of(CompilerBench.compileJava(GeneratedProgram.CLASS_NAME, source), CompilerBench.BUDGET);
        assertTrue(run.succeeded(), run.toString());
        assertTrue(run.output().matches("generated: -?\\d+\n"), run.output());
    }

    @Test
    void reportShowsEveryProgramAndTheCompileTime() {
        CompilerBench.Report report = CompilerBench.run(CompilerBench.Scale.TEST);
        String text = report.format();
        for (BenchResources.Program p : BenchResources.programs()) {
            assertTrue(text.lines().anyMatch(l -> l.startsWith(p.name() + " ") && l.endsWith("equal")), text);
        }
        assertTrue(report.compileTime().medianMillis() > 0, text);
        assertEquals(3, report.gc().size(), text);
        for (CompilerBench.GcResult g : report.gc()) assertTrue(g.java().succeeded(), text);
        assertTrue(text.contains("The collector on binarytrees"), text);
        assertTrue(text.contains("geomean"), text);
    }
}
