package org.mkplay.kernel.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mkplay.kernel.UserImages;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.front.Profile;
import org.mkplay.vmmagic.Abi;

/**
 * The kernel's test images: the kernel with user programs packed in. Each program is one source file under
 * src/test/user (class name = file name = the program's name), compiled by our toolchain's user profile.
 */
public final class TestImages {
    private TestImages() {}

    /** A test image: its file name (target/images/NAME.elf) and its programs, in load order. */
    public record Spec(String name, List<Program> programs) {}

    /** A program of a test image: its source's class name, priority and endpoint grants (UserImages.grant words). */
    public record Program(String name, int priority, List<Long> grants) {
        static Program plain(String name) {
            return new Program(name, 5, List.of());
        }
    }

    /** Endpoint 0 served by Server (RECEIVE in its slot 1); each client's slot 1 may SEND to it, with its own badge. */
    static final long SERVE = UserImages.grant(1, 0, Abi.RIGHT_RECEIVE, 0);

    static long client(long badge) {
        return UserImages.grant(1, 0, Abi.RIGHT_SEND, badge);
    }

    /** The badge of the hostile's control capability to the fuzz server (FuzzServer.CONTROL_BADGE). */
    static final long FUZZ_CONTROL_BADGE = 0x7A3C_91E5L;

    public static final Path USER_SOURCES = Path.of("src", "test", "user");
    public static final Path OUT = Path.of("target", "images");

    public static final List<Spec> IMAGES = List.of(
            new Spec("hello", List.of(Program.plain("HelloA"), Program.plain("HelloB"))),
            new Spec(
                    "faults",
                    List.of(Program.plain("NullDeref"), Program.plain("StackOverflow"), Program.plain("HelloA"))),
            new Spec("churn", List.of(Program.plain("EchoChurn"))),
            new Spec(
                    "ipc",
                    List.of(
                            new Program("Server", 10, List.of(SERVE)),
                            new Program("ClientA", 5, List.of(client(0xA))),
                            new Program("ClientB", 5, List.of(client(0xB))))),
            new Spec(
                    "buffer",
                    List.of(
                            new Program("EchoServer", 10, List.of(SERVE)),
                            new Program("BufferClient", 5, List.of(client(0xC))))),
            new Spec(
                    "bench",
                    List.of(
                            new Program("BenchServer", 10, List.of(SERVE)),
                            new Program(
                                    "BenchWaiter",
                                    12,
                                    List.of(UserImages.notificationGrant(1, 0, Abi.RIGHT_RECEIVE, 0))),
                            new Program(
                                    "BenchClient",
                                    5,
                                    List.of(client(1), UserImages.notificationGrant(2, 0, Abi.RIGHT_SEND, 0))))),
            // the register watch (SyscallRegistersTest): calls that block after timer interrupts in a leaf loop
            new Spec(
                    "regs",
                    List.of(
                            new Program("SpinServer", 10, List.of(SERVE)),
                            new Program("Spinner", 5, List.of(client(0x5))))),
            new Spec(
                    "fuzz",
                    List.of(
                            new Program("FuzzServer", 10, List.of(SERVE)),
                            new Program(
                                    "FuzzHostile",
                                    5,
                                    List.of(
                                            UserImages.grant(
                                                    60, 0, Abi.RIGHT_SEND | Abi.RIGHT_RECEIVE | Abi.RIGHT_GRANT, 0),
                                            UserImages.notificationGrant(61, 0, Abi.RIGHT_SEND | Abi.RIGHT_RECEIVE, 0),
                                            UserImages.grant(62, 0, Abi.RIGHT_SEND, FUZZ_CONTROL_BADGE),
                                            UserImages.notificationGrant(63, 1, Abi.RIGHT_SEND, 0))),
                            new Program(
                                    "FuzzPartner",
                                    5,
                                    List.of(
                                            UserImages.grant(1, 0, Abi.RIGHT_SEND, 0x9),
                                            UserImages.notificationGrant(2, 0, Abi.RIGHT_SEND, 0),
                                            UserImages.notificationGrant(3, 1, Abi.RIGHT_RECEIVE, 0))))),
            // a process restarting itself: its capability to itself (program 0) and a notification outliving it
            new Spec(
                    "selfrestart",
                    List.of(new Program(
                            "SelfRestart",
                            5,
                            List.of(
                                    UserImages.grant(UserImages.KIND_PROCESS, 1, 0, Abi.RIGHT_CONTROL, 0),
                                    UserImages.notificationGrant(2, 0, Abi.RIGHT_SEND | Abi.RIGHT_RECEIVE, 0))))),
            // the web page's multi-process image (web/pom.xml ships it): IPC, a fault and exits for the system views.
            // The Crasher is below the client, so it runs once the client has exited: the console's lines come in one
            // order on every machine, wherever a time slice ends (at the same priority, a slice ending while the
            // client prints would cut its line with the Crasher's, at a point that moves with the kernel's speed).
            new Spec(
                    "timeline",
                    List.of(
                            new Program("PingServer", 10, List.of(SERVE)),
                            new Program("PingClient", 5, List.of(client(0xA))),
                            new Program("Crasher", 4, List.of(client(0xB))))));

    /** A user program compiled by the user profile; fails with the diagnostics. */
    public static byte[] compileProgram(Path sources, String name) {
        CompileResult r = Compiler.compileFiles(List.of(sources.resolve(name + ".java")), Profile.USER, name);
        if (!r.ok())
            throw new IllegalStateException("user program " + name + " does not compile:\n" + r.formattedDiagnostics());
        return r.elf();
    }

    /** Writes every test image into outDirectory. */
    static void writeAll(CompileResult kernel, Path userSources, Path outDirectory) throws IOException {
        Files.createDirectories(outDirectory);
        for (Spec spec : IMAGES) {
            List<UserImagePack.Program> programs = new ArrayList<>();
            for (Program p : spec.programs()) {
                programs.add(new UserImagePack.Program(
                        p.name(), compileProgram(userSources, p.name()), p.priority(), p.grants()));
            }
            Files.write(outDirectory.resolve(spec.name() + ".elf"), UserImagePack.pack(kernel, programs));
        }
    }
}
