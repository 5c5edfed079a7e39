package org.mkplay.system;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mkplay.kernel.UserImages;
import org.mkplay.toolchain.elf.ElfWriter;
import org.mkplay.vmmagic.Abi;

/**
 * A bootable system: the kernel's ELF plus one more PT_LOAD segment at UserImages.BASE holding the packed programs
 * in the table format the kernel's UserImages reads (docs/kernel.md, "Packing user programs into the image"), with
 * the capabilities the manifest gives each program as grant words. The slots are those of org.mkplay.mk.Cap.
 */
public final class SystemImage {
    private SystemImage() {}

    /** Well-known slots (org.mkplay.mk.Cap): own endpoint, name service, console, input, supervisor, device, IRQ, input signal. */
    static final int SELF = 1,
            NAMES = 2,
            CONSOLE = 3,
            INPUT = 4,
            SUPERVISOR = 5,
            DEVICE = 6,
            IRQ = 7,
            INPUT_SIGNAL = 8,
            TICK = 9,
            TICKS = 10,
            PAGES = 11;

    static final int PROGRAMS = 16, PROCESSES = 40;
    /** The console's input notification is notification 0; the supervisor's clock, notification 1. */
    static final int INPUT_NOTIFICATION = 0, TICK_NOTIFICATION = 1;

    /**
     * A packed program: name, ELF, priority, held for its supervisor, grant words, placed in the kernel (its ELF
     * then linked at its slot of the kernel-server window: KernelServers.base(its number)).
     */
    public record Program(String name, byte[] elf, int priority, boolean held, List<Long> grants, boolean inKernel) {
        public Program(String name, byte[] elf, int priority, boolean held, List<Long> grants) {
            this(name, elf, priority, held, grants, false);
        }
    }

    /**
     * The grant words of program i: its endpoint (RECEIVE, endpoint number = program number), SEND to each program
     * it uses (slot 16 + k, and the role's well-known slot; badge = i + 1), its devices, its shared pages (a frame
     * capability, READ and WRITE, in slot 11 + j for the j-th page it names), the input notification, and
     * for the supervisor the clock tick (an IRQ capability and a notification, for its back-off) and a process
     * capability with CONTROL on every other program (and one without rights on itself, for its INSTRET), which in
     * turn gets the supervisor's endpoint as its fault
     * endpoint (badge = its number + 1).
     */
    public static List<Long> grants(Manifest m, int i) {
        Manifest.Program p = m.programs().get(i);
        List<Long> g = new ArrayList<>();
        long badge = i + 1;
        if (p.serves()) g.add(UserImages.grant(UserImages.KIND_ENDPOINT, SELF, i, Abi.RIGHT_RECEIVE, 0));
        for (String u : p.uses()) {
            int k = m.indexOf(u);
            g.add(UserImages.grant(UserImages.KIND_ENDPOINT, PROGRAMS + k, k, Abi.RIGHT_SEND, badge));
            int wellKnown = wellKnownSlot(m.programs().get(k).role());
            if (wellKnown > 0) g.add(UserImages.grant(UserImages.KIND_ENDPOINT, wellKnown, k, Abi.RIGHT_SEND, badge));
        }
        if (p.devices().contains("uart")) {
            g.add(UserImages.grant(UserImages.KIND_DEVICE, DEVICE, 0, Abi.RIGHT_READ | Abi.RIGHT_WRITE, 0));
            g.add(UserImages.grant(UserImages.KIND_IRQ, IRQ, Abi.IRQ_UART, 0, 0));
            g.add(UserImages.grant(UserImages.KIND_NOTIFICATION, INPUT_SIGNAL, INPUT_NOTIFICATION, Abi.RIGHT_SEND, 0));
        }
        for (int j = 0; j < p.pages().size(); j++) {
            int page = m.pageNames().indexOf(p.pages().get(j));
            g.add(UserImages.grant(UserImages.KIND_PAGE, PAGES + j, page, Abi.RIGHT_READ | Abi.RIGHT_WRITE, 0));
        }
        if (p.input())
            g.add(UserImages.grant(UserImages.KIND_NOTIFICATION, INPUT, INPUT_NOTIFICATION, Abi.RIGHT_RECEIVE, 0));
        int supervisor = m.roleIndex("supervisor");
        if (supervisor == i) {
            g.add(UserImages.grant(UserImages.KIND_IRQ, TICK, Abi.IRQ_TICK, 0, 0));
            g.add(UserImages.grant(
                    UserImages.KIND_NOTIFICATION, TICKS, TICK_NOTIFICATION, Abi.RIGHT_SEND | Abi.RIGHT_RECEIVE, 0));
            for (int k = 0; k < m.programs().size(); k++) { // its own without rights: it reads its count, no more
                int rights = k != i ? Abi.RIGHT_CONTROL : 0;
                g.add(UserImages.grant(UserImages.KIND_PROCESS, PROCESSES + k, k, rights, 0));
            }
        } else if (supervisor >= 0) {
            g.add(UserImages.grant(UserImages.KIND_FAULT, 0, supervisor, 0, badge));
        }
        return g;
    }

    private static int wellKnownSlot(String role) {
        if (role == null) return 0;
        switch (role) {
            case "names":
                return NAMES;
            case "console":
                return CONSOLE;
            case "supervisor":
                return SUPERVISOR;
            default:
                return 0;
        }
    }

    /** The programs of manifest m with their compiled ELFs (in manifest order): priorities, held, grants. */
    public static List<Program> programs(Manifest m, List<byte[]> elfs) {
        List<Boolean> user = new ArrayList<>();
        for (int i = 0; i < m.programs().size(); i++) user.add(false);
        return programs(m, elfs, user);
    }

    /** The same, with each program's placement (true: in the kernel; its ELF linked for its window slot). */
    public static List<Program> programs(Manifest m, List<byte[]> elfs, List<Boolean> inKernel) {
        List<Program> programs = new ArrayList<>();
        int supervisor = m.roleIndex("supervisor");
        for (int i = 0; i < m.programs().size(); i++) {
            Manifest.Program p = m.programs().get(i);
            programs.add(new Program(
                    p.name(),
                    elfs.get(i),
                    p.priority(),
                    supervisor >= 0 && supervisor != i,
                    grants(m, i),
                    inKernel.get(i)));
        }
        return programs;
    }

    /** The kernel image with the programs packed in. */
    public static byte[] pack(byte[] kernelElf, List<Program> programs) {
        ElfWriter w = new ElfWriter()
                .entry(ByteBuffer.wrap(kernelElf).order(ByteOrder.LITTLE_ENDIAN).getLong(0x18));
        for (Segment s : segments(kernelElf)) {
            byte[] bytes = Arrays.copyOfRange(kernelElf, (int) s.offset(), (int) (s.offset() + s.fileSize()));
            w.addSegment(new ElfWriter.Segment(
                    s.executable() ? ".text" : ".data", s.vaddr(), s.vaddr(), bytes, s.memSize(), s.flags()));
        }
        byte[] table = table(programs);
        w.addSegment(
                new ElfWriter.Segment(".user", UserImages.BASE, UserImages.BASE, table, table.length, ElfWriter.PF_R));
        return w.write();
    }

    /** The packed table and the ELF files, in UserImages' format. */
    static byte[] table(List<Program> programs) {
        if (programs.size() > UserImages.MAX_IMAGES)
            throw new IllegalArgumentException("at most " + UserImages.MAX_IMAGES + " programs");
        int size = UserImages.HEADER_SIZE + UserImages.ENTRY_SIZE * programs.size();
        for (Program p : programs) size += align8(p.elf().length);
        if (size > UserImages.LIMIT - UserImages.BASE) {
            throw new IllegalArgumentException("the programs take " + size + " bytes, more than the packed region");
        }
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(UserImages.MAGIC).putLong(programs.size());
        int offset = UserImages.HEADER_SIZE + UserImages.ENTRY_SIZE * programs.size();
        for (Program p : programs) {
            byte[] name = p.name().getBytes(StandardCharsets.US_ASCII);
            if (name.length >= UserImages.NAME_SIZE)
                throw new IllegalArgumentException("program name too long: " + p.name());
            if (p.grants().size() > UserImages.MAX_GRANTS)
                throw new IllegalArgumentException("too many grants: " + p.name());
            b.putLong(offset).putLong(p.elf().length).put(Arrays.copyOf(name, UserImages.NAME_SIZE));
            b.putLong(p.priority() | (p.held() ? UserImages.HELD : 0) | (p.inKernel() ? UserImages.KERNEL : 0));
            for (int k = 0; k < UserImages.MAX_GRANTS; k++)
                b.putLong(k < p.grants().size() ? p.grants().get(k) : 0);
            offset += align8(p.elf().length);
        }
        for (Program p : programs) b.put(Arrays.copyOf(p.elf(), align8(p.elf().length)));
        return b.array();
    }

    private static int align8(int n) {
        return n + 7 & -8;
    }

    /** A PT_LOAD program header of the kernel's ELF. */
    record Segment(long offset, long vaddr, long fileSize, long memSize, int flags) {
        boolean executable() {
            return (flags & 1) != 0;
        }
    }

    /** The PT_LOAD program headers (ELF64: e_phoff at 0x20, e_phentsize at 0x36, e_phnum at 0x38). */
    static List<Segment> segments(byte[] elf) {
        ByteBuffer b = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        if (elf.length < 64 || b.getInt(0) != 0x464C_457F)
            throw new IllegalArgumentException("the kernel image is not an ELF file");
        List<Segment> loads = new ArrayList<>();
        for (int k = 0; k < b.getShort(0x38); k++) {
            int h = (int) b.getLong(0x20) + k * b.getShort(0x36);
            if (b.getInt(h) != 1) continue;
            loads.add(new Segment(
                    b.getLong(h + 8), b.getLong(h + 16), b.getLong(h + 32), b.getLong(h + 40), b.getInt(h + 4)));
        }
        return loads;
    }
}
