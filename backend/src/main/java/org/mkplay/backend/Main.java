package org.mkplay.backend;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import org.mkplay.backend.cli.BenchCommand;
import org.mkplay.backend.cli.BootCommand;
import org.mkplay.backend.cli.CheckCommand;
import org.mkplay.backend.cli.CompileCommand;
import org.mkplay.backend.cli.RunCommand;
import org.mkplay.backend.cli.ServeCommand;
import org.mkplay.backend.cli.SystemCommand;
import org.mkplay.backend.server.Logs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code mkplay} command line: one jar, one picocli command per tool. Subcommands reach the process's
 * streams through {@link #io()} rather than {@code System.in/out/err}, so tests can run them in-process.
 */
@Command(
        name = "mkplay",
        mixinStandardHelpOptions = true,
        versionProvider = Version.Provider.class,
        description = "A microkernel playground: web server, RV64 emulator, Java-to-RV64 compiler.",
        subcommands = {
            ServeCommand.class,
            RunCommand.class,
            CompileCommand.class,
            BenchCommand.class,
            CheckCommand.class,
            SystemCommand.class,
            BootCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    private final Io io;

    @Spec
    private CommandSpec spec;

    /** The streams a command uses: standard input, and byte-exact standard output and error. */
    public record Io(InputStream in, PrintStream out, PrintStream err) {
        public static Io system() {
            return new Io(System.in, System.out, System.err);
        }
    }

    public Main(Io io) {
        this.io = io;
    }

    public Io io() {
        return io;
    }

    /** Without a subcommand: print the usage and fail, since there is nothing to do. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "Missing subcommand: serve, run, compile, bench or check");
    }

    /** A picocli command line wired to {@code io}; exit codes follow {@link #execute}. */
    public static CommandLine commandLine(Io io) {
        CommandLine cli = new CommandLine(new Main(io));
        cli.setCaseInsensitiveEnumValuesAllowed(true); // --profile user, as documented
        cli.setOut(new PrintWriter(io.out(), true));
        cli.setErr(new PrintWriter(io.err(), true));
        return cli;
    }

    /** Runs the command line and returns its exit status (2 for usage errors, as picocli does). */
    public static int execute(Io io, String... args) {
        return commandLine(io).execute(args);
    }

    public static void main(String[] args) {
        int status = execute(Io.system(), args);
        System.out.flush();
        Logs.flush();
        // serve returns only once the server has stopped; any other command is finished here.
        System.exit(status);
    }
}
