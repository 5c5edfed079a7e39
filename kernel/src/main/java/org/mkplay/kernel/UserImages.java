package org.mkplay.kernel;

import org.mkplay.vmmagic.Abi;
import org.mkplay.vmmagic.Address;

/**
 * The user programs the build packs into the kernel's image, and loading one into an address space.
 * <p>The packed table (docs/kernel.md, "Packing user images"): the build adds a PT_LOAD segment at {@link #BASE}
 * holding, in 8-byte little-endian words, {@link #MAGIC}, the number of programs n (at most {@link #MAX_IMAGES}),
 * then n entries of {@link #ENTRY_SIZE} bytes: the ELF's offset from BASE, its length, its name (16 bytes, ASCII,
 * zero-padded), its priority, and {@link #MAX_GRANTS} endpoint grants (0 = none; else slot in bits 0..11, endpoint
 * number in bits 12..15, rights in bits 16..23, badge in bits 32..63); then the ELF files themselves, each 8-byte
 * aligned. An image without that segment has no programs
 * (RAM is zero at reset on both machines, so the magic word is absent).
 * <p>Loading checks the ELF as untrusted input: a 64-bit little-endian RISC-V executable whose loadable segments lie
 * page-aligned in [USER_BASE, STACK_BOTTOM - a guard page), inside the file, never writable and executable at once.
 */
public final class UserImages {
    private UserImages() {}

    public static final long BASE = 0x8780_0000L;
    public static final long LIMIT = 0x87F0_0000L;
    /** "MKUSERS1" read as a little-endian word. */
    public static final long MAGIC = 0x3153_5245_5355_4B4DL;

    public static final int MAX_IMAGES = 16, HEADER_SIZE = 16, NAME_SIZE = 16;
    public static final int PRIORITY_OFFSET = 32, GRANTS_OFFSET = 40, MAX_GRANTS = 24, MAX_ENDPOINTS = 16;
    public static final int ENTRY_SIZE = GRANTS_OFFSET + 8 * MAX_GRANTS;
    /** Bit 8 of the priority word: the boot loads the program but does not start it (its supervisor spawns it). */
    public static final long HELD = 1L << 8;
    /** Bit 9 of the priority word: the program is placed in the kernel (KernelServers), linked at its window slot. */
    public static final long KERNEL = 1L << 9;
    /** The user stack: STACK_PAGES pages below USER_STACK_TOP, then an unmapped guard page. */
    public static final int STACK_PAGES = 4;

    public static final long STACK_BOTTOM = Abi.USER_STACK_TOP - STACK_PAGES * Frames.FRAME_SIZE;
    public static final long IMAGE_END = STACK_BOTTOM - Frames.FRAME_SIZE;

    static final Address TABLE = Address.fromLong(BASE);
    /** ELF64: PT_LOAD; p_flags X, W, R; e_machine EM_RISCV; e_type ET_EXEC. */
    static final int PT_LOAD = 1, PF_X = 1, PF_W = 2, PF_R = 4, EM_RISCV = 243, ET_EXEC = 2;

    static final int ELF_MAGIC = 0x464C_457F;

    /** How many programs were packed in (0 if none). A malformed table is a build error, refused at boot. */
    public static int count() {
        if (TABLE.loadLong() != MAGIC) return 0;
        long n = TABLE.loadLong(8);
        if (n < 0 || n > MAX_IMAGES) throw new IllegalStateException("packed user images: bad count " + n);
        return (int) n;
    }

    static Address entry(int i) {
        if (i < 0 || i >= count()) throw new IllegalArgumentException("no user image " + i);
        return TABLE.plus(HEADER_SIZE + (long) ENTRY_SIZE * i);
    }

    /** The program's name as the build gave it. */
    public static String name(int i) {
        Address name = entry(i).plus(16);
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < NAME_SIZE && name.loadByte(k) != 0; k++) s.append((char) (name.loadByte(k) & 0x7f));
        return s.toString();
    }

    /** The program's scheduling priority (0..15, higher first). A value out of range is a build error. */
    public static int priority(int i) {
        long p = entry(i).loadLong(PRIORITY_OFFSET) & ~(HELD | KERNEL);
        if (p < 0 || p > 15) throw new IllegalStateException("packed user images: bad priority " + p);
        return (int) p;
    }

    /** Whether program i waits for its supervisor's SPAWN instead of starting at boot. */
    public static boolean held(int i) {
        return (entry(i).loadLong(PRIORITY_OFFSET) & HELD) != 0;
    }

    /** Whether program i is placed in the kernel (loaded by KernelServers into its slot of the window). */
    public static boolean inKernel(int i) {
        return (entry(i).loadLong(PRIORITY_OFFSET) & KERNEL) != 0;
    }

    /** Grant k of program i (0 = none). */
    public static long grant(int i, int k) {
        return entry(i).loadLong(GRANTS_OFFSET + 8 * k);
    }

    public static int grantSlot(long grant) {
        return (int) grant & 0xFFF;
    }

    public static int grantEndpoint(long grant) {
        return (int) (grant >>> 12) & 0xF;
    }

    public static int grantRights(long grant) {
        return (int) (grant >>> 16) & 0xFF;
    }

    public static long grantBadge(long grant) {
        return grant >>> 32;
    }

    /**
     * Bits 24..26 of a grant word, its kind: what the number in bits 12..15 names. An endpoint (0) or a notification
     * (1) made when first named; the IRQ capability of PLIC source n (2); a device frame, n = 0 the UART's page (3);
     * a process capability with the given rights on program n (4); the thread's fault endpoint: endpoint n, with the
     * badge, no slot (5); a frame capability on shared page n, a zeroed RAM frame made when first named, so every
     * program granted page n holds the same frame (6).
     */
    public static final int KIND_ENDPOINT = 0,
            KIND_NOTIFICATION = 1,
            KIND_IRQ = 2,
            KIND_DEVICE = 3,
            KIND_PROCESS = 4,
            KIND_FAULT = 5,
            KIND_PAGE = 6;

    public static final long GRANT_NOTIFICATION = (long) KIND_NOTIFICATION << 24;

    public static int grantKind(long grant) {
        return (int) (grant >>> 24) & 0x7;
    }

    public static boolean grantsNotification(long grant) {
        return grantKind(grant) == KIND_NOTIFICATION;
    }

    /** A grant word of any kind (the build's side of the format). */
    public static long grant(int kind, int slot, int number, int rights, long badge) {
        return grant(slot, number, rights, badge) | (long) kind << 24;
    }

    /** A grant word for a capability to notification {@code notification} (the build's side of the format). */
    public static long notificationGrant(int slot, int notification, int rights, long badge) {
        return grant(slot, notification, rights, badge) | GRANT_NOTIFICATION;
    }

    /** A grant word: slot, endpoint number, rights, badge (the build's side of the format). */
    public static long grant(int slot, int endpoint, int rights, long badge) {
        return slot & 0xFFF | (long) (endpoint & 0xF) << 12 | (long) (rights & 0xFF) << 16 | badge << 32;
    }

    /**
     * Loads program i into the (empty) user space satp: each loadable segment into fresh frames, the file's bytes
     * copied and the rest zero, mapped with the segment's R/W/X and U. Returns the entry pc, or a negative Abi
     * error: E_BAD_ARGUMENT for a malformed ELF, E_NO_MEMORY when frames run out (what was mapped stays mapped
     * and is freed with the space).
     */
    public static long load(int i, long satp) {
        return load(i, satp, Abi.USER_BASE, IMAGE_END, false);
    }

    /**
     * Loads program i, placed in the kernel, into the window slot at base: its segments must lie in the slot below
     * the guard page under its stack, and are mapped without U (KernelServers). Same checks and results as load.
     */
    public static long loadInKernel(int i, long base) {
        long end = base + Abi.SERVER_STACK_TOP_OFFSET - (STACK_PAGES + 1) * Frames.FRAME_SIZE;
        return load(i, 0, base, end, true);
    }

    /** Into the kernel-server window (window) or into the user space satp; segments inside [low, high). */
    private static long load(int i, long satp, long low, long high, boolean window) {
        Address e = entry(i);
        long offset = e.loadLong(), length = e.loadLong(8);
        if (offset < HEADER_SIZE || length < 64 || offset + length > LIMIT - BASE || (offset & 7) != 0)
            return Abi.E_BAD_ARGUMENT;
        Address elf = TABLE.plus(offset);
        if (!executableHeader(elf)) return Abi.E_BAD_ARGUMENT;
        long phoff = elf.loadLong(32);
        int phnum = elf.loadChar(56);
        if (phoff < 64 || phoff + 56L * phnum > length) return Abi.E_BAD_ARGUMENT;
        for (int k = 0; k < phnum; k++) {
            Address ph = elf.plus(phoff + 56L * k);
            if (ph.loadInt() != PT_LOAD) continue;
            int status = loadSegment(elf, length, ph, satp, low, high, window);
            if (status != Abi.OK) return status;
        }
        long pc = elf.loadLong(24);
        if (window) return pc >= low && pc < high && Vm.translateServer(pc) >= 0 ? pc : Abi.E_BAD_ARGUMENT;
        return Vm.translate(satp, pc, Abi.RIGHT_EXEC) < 0 ? Abi.E_BAD_ARGUMENT : pc;
    }

    /** ELF64, little-endian, an executable for RISC-V, with 56-byte program headers. */
    static boolean executableHeader(Address elf) {
        return elf.loadInt() == ELF_MAGIC
                && elf.loadByte(4) == 2
                && elf.loadByte(5) == 1
                && elf.loadChar(16) == ET_EXEC
                && elf.loadChar(18) == EM_RISCV
                && elf.loadChar(54) == 56;
    }

    private static int loadSegment(
            Address elf, long length, Address ph, long satp, long low, long high, boolean window) {
        int flags = ph.loadInt(4);
        long offset = ph.loadLong(8), va = ph.loadLong(16), fileSize = ph.loadLong(32), memSize = ph.loadLong(40);
        boolean placed = (va & Frames.FRAME_SIZE - 1) == 0
                && va >= low
                && memSize <= high - va
                && va < high
                && fileSize <= memSize
                && offset >= 0
                && fileSize <= length - offset;
        if (!placed || (flags & (PF_W | PF_X)) == (PF_W | PF_X)) return Abi.E_BAD_ARGUMENT;
        int rights = ((flags & PF_R) != 0 ? Abi.RIGHT_READ : 0)
                | ((flags & PF_W) != 0 ? Abi.RIGHT_WRITE : 0)
                | ((flags & PF_X) != 0 ? Abi.RIGHT_EXEC : 0);
        for (long done = 0; done < memSize; done += Frames.FRAME_SIZE) {
            Address frame = Frames.allocate();
            if (frame.isZero()) return Abi.E_NO_MEMORY;
            if (done < fileSize) copy(elf.plus(offset + done), frame, Math.min(Frames.FRAME_SIZE, fileSize - done));
            int status = window
                    ? Vm.mapServer(va + done, frame.toLong(), rights)
                    : Vm.mapOwned(satp, va + done, frame.toLong(), rights);
            if (status != Abi.OK) {
                Frames.free(frame);
                return status;
            }
        }
        return Abi.OK;
    }

    /**
     * Program i's writable segments (data, statics, the heap) copied afresh from its image into the frames satp
     * maps them on, the rest of each segment zeroed: a restarted program starts from its image, not from the
     * memory its previous instance left. The image was checked when it was loaded, and the pages are mapped.
     */
    public static void reload(int i, long satp) {
        reload(i, satp, false);
    }

    /** reload, for a program in the kernel-server window when inKernel (satp unused then). */
    public static void reload(int i, long satp, boolean inKernel) {
        Address e = entry(i);
        Address elf = TABLE.plus(e.loadLong());
        long phoff = elf.loadLong(32);
        int phnum = elf.loadChar(56);
        for (int k = 0; k < phnum; k++) {
            Address ph = elf.plus(phoff + 56L * k);
            if (ph.loadInt() != PT_LOAD || (ph.loadInt(4) & PF_W) == 0) continue;
            long offset = ph.loadLong(8), va = ph.loadLong(16), fileSize = ph.loadLong(32), memSize = ph.loadLong(40);
            for (long done = 0; done < memSize; done += Frames.FRAME_SIZE) {
                Address frame = Address.fromLong(
                        inKernel ? Vm.translateServer(va + done) : Vm.translate(satp, va + done, Abi.RIGHT_READ));
                long n = done < fileSize ? Math.min(Frames.FRAME_SIZE, fileSize - done) : 0;
                if (n > 0) copy(elf.plus(offset + done), frame, n);
                long z = n;
                for (; (z & 7) != 0; z++) frame.storeByte((int) z, (byte) 0);
                for (; z < Frames.FRAME_SIZE; z += 8) frame.storeLong((int) z, 0);
            }
        }
    }

    /** n bytes, 8 at a time while both sides are aligned, then one at a time. */
    static void copy(Address from, Address to, long n) {
        long k = 0;
        if (((from.toLong() | to.toLong()) & 7) == 0) {
            for (; k + 8 <= n; k += 8) to.storeLong((int) k, from.loadLong((int) k));
        }
        for (; k < n; k++) to.storeByte((int) k, from.loadByte((int) k));
    }

    /** Maps the user stack (STACK_PAGES zeroed pages below USER_STACK_TOP, R+W); Abi.OK or E_NO_MEMORY. */
    public static int mapStack(long satp) {
        for (long va = STACK_BOTTOM; va < Abi.USER_STACK_TOP; va += Frames.FRAME_SIZE) {
            Address frame = Frames.allocate();
            if (frame.isZero()) return Abi.E_NO_MEMORY;
            int status = Vm.mapOwned(satp, va, frame.toLong(), Abi.RIGHT_READ | Abi.RIGHT_WRITE);
            if (status != Abi.OK) {
                Frames.free(frame);
                return status;
            }
        }
        return Abi.OK;
    }

    /** Maps a zeroed frame at USER_IPC_BUFFER (R+W) and returns its kernel address, or zero when out of frames. */
    public static Address mapIpcBuffer(long satp) {
        Address frame = Frames.allocate();
        if (frame.isZero()) return frame;
        if (Vm.mapOwned(satp, Abi.USER_IPC_BUFFER, frame.toLong(), Abi.RIGHT_READ | Abi.RIGHT_WRITE) != Abi.OK) {
            Frames.free(frame);
            return Address.zero();
        }
        return frame;
    }
}
