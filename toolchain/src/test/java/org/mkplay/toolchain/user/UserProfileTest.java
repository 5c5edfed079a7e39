package org.mkplay.toolchain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mkplay.emulator.loader.ElfImage;
import org.mkplay.emulator.loader.ElfLoader;
import org.mkplay.testkit.HostTool;
import org.mkplay.testkit.NeedsHostTools;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.front.Profile;

/**
 * The user profile: an image linked at the user addresses whose runtime reaches the kernel by ecall. (That such
 * an image runs in U-mode under the kernel, prints and exits is the kernel module's system test.)
 */
class UserProfileTest {
    private static final String HELLO = """
        import org.mkplay.rt.Syscall;
        public class Hello {
            public static void main(String[] args) {
                System.out.println("hello from U-mode");
                long[] regs = new long[Syscall.REGISTERS];
                regs[0] = 'x';
                Syscall.invoke(19, regs);
                System.exit(3);
            }
        }
        """;

    private static CompileResult compile(String source, Profile profile) {
        return Compiler.compile(CompileRequest.ofSources(Map.of("Hello.java", source), null, profile));
    }

    private static final CompileResult USER = compile(HELLO, Profile.USER);

    @Test
    void segmentsAreAtTheUserAddressesWithTheHeapAsTheDataSegmentsZeroTail() throws Exception {
        assertTrue(USER.ok(), USER.formattedDiagnostics());
        ElfImage elf = ElfLoader.parse(USER.elf());
        assertEquals(0x4000_0000L, elf.entry());
        assertEquals(2, elf.segments().size());
        ElfImage.Segment text = elf.segments().get(0), data = elf.segments().get(1);
        assertEquals(0x4000_0000L, text.physicalAddress);
        assertEquals(0, data.physicalAddress % 4096);
        assertEquals(text.physicalAddress + text.memorySize, data.physicalAddress);
        assertEquals(data.data.length + 128 * 1024, data.memorySize, "the heap is the segment's zero-filled tail");
        assertEquals(
                data.physicalAddress + data.memorySize, word(data, elf.symbol("heap_limit")), "the allocator's limit");
        assertTrue(data.physicalAddress + data.memorySize < 0x7FFF_0000L);
    }

    private static long word(ElfImage.Segment segment, long address) {
        int at = (int) (address - segment.physicalAddress);
        return java.nio.ByteBuffer.wrap(segment.data, at, 8)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .getLong();
    }

    /** GNU readelf, which nobody here wrote, reads the same program headers. */
    @Test
    @NeedsHostTools
    void readelfSeesTheUserSegments() throws Exception {
        String path = Files.write(Files.createTempFile("mkplay-user", ".elf"), USER.elf())
                .toString();
        String out = HostTool.run(Duration.ofSeconds(30), List.of("riscv64-unknown-elf-readelf", "-lW", path))
                .requireSuccess()
                .out();
        assertTrue(out.contains("Entry point 0x40000000"), out);
        List<String> loads =
                out.lines().filter(l -> l.trim().startsWith("LOAD")).collect(Collectors.toList());
        assertEquals(2, loads.size(), out);
        assertTrue(
                loads.get(0).contains("0x0000000040000000 0x0000000040000000")
                        && loads.get(0).contains("R E"),
                loads.get(0));
        assertTrue(loads.get(1).contains(" RW "), loads.get(1));
    }

    @Test
    void consoleExitAndFaultsReachTheKernelByEcallAndEbreak() {
        assertEquals(List.of("li t0,19", "ecall", "ret"), code(USER, "rt_putc"));
        assertEquals(List.of("zext.b a0,a0", "li t0,15", "ecall", "j"), firstWords(code(USER, "rt_exit")));
        assertEquals(List.of("ebreak", "j"), firstWords(code(USER, "rt_fault")));
        List<String> syscall = code(USER, "rt_syscall");
        assertEquals("mv t0,a0", syscall.get(0));
        assertEquals(1, syscall.stream().filter(s -> s.equals("ecall")).count());
        assertTrue(syscall.contains("sd t1,64(t2)"), syscall.toString());
    }

    /**
     * Placed in the kernel (CompileRequest.inKernelAt): the same program linked at its window slot, whose runtime
     * enters the kernel without a trap: it sets sstatus (SPP, SPIE from SIE, SIE off), sepc (an ecall never executed)
     * and scause (9) as the hart would, and jumps to stvec. A failed check still ends in ebreak.
     */
    @Test
    void placedInTheKernelTheRuntimeEntersTheKernelByAJumpToStvec() throws Exception {
        CompileResult placed =
                Compiler.compile(CompileRequest.ofSources(Map.of("Hello.java", HELLO), null, Profile.USER)
                        .inKernelAt(0xC300_0000L));
        assertTrue(placed.ok(), placed.formattedDiagnostics());
        ElfImage elf = ElfLoader.parse(placed.elf());
        assertEquals(0xC300_0000L, elf.entry());
        assertEquals(0xC300_0000L, elf.segments().get(0).physicalAddress);
        for (String routine : List.of("rt_putc", "rt_exit", "rt_syscall")) {
            List<String> code = code(placed, routine);
            int jump = code.indexOf("jr t3");
            assertTrue(jump > 0 && code.get(jump + 1).equals("ecall"), routine + ": " + code);
            assertTrue(code.stream().anyMatch(s -> s.contains("stvec")), routine + ": " + code);
            assertTrue(code.stream().anyMatch(s -> s.contains("scause")), routine + ": " + code);
            assertTrue(code.stream().anyMatch(s -> s.contains("sepc")), routine + ": " + code);
        }
        assertEquals(List.of("ebreak", "j"), firstWords(code(placed, "rt_fault")));
        assertThrowsOutsideTheUserProfile();
    }

    private static void assertThrowsOutsideTheUserProfile() {
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> CompileRequest.ofSources(Map.of("Hello.java", HELLO), null, Profile.STANDALONE)
                        .inKernelAt(0xC000_0000L));
    }

    /** The IPC buffer's stores and loads are single instructions at checked offsets of the buffer's address. */
    @Test
    void theIpcBufferIsReachedThroughCheckedOffsetsOnly() {
        CompileResult r = compile("""
            import org.mkplay.rt.IpcBuffer;
            public class Hello {
                public static void main(String[] args) {
                    byte[] b = {1, 2, 3};
                    IpcBuffer.write(4093, b, 0, 3);
                    IpcBuffer.read(0, b, 0, 3);
                    IpcBuffer.write(4094, b, 0, 3);
                }
            }
            """, Profile.USER);
        assertTrue(r.ok(), r.formattedDiagnostics());
        List<String> write = r.listing().stream()
                .filter(l -> l.method().equals("org.mkplay.rt.IpcBuffer.write"))
                .map(l -> l.disassembly())
                .collect(Collectors.toList());
        assertEquals(1, write.stream().filter(s -> s.startsWith("sb ")).count(), write.toString());
        assertTrue(r.listing().stream()
                .anyMatch(l -> l.method().equals("org.mkplay.rt.IpcBuffer.read")
                        && l.disassembly().startsWith("lbu ")));
    }

    @Test
    void theUserRuntimeTouchesNoDeviceAndNoMachineRegister() {
        for (String insn : USER.listing().stream().map(l -> l.disassembly()).collect(Collectors.toList())) {
            assertFalse(
                    insn.startsWith("csr")
                            || insn.startsWith("mret")
                            || insn.startsWith("wfi")
                            || insn.startsWith("sret"),
                    insn);
        }
        // no instruction writes sp (a store's first operand is its source: _start records sp for the collector)
        assertFalse(
                code(USER, "_start").stream().anyMatch(s -> s.matches("(?!s[bhwd] )\\S+ sp,.*")),
                "the kernel gives the stack: " + code(USER, "_start"));
    }

    @Test
    void standaloneImagesAreUnchanged() {
        CompileResult standalone = compile(
                HELLO.replace("import org.mkplay.rt.Syscall;", "")
                        .replace("long[] regs = new long[Syscall.REGISTERS];", "")
                        .replace("regs[0] = 'x';", "")
                        .replace("Syscall.invoke(19, regs);", ""),
                Profile.STANDALONE);
        assertTrue(standalone.ok(), standalone.formattedDiagnostics());
        assertFalse(code(standalone, "rt_putc").contains("ecall"));
        assertTrue(standalone.symbols().stream().noneMatch(s -> s.name().equals("rt_syscall")));
        assertEquals(
                0x8000_0000L,
                standalone.symbols().stream()
                        .filter(s -> s.name().equals("_start"))
                        .findFirst()
                        .orElseThrow()
                        .address());
    }

    @Test
    void onlyTheUserProfileSeesTheSyscallClass() {
        for (Profile p : List.of(Profile.STANDALONE, Profile.KERNEL)) {
            CompileResult r = compile(HELLO, p);
            assertFalse(r.ok(), p.toString());
            assertTrue(r.formattedDiagnostics().contains("org.mkplay.rt"), r.formattedDiagnostics());
        }
    }

    private static final String IN_REGISTERS = """
        import org.mkplay.rt.Syscall;
        public class Regs {
            static final long[] R = new long[Syscall.REGISTERS];
            public static void main(String[] args) {
                long status = Syscall.invoke(22, 1, 2, 3, 4, R);
                System.out.println(status + R[8] + Syscall.invoke(10) + Syscall.invoke(8, 5));
            }
        }
        """;

    /**
     * Syscall.invoke(number, a0.. [, results]) is the ecall itself in the compiled method: the arguments straight into
     * a0..a7 (those left out zero), the number into t0 last, then a0..a7 and t1 into results[0..8] (the array's data
     * from byte 16), through t2, which the kernel's ABI preserves. No array is read for the arguments and no routine
     * is called. Placed in the kernel, the ecall is a call of rt_ecall, which jumps to stvec as the other routines do.
     */
    @Test
    void aSystemCallInRegistersIsTheEcallItself() {
        CompileResult user =
                Compiler.compile(CompileRequest.ofSources(Map.of("Regs.java", IN_REGISTERS), null, Profile.USER));
        assertTrue(user.ok(), user.formattedDiagnostics());
        List<String> main = method(user, "Regs.main(");
        int first = main.indexOf("ecall");
        assertEquals(
                List.of(
                        "li a0,1",
                        "li a1,2",
                        "li a2,3",
                        "li a3,4",
                        "li a4,0",
                        "li a5,0",
                        "li a6,0",
                        "li a7,0",
                        "li t0,22"),
                main.subList(first - 9, first));
        assertTrue(
                main.get(first - 10).startsWith("mv t2,")
                        || main.get(first - 10).startsWith("ld t2,"),
                main.toString());
        List<String> stores = new java.util.ArrayList<>();
        for (int k = 0; k < 8; k++) stores.add("sd a" + k + "," + (16 + 8 * k) + "(t2)");
        stores.add("sd t1,80(t2)");
        assertEquals(stores, main.subList(first + 1, first + 10));
        int second = main.subList(first + 1, main.size()).indexOf("ecall") + first + 1;
        assertEquals(
                List.of(
                        "li a0,0",
                        "li a1,0",
                        "li a2,0",
                        "li a3,0",
                        "li a4,0",
                        "li a5,0",
                        "li a6,0",
                        "li a7,0",
                        "li t0,10"),
                main.subList(second - 9, second));
        int third = main.subList(second + 1, main.size()).indexOf("ecall") + second + 1;
        assertEquals(
                List.of(
                        "li a0,5", "li a1,0", "li a2,0", "li a3,0", "li a4,0", "li a5,0", "li a6,0", "li a7,0",
                        "li t0,8"),
                main.subList(third - 9, third));
        assertTrue(
                main.stream()
                        .filter(s -> s.startsWith("jal") && s.contains("0x"))
                        .map(s -> symbolAt(user, Long.parseLong(s.substring(s.indexOf("0x") + 2), 16)))
                        .noneMatch(name -> name.equals("rt_syscall") || name.startsWith("org.mkplay.rt.Syscall")),
                "no call to a routine or to Syscall: " + main);

        CompileResult placed =
                Compiler.compile(CompileRequest.ofSources(Map.of("Regs.java", IN_REGISTERS), null, Profile.USER)
                        .inKernelAt(0xC300_0000L));
        assertTrue(placed.ok(), placed.formattedDiagnostics());
        List<String> inKernel = method(placed, "Regs.main(");
        assertFalse(inKernel.contains("ecall"), inKernel.toString());
        long calls = inKernel.stream()
                .filter(s -> s.startsWith("jal") && s.contains("0x"))
                .filter(s -> symbolAt(placed, Long.parseLong(s.substring(s.indexOf("0x") + 2), 16))
                        .equals("rt_ecall"))
                .count();
        assertEquals(3, calls, inKernel.toString());
        List<String> ecall = code(placed, "rt_ecall");
        assertEquals(List.of("jr t3", "ecall", "ret"), ecall.subList(ecall.size() - 3, ecall.size()));
    }

    /** The compiled code of the method whose symbol starts with {@code prefix}, as {@link #code} gives a routine's. */
    private static List<String> method(CompileResult r, String prefix) {
        return r.listing().stream()
                .filter(l -> l.file() != null && symbolAt(r, l.address()).startsWith(prefix))
                .map(l -> compact(l.disassembly()))
                .collect(Collectors.toList());
    }

    private static List<String> code(CompileResult r, String routine) {
        return r.listing().stream()
                .filter(l -> l.file() == null && symbolAt(r, l.address()).equals(routine))
                .map(l -> compact(l.disassembly()))
                .collect(Collectors.toList());
    }

    /** An instruction as the assertions spell it: the mnemonic, one space, the operands without spaces. */
    private static String compact(String disassembly) {
        return disassembly
                .replaceAll("\\s+", " ")
                .replaceFirst(" ", "\u0000")
                .replace(" ", "")
                .replace('\u0000', ' ');
    }

    private static List<String> firstWords(List<String> code) {
        return code.stream().map(s -> s.startsWith("j ") ? "j" : s).collect(Collectors.toList());
    }

    private static String symbolAt(CompileResult r, long address) {
        return r.symbols().stream()
                .filter(s -> s.function() && address >= s.address() && address < s.address() + s.size())
                .map(s -> s.name())
                .findFirst()
                .orElse("");
    }
}
