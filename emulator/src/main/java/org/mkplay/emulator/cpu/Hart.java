package org.mkplay.emulator.cpu;

import java.util.function.LongSupplier;
import org.mkplay.emulator.Counters;
import org.mkplay.emulator.bus.Bus;
import org.mkplay.emulator.bus.Ram;
import org.mkplay.emulator.mmu.Mmu;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.riscv.priv.Csr;

/**
 * One RV64IMAC hart with M, S and U modes.
 *
 * <p>Instructions are decoded once per RAM location into {@link CodePage}s and executed by
 * {@link #execute}, which switches on the pre-decoded op. Loads and stores first try the MMU's
 * per-kind fast caches inline and fall back to full translation ({@link #slowLoad}, {@link #slowStore}).
 * Synchronous exceptions travel as the hart's single {@link Trap} instance to the handler in
 * {@link #execute}, which enters the trap and continues.
 *
 * <p>{@code execute} runs a slice of instructions. Anything that may change what the slice assumes
 * (CSR writes, privilege changes, interrupt wires changing level, device stores, {@code wfi})
 * ends the slice after the instruction completes, by setting {@link #stopAt} to zero; the next slice
 * starts by checking for interrupts.
 */
public final class Hart implements InterruptPins, Csrs.Environment {
    private static final long MIN = Long.MIN_VALUE;

    /** x0..x31 and the write sink {@link Op#SINK}; x[0] is never written, so it reads zero. */
    final long[] x = new long[33];

    private long pc;
    final Csrs csrs = new Csrs(this);
    private final Trap trap = new Trap();
    private final Counters counters;
    private final Bus bus;
    private final Ram ram;
    /** RAM as words, the MMU's fast caches and the code pages: read by compiled blocks too (see CompiledBlock). */
    final long[] memory;

    private final long ramBase;
    private final Mmu mmu;
    final long[] loadTag, loadPage, storeTag, storePage;
    final CodePage[] codePages;
    /**
     * Byte stores of blocks that keep the log ({@link Block#keepsLog}) not yet in {@link #memory}: the first
     * {@link #logged}, each {@code RAM offset << 8 | byte}, applied in order. RAM is 8-byte words, so a byte store
     * reads its word before writing it; on a cache miss that read stalls the host where a plain store would retire
     * into its store buffer (TinyEMU's byte store, in linear memory, is one), while the reads of a batch overlap.
     * Invariant (executeBlocks): the log is empty whenever a block that does not keep it runs, and whenever anything
     * but the log's own application reads RAM; so only keepsLog blocks link to keepsLog blocks, and every other way
     * into a block (the look-up, a scratch block), the slow store path and the end of the slice apply it first.
     */
    private final long[] storeLog = new long[STORE_LOG];

    private static final int STORE_LOG = 256;
    private int logged;
    private CodePage codePage;
    /** Virtual page number (pc >>> 12) that {@link #codePage} translates, or -1. */
    private long codeVirtualPage = -1;

    private long reservation = -1;
    private long retiredBeforeSlice;
    /** Instructions retired so far in the running slice, published before device and CSR accesses. */
    private long retiredInSlice;

    private long accountedInSlice;
    private long stopAt;
    private boolean waitingForInterrupt;
    private LongSupplier time = () -> 0;
    private SupervisorTimer supervisorTimer = (stimecmp, enabled) -> {};
    private long watchedAddress = -1;
    /** The current code page is only partly executable under PMP: check each fetch (see executeStepping). */
    private boolean fetchChecksNeeded;

    private boolean stepping;
    private StoreWatcher watcher;

    private boolean blockEngine = true;
    private BlockTranslator translator;
    private int translateAfter;
    /**
     * Set when a running block must be left after the current op, because the slice must end there (a device
     * access, an interrupt wire, a halt) or because a store dropped blocks it may belong to (self-modifying code).
     */
    private boolean leaveBlock;
    /** Where blocks are decoded before they are cached, and the block for the rest of a budget (see blockAt). */
    private final Block scratch = new Block(Block.MAX_INSTRUCTIONS + 1);
    /** The one-instruction block of a 32-bit instruction that crosses pages, decoded on each execution. */
    private final Block crossing = new Block(2);

    /** Told about stores to one watched physical address (the riscv-tests {@code tohost} word). */
    public interface StoreWatcher {
        void stored(long value);
    }

    public Hart(Bus bus, Counters counters) {
        this.bus = bus;
        this.ram = bus.ram();
        this.memory = ram.words();
        this.ramBase = bus.ramBase();
        this.counters = counters;
        this.mmu = new Mmu(bus, counters, trap, this::ramWritten, csrs.triggers, csrs.pmp);
        this.loadTag = mmu.loadTag;
        this.loadPage = mmu.loadPage;
        this.storeTag = mmu.storeTag;
        this.storePage = mmu.storePage;
        this.codePages = new CodePage[(int) (ram.size() >>> 12)];
        bus.setRamWriteObserver(this::ramWritten);
    }

    // ---- state visible to the machine, the UI and tests ----

    public long pc() {
        return pc;
    }

    public void setPc(long value) {
        pc = value;
    }

    public long register(int index) {
        return x[index];
    }

    public void setRegister(int index, long value) {
        if (index != 0) {
            x[index] = value;
        }
    }

    public int privilege() {
        return csrs.privilege;
    }

    public Mmu mmu() {
        return mmu;
    }

    public long readCsr(int csr) {
        return csrs.read(csr);
    }

    public void setTimeSource(LongSupplier mtime) {
        this.time = mtime;
    }

    /** Sstc: who compares stimecmp with time and drives STIP (the CLINT on the board). */
    public void setSupervisorTimer(SupervisorTimer timer) {
        this.supervisorTimer = timer;
    }

    public void watchStores(long physicalAddress, StoreWatcher storeWatcher) {
        watchedAddress = physicalAddress;
        watcher = storeWatcher;
        mmu.setWatchedPage(physicalAddress < 0 ? -1 : (physicalAddress & ~0xFFFL) - ramBase);
    }

    /** True after {@code wfi} until an enabled interrupt is pending (mip & mie != 0). */
    public boolean waitingForInterrupt() {
        return waitingForInterrupt && (csrs.mip() & csrs.mie) == 0;
    }

    /** Ends the running slice after the current instruction (e.g. the machine halted). */
    public void requestStop() {
        stopAt = 0;
        leaveBlock = true;
    }

    @Override
    public long instructionsRetired() {
        return retiredBeforeSlice + retiredInSlice;
    }

    @Override
    public long cycles() {
        return instructionsRetired();
    }

    @Override
    public long time() {
        return time.getAsLong();
    }

    @Override
    public void supervisorTimerChanged(long stimecmp, boolean enabled) {
        supervisorTimer.compare(stimecmp, enabled);
    }

    @Override
    public void satpWritten(long value) {
        mmu.writeSatp(value);
        codeVirtualPage = -1;
    }

    @Override
    public long satp() {
        return mmu.satp();
    }

    @Override
    public void translationContextChanged() {
        long status = csrs.mstatus;
        mmu.contextChanged(
                csrs.privilege, csrs.dataPrivilege(), (status & Csr.STATUS_SUM) != 0, (status & Csr.STATUS_MXR) != 0);
        codeVirtualPage = -1; // the loop reloads it on its next trap or slice
    }

    @Override
    public void pmpChanged() {
        mmu.flushFastCaches();
        codeVirtualPage = -1;
    }

    @Override
    public void triggersChanged() {
        mmu.flushFastCaches(); // pages a data trigger watches must leave the fast caches
    }

    @Override
    public void setPin(int mipBit, boolean level) {
        long bit = 1L << mipBit;
        long pins = level ? csrs.mipPins | bit : csrs.mipPins & ~bit;
        if (pins != csrs.mipPins) {
            csrs.mipPins = pins;
            leaveBlock = true;
            stopAt = 0; // an interrupt may have become deliverable: sample at the next instruction boundary
        }
    }

    // ---- the instruction loop ----

    /**
     * Executes at most {@code budget} instructions and returns how many retired. Returns early
     * when the slice is stopped (see the class comment) or the hart waits for an interrupt.
     *
     * <p>This is the one long method of the emulator: one arm per op, so that the JIT (and TeaVM)
     * compile the whole dispatch into a single loop with the registers array and the current code
     * page in locals. It must stay well below HotSpot's 8000-byte limit for compiling a method.
     */
    public long execute(long budget) {
        return needsStepping() ? executeStepping(budget) : blockEngine ? executeBlocks(budget) : executeSlice(budget);
    }

    /**
     * Chooses the engine: blocks (the default, {@link #executeBlocks}) or the per-instruction loop. Both retire the
     * same instructions with the same counts, traps and TLB look-ups; the tests run guests on both.
     */
    public void useBlockEngine(boolean blocks) {
        blockEngine = blocks;
    }

    /**
     * Gives the block engine a translator for blocks that ran {@code after} times (null: none). JVM callers only:
     * the shared code knows the interface, never an implementation (see {@link BlockTranslator}).
     */
    public void setBlockTranslator(BlockTranslator blockTranslator, int after) {
        translator = blockTranslator;
        translateAfter = after;
    }

    /** An armed execute trigger, or a code page whose PMP rules change inside it: every instruction is checked. */
    private boolean needsStepping() {
        return csrs.triggers.executeArmed() || fetchChecksNeeded;
    }

    /**
     * While {@link #needsStepping}, one instruction per slice, each preceded by the trigger check and by the
     * PMP check of its fetch in {@link #enterCodePage} (the loop of {@link #executeSlice} has no
     * per-instruction hook, and should not pay for one). Returns as a slice would: when something ends the
     * slice early, or the hart sleeps.
     */
    private long executeStepping(long budget) {
        long retired = 0;
        stepping = true;
        for (long steps = 0; steps < budget && retired < budget; steps++) {
            retired += executeSlice(1);
            if (stopAt == 0 || waitingForInterrupt || !needsStepping()) {
                break;
            }
        }
        stepping = false;
        return retired;
    }

    /**
     * What every slice does before its first instruction: wake from wfi, take a pending interrupt, check an execute
     * trigger. Returns false when the slice ends before any instruction; otherwise {@link #pc} is where it starts.
     */
    private boolean startSlice(long budget) {
        if (waitingForInterrupt) {
            if ((csrs.mip() & csrs.mie) == 0) {
                return false;
            }
            waitingForInterrupt = false;
        }
        retiredInSlice = 0;
        accountedInSlice = 0;
        long pending = csrs.pendingInterrupt();
        if (pending != 0) {
            pc = enterTrap(pending, 0, pc, 0);
        }
        if (csrs.triggers.executeArmed() && csrs.triggers.firesOnExecute(pc, csrs.privilege)) {
            pc = enterTrap(Cause.BREAKPOINT, 0, pc, 0); // before the instruction; QEMU 7.2 leaves tval 0
            stopAt = 0;
            endSlice(0);
            return false;
        }
        stopAt = budget;
        leaveBlock = false;
        return true;
    }

    /** The per-instruction loop (the engine before blocks, kept as the reference and for stepping). */
    private long executeSlice(long budget) {
        if (!startSlice(budget)) {
            return 0;
        }
        long pc = this.pc;
        final long[] x = this.x;
        final long[] memory = this.memory;
        final long[] loadTag = this.loadTag,
                loadPage = this.loadPage,
                storeTag = this.storeTag,
                storePage = this.storePage;
        long n = 0;
        // pc is kept as base + 2 * slot, slot being an index into the current code page's slot array, so
        // the loop advances one int instead of a 64-bit pc as well. Running off the page or branching out
        // of it lands on a PAGE_END slot (see CodePage); so does every jump, which sets slot = ENTRY and
        // base = target. There the page is looked up and base and slot recomputed, and straight-line code
        // pays one test per instruction for page ends and undecoded slots together.
        long base = pc;
        int slot = CodePage.ENTRY;
        long[] slots = CodePage.NO_PAGE;
        while (n < stopAt) {
            try {
                long virtualPage = codeVirtualPage;
                long generation = mmu.generation(); // changes only at traps (which re-enter here) and slice ends
                while (n < stopAt) {
                    long decoded = slots[slot];
                    if ((decoded & 0xFC) == 0) { // UNDECODED, CROSSES_PAGE or PAGE_END
                        if (decoded == Op.PAGE_END) {
                            pc = base + 2L * slot;
                            if ((pc >>> 12) != virtualPage || slots == CodePage.NO_PAGE) {
                                enterCodePage(pc);
                                virtualPage = codeVirtualPage;
                                slots = codePage.slots;
                            }
                            base = (pc & ~0xFFFL) - 2L * CodePage.FIRST;
                            slot = CodePage.FIRST + ((int) (pc & 0xFFF) >>> 1);
                            decoded = slots[slot];
                        }
                        if ((decoded & 0xFE) == 0) {
                            decoded = decodeSlot(base + 2L * slot, slot - CodePage.FIRST);
                        }
                    }
                    int w = (int) decoded;
                    int imm = (int) (decoded >> 32);
                    int rd = (w >>> 8) & 63;
                    // Registers are read in the arms that use them: reading both up front cost a third of the speed.
                    switch (w & 0xFF) {
                        case Op.ADDI:
                            x[rd] = x[rs1(w)] + imm;
                            break;
                        case Op.ADD:
                            x[rd] = x[rs1(w)] + x[rs2(w)];
                            break;
                        case Op.LD: {
                            long va = x[rs1(w)] + imm;
                            int i = fastIndex(va);
                            x[rd] = loadTag[i] == ((va >>> 12) | generation) && (va & 7) == 0
                                    ? lane(memory, loadPage[i], va)
                                    : slowLoad(va, 8, n);
                            break;
                        }
                        case Op.SD: {
                            long va = x[rs1(w)] + imm;
                            int i = fastIndex(va);
                            if (storeTag[i] == ((va >>> 12) | generation) && (va & 7) == 0) {
                                storeFast(storePage[i] | (va & 0xFFF), -1L, x[rs2(w)]);
                            } else {
                                slowStore(va, 8, x[rs2(w)], n);
                            }
                            break;
                        }
                        case Op.LW: {
                            long va = x[rs1(w)] + imm;
                            int i = fastIndex(va);
                            x[rd] = loadTag[i] == ((va >>> 12) | generation) && (va & 3) == 0
                                    ? (int) lane(memory, loadPage[i], va)
                                    : (int) slowLoad(va, 4, n);
                            break;
                        }
                        case Op.SW: {
                            long va = x[rs1(w)] + imm;
                            int i = fastIndex(va);
                            if (storeTag[i] == ((va >>> 12) | generation) && (va & 3) == 0) {
                                storeFast(storePage[i] | (va & 0xFFF), 0xFFFF_FFFFL, x[rs2(w)]);
                            } else {
                                slowStore(va, 4, x[rs2(w)], n);
                            }
                            break;
                        }
                        case Op.BEQ:
                            if (x[rs1(w)] == x[rs2(w)]) {
                                slot += imm >> 1;
                                n++;
                                continue;
                            }
                            break;
                        case Op.BNE:
                            if (x[rs1(w)] != x[rs2(w)]) {
                                slot += imm >> 1;
                                n++;
                                continue;
                            }
                            break;
                        case Op.BLT:
                            if (x[rs1(w)] < x[rs2(w)]) {
                                slot += imm >> 1;
                                n++;
                                continue;
                            }
                            break;
                        case Op.BGE:
                            if (x[rs1(w)] >= x[rs2(w)]) {
                                slot += imm >> 1;
                                n++;
                                continue;
                            }
                            break;
                        case Op.BLTU:
                            if ((x[rs1(w)] ^ MIN) < (x[rs2(w)] ^ MIN)) {
                                slot += imm >> 1;
                                n++;
                                continue;
                            }
                            break;
                        case Op.BGEU:
                            if ((x[rs1(w)] ^ MIN) >= (x[rs2(w)] ^ MIN)) {
                                slot += imm >> 1;
                                n++;
                                continue;
                            }
                            break;
                        case Op.JAL:
                            x[rd] = base + 2L * slot + ((w >>> 24) & 7);
                            slot += imm >> 1;
                            if (slot < 0 || slot >= CodePage.LENGTH) { // jal reaches 1 MiB, farther than the array
                                base += 2L * slot;
                                slot = CodePage.ENTRY;
                            }
                            n++;
                            continue;
                        case Op.JALR: {
                            long target = (x[rs1(w)] + imm) & ~1L;
                            x[rd] = base + 2L * slot + ((w >>> 24) & 7);
                            base = target;
                            slot = CodePage.ENTRY;
                            n++;
                            continue;
                        } // rd may be rs1
                        case Op.LUI:
                            x[rd] = imm;
                            break;
                        case Op.AUIPC:
                            x[rd] = base + 2L * slot + imm;
                            break;
                        case Op.LB:
                        case Op.LBU: {
                            long va = x[rs1(w)] + imm;
                            int i = fastIndex(va);
                            long value = loadTag[i] == ((va >>> 12) | generation)
                                    ? lane(memory, loadPage[i], va)
                                    : slowLoad(va, 1, n);
                            x[rd] = (w & 0xFF) == Op.LB ? (byte) value : value & 0xFF;
                            break;
                        }
                        case Op.LH:
                        case Op.LHU: {
                            long va = x[rs1(w)] + imm;
                            int i = fastIndex(va);
                            long value = loadTag[i] == ((va >>> 12) | generation) && (va & 1) == 0
                                    ? lane(memory, loadPage[i], va)
                                    : slowLoad(va, 2, n);
                            x[rd] = (w & 0xFF) == Op.LH ? (short) value : value & 0xFFFF;
                            break;
                        }
                        case Op.LWU: {
                            long va = x[rs1(w)] + imm;
                            int i = fastIndex(va);
                            long value = loadTag[i] == ((va >>> 12) | generation) && (va & 3) == 0
                                    ? lane(memory, loadPage[i], va)
                                    : slowLoad(va, 4, n);
                            x[rd] = value & 0xFFFF_FFFFL;
                            break;
                        }
                        case Op.SB: {
                            long va = x[rs1(w)] + imm;
                            int i = fastIndex(va);
                            if (storeTag[i] == ((va >>> 12) | generation)) {
                                storeFast(storePage[i] | (va & 0xFFF), 0xFFL, x[rs2(w)]);
                            } else {
                                slowStore(va, 1, x[rs2(w)], n);
                            }
                            break;
                        }
                        case Op.SH: {
                            long va = x[rs1(w)] + imm;
                            int i = fastIndex(va);
                            if (storeTag[i] == ((va >>> 12) | generation) && (va & 1) == 0) {
                                storeFast(storePage[i] | (va & 0xFFF), 0xFFFFL, x[rs2(w)]);
                            } else {
                                slowStore(va, 2, x[rs2(w)], n);
                            }
                            break;
                        }
                        case Op.SLTI:
                            x[rd] = x[rs1(w)] < imm ? 1 : 0;
                            break;
                        case Op.SLTIU:
                            x[rd] = (x[rs1(w)] ^ MIN) < (((long) imm) ^ MIN) ? 1 : 0;
                            break;
                        case Op.XORI:
                            x[rd] = x[rs1(w)] ^ imm;
                            break;
                        case Op.ORI:
                            x[rd] = x[rs1(w)] | imm;
                            break;
                        case Op.ANDI:
                            x[rd] = x[rs1(w)] & imm;
                            break;
                        case Op.SLLI:
                            x[rd] = x[rs1(w)] << imm;
                            break;
                        case Op.SRLI:
                            x[rd] = x[rs1(w)] >>> imm;
                            break;
                        case Op.SRAI:
                            x[rd] = x[rs1(w)] >> imm;
                            break;
                        case Op.SUB:
                            x[rd] = x[rs1(w)] - x[rs2(w)];
                            break;
                        case Op.SLL:
                            x[rd] = x[rs1(w)] << x[rs2(w)];
                            break;
                        case Op.SLT:
                            x[rd] = x[rs1(w)] < x[rs2(w)] ? 1 : 0;
                            break;
                        case Op.SLTU:
                            x[rd] = (x[rs1(w)] ^ MIN) < (x[rs2(w)] ^ MIN) ? 1 : 0;
                            break;
                        case Op.XOR:
                            x[rd] = x[rs1(w)] ^ x[rs2(w)];
                            break;
                        case Op.SRL:
                            x[rd] = x[rs1(w)] >>> x[rs2(w)];
                            break;
                        case Op.SRA:
                            x[rd] = x[rs1(w)] >> x[rs2(w)];
                            break;
                        case Op.OR:
                            x[rd] = x[rs1(w)] | x[rs2(w)];
                            break;
                        case Op.AND:
                            x[rd] = x[rs1(w)] & x[rs2(w)];
                            break;
                        case Op.ADDIW:
                            x[rd] = (int) x[rs1(w)] + imm;
                            break;
                        case Op.SLLIW:
                            x[rd] = (int) x[rs1(w)] << imm;
                            break;
                        case Op.SRLIW:
                            x[rd] = (int) x[rs1(w)] >>> imm;
                            break;
                        case Op.SRAIW:
                            x[rd] = (int) x[rs1(w)] >> imm;
                            break;
                        case Op.ADDW:
                            x[rd] = (int) x[rs1(w)] + (int) x[rs2(w)];
                            break;
                        case Op.SUBW:
                            x[rd] = (int) x[rs1(w)] - (int) x[rs2(w)];
                            break;
                        case Op.SLLW:
                            x[rd] = (int) x[rs1(w)] << x[rs2(w)];
                            break;
                        case Op.SRLW:
                            x[rd] = (int) x[rs1(w)] >>> x[rs2(w)];
                            break;
                        case Op.SRAW:
                            x[rd] = (int) x[rs1(w)] >> x[rs2(w)];
                            break;
                        case Op.MUL:
                            x[rd] = x[rs1(w)] * x[rs2(w)];
                            break;
                        case Op.MULH:
                            x[rd] = Arithmetic.mulh(x[rs1(w)], x[rs2(w)]);
                            break;
                        case Op.MULHSU:
                            x[rd] = Arithmetic.mulhsu(x[rs1(w)], x[rs2(w)]);
                            break;
                        case Op.MULHU:
                            x[rd] = Arithmetic.mulhu(x[rs1(w)], x[rs2(w)]);
                            break;
                        case Op.DIV:
                            x[rd] = x[rs2(w)] == 0 ? -1 : x[rs1(w)] / x[rs2(w)];
                            break;
                        case Op.DIVU:
                            x[rd] = x[rs2(w)] == 0 ? -1 : Arithmetic.divu(x[rs1(w)], x[rs2(w)]);
                            break;
                        case Op.REM:
                            x[rd] = x[rs2(w)] == 0 ? x[rs1(w)] : x[rs1(w)] % x[rs2(w)];
                            break;
                        case Op.REMU:
                            x[rd] = x[rs2(w)] == 0 ? x[rs1(w)] : Arithmetic.remu(x[rs1(w)], x[rs2(w)]);
                            break;
                        case Op.MULW:
                            x[rd] = (int) x[rs1(w)] * (int) x[rs2(w)];
                            break;
                        case Op.DIVW:
                            x[rd] = Arithmetic.divw((int) x[rs1(w)], (int) x[rs2(w)]);
                            break;
                        case Op.DIVUW:
                            x[rd] = Arithmetic.divuw((int) x[rs1(w)], (int) x[rs2(w)]);
                            break;
                        case Op.REMW:
                            x[rd] = Arithmetic.remw((int) x[rs1(w)], (int) x[rs2(w)]);
                            break;
                        case Op.REMUW:
                            x[rd] = Arithmetic.remuw((int) x[rs1(w)], (int) x[rs2(w)]);
                            break;
                        case Op.AMO_W:
                            x[rd] = atomic(imm, x[rs1(w)], x[rs2(w)], 4, n);
                            break;
                        case Op.AMO_D:
                            x[rd] = atomic(imm, x[rs1(w)], x[rs2(w)], 8, n);
                            break;
                        case Op.FENCE:
                        case Op.FENCE_I:
                            break;
                        case Op.CSRRW:
                        case Op.CSRRS:
                        case Op.CSRRC:
                        case Op.CSRRWI:
                        case Op.CSRRSI:
                        case Op.CSRRCI:
                            x[rd] = csrInstruction(w, imm, base + 2L * slot, n);
                            break;
                        default:
                            base = system(w, imm, base + 2L * slot, n);
                            slot = CodePage.ENTRY;
                            n++;
                            continue;
                    }
                    slot += (w >>> 25) & 3; // the length in halfwords (bits 24..26 hold 2 or 4)
                    n++;
                }
            } catch (Trap t) {
                base = enterTrap(t.cause(), t.tval(), base + 2L * slot, n);
                slot = CodePage.ENTRY;
                slots = CodePage.NO_PAGE; // the handler's page may have another translation
                stopAt--; // a trap uses one unit of the budget: a handler that traps itself cannot hold the loop
                // forever
            }
        }
        this.pc = base + 2L * slot;
        endSlice(n);
        return n;
    }

    // ---- the block engine ----

    private static final int EXIT_FALL = CompiledBlock.FALL,
            EXIT_TAKEN = CompiledBlock.TAKEN,
            EXIT_JUMP = 2,
            EXIT_LEAVE = 3;

    /**
     * Runs a slice as {@link #executeSlice} does, a {@link Block} per dispatch: the budget is checked per block
     * (a block longer than what is left runs as a shorter scratch block), the pc and the retired count are
     * computed only where a block is left, and a block's successors on its page are followed through its links
     * (without a translator, from the op loop itself: the next block's first op runs without a return to the
     * dispatch). Arms that may end the slice or change code (slow loads and stores, atomics) leave the block after
     * their op when {@link #leaveBlock} is set. Like executeSlice, this is one long method so that the dispatch compiles to
     * one loop; its arms are executeSlice's with the pc and the count taken from the block.
     */
    private long executeBlocks(long budget) {
        if (!startSlice(budget)) {
            return 0;
        }
        final long[] x = this.x;
        final long[] memory = this.memory;
        final CodePage[] codePages = this.codePages;
        final long[] loadTag = this.loadTag,
                loadPage = this.loadPage,
                storeTag = this.storeTag,
                storePage = this.storePage;
        long pc = this.pc; // the start of the block b, or where the next block starts when b is null
        long n = 0; // retired before the block
        CodePage page = null;
        long virtualPage = -1;
        Block b = null;
        Block linkFrom = null; // a block to chain to the next one looked up (see Block)
        boolean linkTaken = false;
        int k = 0; // the op running in b
        // Without a translator, a block's linked successor runs in the op loop itself (see the end of run below);
        // with one, every block goes through the dispatch, which counts its runs and enters its compiled code.
        final boolean chain = translator == null;
        while (n < stopAt) {
            try {
                long generation = mmu.generation(); // changes only at traps (which re-enter here) and slice ends
                while (n < stopAt) {
                    k = 0;
                    if (b == null) {
                        // a block keeping the log links only to another: memory is read first here (decoding)
                        if (logged != 0) {
                            applyLogged();
                        }
                        if ((pc >>> 12) != virtualPage || page == null) {
                            enterCodePage(pc);
                            page = codePage;
                            virtualPage = codeVirtualPage;
                        }
                        // enterCodePage may stop the slice for stepping: the loop still runs the fetched instruction
                        b = blockAt(page, pc, Math.max(stopAt - n, 1));
                        // a block keeping the log links only to another (the dispatch applies the log)
                        if (linkFrom != null && b.cached && (b.keepsLog || !linkFrom.keepsLog)) {
                            if (linkTaken) {
                                linkFrom.taken = b;
                            } else {
                                linkFrom.fall = b;
                            }
                        }
                    } else if (b.count > stopAt - n) {
                        applyLogged();
                        b = scratchBlock(page, pc, (int) (stopAt - n));
                    }
                    long jump = 0;
                    int exit = CompiledBlock.RESUME;
                    if (translator != null && b.cached) {
                        CompiledBlock code = b.code;
                        if (code == null && ++b.runs == translateAfter) {
                            code = translator.translate(b);
                            b.code = code;
                        }
                        if (code != null) {
                            long result = code.run(this, pc, stopAt - n, generation); // never traps
                            n += CompiledBlock.retired(result);
                            int distance = CompiledBlock.distance(result);
                            if (distance != 0) { // it left from a block linked from b, on b's page
                                pc += distance;
                                b = page.blocks[(b.pageOffset + distance) >>> 1];
                            }
                            exit = CompiledBlock.exit(result);
                            k = CompiledBlock.op(result);
                        }
                    }
                    long[] ops = b.ops;
                    run:
                    while (exit == CompiledBlock.RESUME) {
                        ends:
                        for (; ; k++) {
                            long decoded = ops[k];
                            int w = (int) decoded;
                            int imm = (int) (decoded >> 32);
                            int rd = (w >>> 8) & 63;
                            // Fields decoded here, not by rs1()/rs2(): TeaVM stops inlining in a method this big.
                            int rs1 = (w >>> 14) & 31, rs2 = (w >>> 19) & 31;
                            switch (w & 0xFF) {
                                case Op.ADDI:
                                    x[rd] = x[rs1] + imm;
                                    break;
                                case Op.ADD:
                                    x[rd] = x[rs1] + x[rs2];
                                    break;
                                case Op.LI:
                                    x[rd] = imm;
                                    break;
                                // an ALU op and the branch after it (Op.ADDI_BEQ): the branch reads what the ALU wrote
                                case Op.ADDI_BEQ + 0:
                                    x[rd] = x[rs1] + (imm >> 10);
                                    exit = x[imm & 31] == x[(imm >>> 5) & 31] ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.ADDI_BEQ + 1:
                                    x[rd] = x[rs1] + (imm >> 10);
                                    exit = x[imm & 31] != x[(imm >>> 5) & 31] ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.ADDI_BEQ + 2:
                                    x[rd] = x[rs1] + (imm >> 10);
                                    exit = x[imm & 31] < x[(imm >>> 5) & 31] ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.ADDI_BEQ + 3:
                                    x[rd] = x[rs1] + (imm >> 10);
                                    exit = x[imm & 31] >= x[(imm >>> 5) & 31] ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.ADDI_BEQ + 4:
                                    x[rd] = x[rs1] + (imm >> 10);
                                    exit = (x[imm & 31] ^ MIN) < (x[(imm >>> 5) & 31] ^ MIN) ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.ADDI_BEQ + 5:
                                    x[rd] = x[rs1] + (imm >> 10);
                                    exit = (x[imm & 31] ^ MIN) >= (x[(imm >>> 5) & 31] ^ MIN) ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.ADDIW_BEQ + 0:
                                    x[rd] = (int) x[rs1] + (imm >> 10);
                                    exit = x[imm & 31] == x[(imm >>> 5) & 31] ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.ADDIW_BEQ + 1:
                                    x[rd] = (int) x[rs1] + (imm >> 10);
                                    exit = x[imm & 31] != x[(imm >>> 5) & 31] ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.ADDIW_BEQ + 2:
                                    x[rd] = (int) x[rs1] + (imm >> 10);
                                    exit = x[imm & 31] < x[(imm >>> 5) & 31] ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.ADDIW_BEQ + 3:
                                    x[rd] = (int) x[rs1] + (imm >> 10);
                                    exit = x[imm & 31] >= x[(imm >>> 5) & 31] ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.ADDIW_BEQ + 4:
                                    x[rd] = (int) x[rs1] + (imm >> 10);
                                    exit = (x[imm & 31] ^ MIN) < (x[(imm >>> 5) & 31] ^ MIN) ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.ADDIW_BEQ + 5:
                                    x[rd] = (int) x[rs1] + (imm >> 10);
                                    exit = (x[imm & 31] ^ MIN) >= (x[(imm >>> 5) & 31] ^ MIN) ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.ADD_BEQ + 0:
                                    x[rd] = x[rs1] + x[rs2];
                                    exit = x[imm & 31] == x[(imm >>> 5) & 31] ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.ADD_BEQ + 1:
                                    x[rd] = x[rs1] + x[rs2];
                                    exit = x[imm & 31] != x[(imm >>> 5) & 31] ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.ADD_BEQ + 2:
                                    x[rd] = x[rs1] + x[rs2];
                                    exit = x[imm & 31] < x[(imm >>> 5) & 31] ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.ADD_BEQ + 3:
                                    x[rd] = x[rs1] + x[rs2];
                                    exit = x[imm & 31] >= x[(imm >>> 5) & 31] ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.ADD_BEQ + 4:
                                    x[rd] = x[rs1] + x[rs2];
                                    exit = (x[imm & 31] ^ MIN) < (x[(imm >>> 5) & 31] ^ MIN) ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.ADD_BEQ + 5:
                                    x[rd] = x[rs1] + x[rs2];
                                    exit = (x[imm & 31] ^ MIN) >= (x[(imm >>> 5) & 31] ^ MIN) ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.LD: {
                                    long va = x[rs1] + imm;
                                    int i = (int) (va >>> 12) & FAST_MASK;
                                    if (loadTag[i] == ((va >>> 12) | generation) && (va & 7) == 0) {
                                        x[rd] = memory[(int) ((loadPage[i] | (va & 0xFFF)) >>> 3)];
                                    } else {
                                        x[rd] = slowLoad(va, 8, n + b.before[k]);
                                        if (leaveBlock) {
                                            exit = EXIT_LEAVE;
                                            break run;
                                        }
                                    }
                                    break;
                                }
                                case Op.SD: {
                                    long va = x[rs1] + imm;
                                    int i = (int) (va >>> 12) & FAST_MASK;
                                    if (storeTag[i] == ((va >>> 12) | generation) && (va & 7) == 0) {
                                        long offset =
                                                storePage[i] | (va & 0xFFF); // storeFast, in place (see rs1 above)
                                        memory[(int) (offset >>> 3)] = x[rs2];
                                        if (codePages[(int) (offset >>> 12)] != null) {
                                            ramWritten(offset, 8);
                                            if (leaveBlock) { // the store dropped decoded code: leave after it
                                                exit = EXIT_LEAVE;
                                                break run;
                                            }
                                        }
                                    } else {
                                        slowStore(va, 8, x[rs2], n + b.before[k]);
                                        if (leaveBlock) { // the store dropped decoded code: leave after it
                                            exit = EXIT_LEAVE;
                                            break run;
                                        }
                                    }
                                    break;
                                }
                                case Op.LW: {
                                    long va = x[rs1] + imm;
                                    int i = (int) (va >>> 12) & FAST_MASK;
                                    if (loadTag[i] == ((va >>> 12) | generation) && (va & 3) == 0) {
                                        x[rd] = (int) (memory[(int) ((loadPage[i] | (va & 0xFFF)) >>> 3)]
                                                >>> ((va & 4) << 3));
                                    } else {
                                        x[rd] = (int) slowLoad(va, 4, n + b.before[k]);
                                        if (leaveBlock) {
                                            exit = EXIT_LEAVE;
                                            break run;
                                        }
                                    }
                                    break;
                                }
                                case Op.SW: {
                                    long va = x[rs1] + imm;
                                    int i = (int) (va >>> 12) & FAST_MASK;
                                    if (storeTag[i] == ((va >>> 12) | generation) && (va & 3) == 0) {
                                        long offset =
                                                storePage[i] | (va & 0xFFF); // storeFast, in place (see rs1 above)
                                        int word = (int) (offset >>> 3), shift = (int) (offset & 7) << 3;
                                        memory[word] = (memory[word] & ~(0xFFFF_FFFFL << shift))
                                                | ((x[rs2] & 0xFFFF_FFFFL) << shift);
                                        if (codePages[(int) (offset >>> 12)] != null) {
                                            ramWritten(offset, 8);
                                            if (leaveBlock) { // the store dropped decoded code: leave after it
                                                exit = EXIT_LEAVE;
                                                break run;
                                            }
                                        }
                                    } else {
                                        slowStore(va, 4, x[rs2], n + b.before[k]);
                                        if (leaveBlock) { // the store dropped decoded code: leave after it
                                            exit = EXIT_LEAVE;
                                            break run;
                                        }
                                    }
                                    break;
                                }
                                case Op.BEQ:
                                    exit = x[rs1] == x[rs2] ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.BNE:
                                    exit = x[rs1] != x[rs2] ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.BLT:
                                    exit = x[rs1] < x[rs2] ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.BGE:
                                    exit = x[rs1] >= x[rs2] ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.BLTU:
                                    exit = (x[rs1] ^ MIN) < (x[rs2] ^ MIN) ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.BGEU:
                                    exit = (x[rs1] ^ MIN) >= (x[rs2] ^ MIN) ? EXIT_TAKEN : EXIT_FALL;
                                    break ends;
                                case Op.JAL:
                                    x[rd] = pc + b.fallOffset;
                                    exit = EXIT_TAKEN;
                                    break ends;
                                case Op.JALR:
                                    jump = (x[rs1] + imm) & ~1L; // rd may be rs1
                                    x[rd] = pc + b.fallOffset;
                                    exit = EXIT_JUMP;
                                    break run;
                                case Op.END:
                                    exit = EXIT_FALL;
                                    break ends;
                                case Op.LUI:
                                    x[rd] = imm;
                                    break;
                                case Op.AUIPC:
                                case Op.LA:
                                    x[rd] = pc + b.offset[k] + imm;
                                    break;
                                case Op.LB:
                                case Op.LBU: {
                                    long va = x[rs1] + imm;
                                    int i = (int) (va >>> 12) & FAST_MASK;
                                    long value;
                                    if (loadTag[i] == ((va >>> 12) | generation)) {
                                        value = memory[(int) ((loadPage[i] | (va & 0xFFF)) >>> 3)] >>> ((va & 7) << 3);
                                    } else {
                                        value = slowLoad(va, 1, n + b.before[k]);
                                    }
                                    x[rd] = (w & 0xFF) == Op.LB ? (byte) value : value & 0xFF;
                                    if (leaveBlock) {
                                        exit = EXIT_LEAVE;
                                        break run;
                                    }
                                    break;
                                }
                                case Op.LH:
                                case Op.LHU: {
                                    long va = x[rs1] + imm;
                                    int i = (int) (va >>> 12) & FAST_MASK;
                                    long value;
                                    if (loadTag[i] == ((va >>> 12) | generation) && (va & 1) == 0) {
                                        value = memory[(int) ((loadPage[i] | (va & 0xFFF)) >>> 3)] >>> ((va & 7) << 3);
                                    } else {
                                        value = slowLoad(va, 2, n + b.before[k]);
                                    }
                                    x[rd] = (w & 0xFF) == Op.LH ? (short) value : value & 0xFFFF;
                                    if (leaveBlock) {
                                        exit = EXIT_LEAVE;
                                        break run;
                                    }
                                    break;
                                }
                                case Op.LWU: {
                                    long va = x[rs1] + imm;
                                    int i = (int) (va >>> 12) & FAST_MASK;
                                    long value;
                                    if (loadTag[i] == ((va >>> 12) | generation) && (va & 3) == 0) {
                                        value = memory[(int) ((loadPage[i] | (va & 0xFFF)) >>> 3)] >>> ((va & 7) << 3);
                                    } else {
                                        value = slowLoad(va, 4, n + b.before[k]);
                                    }
                                    x[rd] = value & 0xFFFF_FFFFL;
                                    if (leaveBlock) {
                                        exit = EXIT_LEAVE;
                                        break run;
                                    }
                                    break;
                                }
                                case Op.SB: {
                                    long va = x[rs1] + imm;
                                    int i = (int) (va >>> 12) & FAST_MASK;
                                    if (storeTag[i] == ((va >>> 12) | generation)) {
                                        long offset =
                                                storePage[i] | (va & 0xFFF); // storeFast, in place (see rs1 above)
                                        if (b.keepsLog && codePages[(int) (offset >>> 12)] == null) {
                                            if (logged == STORE_LOG) {
                                                applyLogged();
                                            }
                                            storeLog[logged++] = (offset << 8) | (x[rs2] & 0xFFL);
                                            break;
                                        }
                                        int word = (int) (offset >>> 3), shift = (int) (offset & 7) << 3;
                                        memory[word] = (memory[word] & ~(0xFFL << shift)) | ((x[rs2] & 0xFFL) << shift);
                                        if (codePages[(int) (offset >>> 12)] != null) {
                                            ramWritten(offset, 8);
                                            if (leaveBlock) { // the store dropped decoded code: leave after it
                                                exit = EXIT_LEAVE;
                                                break run;
                                            }
                                        }
                                    } else {
                                        if (logged != 0) { // a page walk may read what the log holds
                                            applyLogged();
                                        }
                                        slowStore(va, 1, x[rs2], n + b.before[k]);
                                        if (leaveBlock) { // the store dropped decoded code: leave after it
                                            exit = EXIT_LEAVE;
                                            break run;
                                        }
                                    }
                                    break;
                                }
                                case Op.SH: {
                                    long va = x[rs1] + imm;
                                    int i = (int) (va >>> 12) & FAST_MASK;
                                    if (storeTag[i] == ((va >>> 12) | generation) && (va & 1) == 0) {
                                        long offset =
                                                storePage[i] | (va & 0xFFF); // storeFast, in place (see rs1 above)
                                        int word = (int) (offset >>> 3), shift = (int) (offset & 7) << 3;
                                        memory[word] =
                                                (memory[word] & ~(0xFFFFL << shift)) | ((x[rs2] & 0xFFFFL) << shift);
                                        if (codePages[(int) (offset >>> 12)] != null) {
                                            ramWritten(offset, 8);
                                            if (leaveBlock) { // the store dropped decoded code: leave after it
                                                exit = EXIT_LEAVE;
                                                break run;
                                            }
                                        }
                                    } else {
                                        slowStore(va, 2, x[rs2], n + b.before[k]);
                                        if (leaveBlock) { // the store dropped decoded code: leave after it
                                            exit = EXIT_LEAVE;
                                            break run;
                                        }
                                    }
                                    break;
                                }
                                case Op.SLTI:
                                    x[rd] = x[rs1] < imm ? 1 : 0;
                                    break;
                                case Op.SLTIU:
                                    x[rd] = (x[rs1] ^ MIN) < (((long) imm) ^ MIN) ? 1 : 0;
                                    break;
                                case Op.XORI:
                                    x[rd] = x[rs1] ^ imm;
                                    break;
                                case Op.ORI:
                                    x[rd] = x[rs1] | imm;
                                    break;
                                case Op.ANDI:
                                    x[rd] = x[rs1] & imm;
                                    break;
                                case Op.SLLI:
                                    x[rd] = x[rs1] << imm;
                                    break;
                                case Op.SRLI:
                                    x[rd] = x[rs1] >>> imm;
                                    break;
                                case Op.SRAI:
                                    x[rd] = x[rs1] >> imm;
                                    break;
                                case Op.SUB:
                                    x[rd] = x[rs1] - x[rs2];
                                    break;
                                case Op.SLL:
                                    x[rd] = x[rs1] << x[rs2];
                                    break;
                                case Op.SLT:
                                    x[rd] = x[rs1] < x[rs2] ? 1 : 0;
                                    break;
                                case Op.SLTU:
                                    x[rd] = (x[rs1] ^ MIN) < (x[rs2] ^ MIN) ? 1 : 0;
                                    break;
                                case Op.XOR:
                                    x[rd] = x[rs1] ^ x[rs2];
                                    break;
                                case Op.SRL:
                                    x[rd] = x[rs1] >>> x[rs2];
                                    break;
                                case Op.SRA:
                                    x[rd] = x[rs1] >> x[rs2];
                                    break;
                                case Op.OR:
                                    x[rd] = x[rs1] | x[rs2];
                                    break;
                                case Op.AND:
                                    x[rd] = x[rs1] & x[rs2];
                                    break;
                                case Op.ADDIW:
                                    x[rd] = (int) x[rs1] + imm;
                                    break;
                                case Op.SLLIW:
                                    x[rd] = (int) x[rs1] << imm;
                                    break;
                                case Op.SRLIW:
                                    x[rd] = (int) x[rs1] >>> imm;
                                    break;
                                case Op.SRAIW:
                                    x[rd] = (int) x[rs1] >> imm;
                                    break;
                                case Op.ADDW:
                                    x[rd] = (int) x[rs1] + (int) x[rs2];
                                    break;
                                case Op.SUBW:
                                    x[rd] = (int) x[rs1] - (int) x[rs2];
                                    break;
                                case Op.SLLW:
                                    x[rd] = (int) x[rs1] << x[rs2];
                                    break;
                                case Op.SRLW:
                                    x[rd] = (int) x[rs1] >>> x[rs2];
                                    break;
                                case Op.SRAW:
                                    x[rd] = (int) x[rs1] >> x[rs2];
                                    break;
                                case Op.MUL:
                                    x[rd] = x[rs1] * x[rs2];
                                    break;
                                case Op.MULH:
                                    x[rd] = Arithmetic.mulh(x[rs1], x[rs2]);
                                    break;
                                case Op.MULHSU:
                                    x[rd] = Arithmetic.mulhsu(x[rs1], x[rs2]);
                                    break;
                                case Op.MULHU:
                                    x[rd] = Arithmetic.mulhu(x[rs1], x[rs2]);
                                    break;
                                case Op.DIV:
                                    x[rd] = x[rs2] == 0 ? -1 : x[rs1] / x[rs2];
                                    break;
                                case Op.DIVU:
                                    x[rd] = x[rs2] == 0 ? -1 : Arithmetic.divu(x[rs1], x[rs2]);
                                    break;
                                case Op.REM:
                                    x[rd] = x[rs2] == 0 ? x[rs1] : x[rs1] % x[rs2];
                                    break;
                                case Op.REMU:
                                    x[rd] = x[rs2] == 0 ? x[rs1] : Arithmetic.remu(x[rs1], x[rs2]);
                                    break;
                                case Op.MULW:
                                    x[rd] = (int) x[rs1] * (int) x[rs2];
                                    break;
                                case Op.DIVW:
                                    x[rd] = Arithmetic.divw((int) x[rs1], (int) x[rs2]);
                                    break;
                                case Op.DIVUW:
                                    x[rd] = Arithmetic.divuw((int) x[rs1], (int) x[rs2]);
                                    break;
                                case Op.REMW:
                                    x[rd] = Arithmetic.remw((int) x[rs1], (int) x[rs2]);
                                    break;
                                case Op.REMUW:
                                    x[rd] = Arithmetic.remuw((int) x[rs1], (int) x[rs2]);
                                    break;
                                case Op.AMO_W:
                                case Op.AMO_D:
                                    x[rd] = atomic(
                                            imm, x[rs1], x[rs2], (w & 0xFF) == Op.AMO_W ? 4 : 8, n + b.before[k]);
                                    if (leaveBlock) {
                                        exit = EXIT_LEAVE;
                                        break run;
                                    }
                                    break;
                                case Op.FENCE:
                                case Op.FENCE_I:
                                    break;
                                case Op.CSRRW:
                                case Op.CSRRS:
                                case Op.CSRRC:
                                case Op.CSRRWI:
                                case Op.CSRRSI:
                                case Op.CSRRCI:
                                    x[rd] = csrInstruction(w, imm, pc + b.offset[k], n + b.before[k]);
                                    exit = EXIT_FALL;
                                    break ends;
                                default:
                                    jump = system(w, imm, pc + b.offset[k], n + b.before[k]);
                                    exit = EXIT_JUMP;
                                    break run;
                            }
                        }
                        // b ended in a branch, jal, CSR instruction or END: run a linked successor that fits in
                        // the budget right here (a CSR write or device store that ends the slice sets stopAt to 0)
                        // if/else, not ?: (which TeaVM compiles to a call of its three-way compare function)
                        Block next;
                        int step;
                        if (exit == EXIT_TAKEN) {
                            next = b.taken;
                            step = b.takenOffset;
                        } else {
                            next = b.fall;
                            step = b.fallOffset;
                        }
                        if (!chain || next == null || next.count > stopAt - n - b.count) {
                            break run;
                        }
                        n += b.count;
                        pc += step;
                        b = next;
                        ops = next.ops;
                        k = 0;
                        exit = CompiledBlock.RESUME;
                    }
                    Block from = b;
                    if (exit == EXIT_TAKEN) {
                        n += from.count;
                        pc += from.takenOffset;
                        b = from.taken;
                        linkFrom = from.linksTaken ? from : null;
                        linkTaken = true;
                    } else if (exit == EXIT_FALL) {
                        n += from.count;
                        pc += from.fallOffset;
                        b = from.fall;
                        linkFrom = from.linksFall ? from : null;
                        linkTaken = false;
                    } else if (exit == EXIT_JUMP) {
                        n += from.count;
                        pc = jump;
                        b = null;
                        linkFrom = null;
                    } else {
                        n += from.before[k + 1];
                        pc += from.offset[k + 1];
                        b = null;
                        linkFrom = null;
                        leaveBlock = false;
                    }
                }
            } catch (Trap t) {
                long at = pc;
                if (b != null) {
                    at += b.offset[k];
                    n += b.before[k];
                }
                pc = enterTrap(t.cause(), t.tval(), at, n);
                b = null;
                linkFrom = null;
                page = null; // the handler's page may have another translation
                stopAt--; // a trap uses one unit of the budget, as in executeSlice
            }
        }
        applyLogged();
        this.pc = pc;
        endSlice(n);
        return n;
    }

    /**
     * The block at {@code pc} on {@code page} (which {@link #codePage} is), decoded and cached on first use. When it
     * holds more than {@code room} instructions, the first {@code room} of them run as a scratch block.
     */
    private Block blockAt(CodePage page, long pc, long room) {
        int slot = (int) (pc & 0xFFF) >>> 1;
        Block[] blocks = page.blocks;
        if (blocks == null) {
            blocks = new Block[CodePage.SLOTS];
            page.blocks = blocks;
        }
        Block b = blocks[slot];
        if (b == null) {
            if (decodedAt(page, slot) == Op.CROSSES_PAGE) {
                return crossingBlock(page, pc);
            }
            int ops = buildBlock(scratch, page, pc, Block.MAX_INSTRUCTIONS, true);
            if (translator == null) {
                logByteStores(scratch, ops);
            }
            b = scratch.copy(ops);
            blocks[slot] = b;
        }
        return b.count <= room ? b : scratchBlock(page, pc, (int) room);
    }

    /** The first {@code limit} instructions at {@code pc}, unfused, in the scratch block (not cached). */
    private Block scratchBlock(CodePage page, long pc, int limit) {
        buildBlock(scratch, page, pc, limit, false);
        return scratch;
    }

    /**
     * A 32-bit instruction whose upper half lies on the next page, decoded on each execution as executeSlice does
     * (translating the next page each time), as a block of its own.
     */
    private Block crossingBlock(CodePage page, long pc) {
        Block b = crossing;
        long decoded = decodeAcrossPages(pc, page);
        b.ops[0] = decoded;
        b.ops[1] = Op.END;
        b.count = 1;
        b.pageOffset = CodePage.BYTES - 2;
        b.fallOffset = 4;
        b.takenOffset = Decoder.immediate(decoded);
        b.offset[1] = 4;
        b.before[1] = 1;
        return b;
    }

    /**
     * Decodes the block at {@code pc} into {@code b}: up to and including the first terminator, or up to the page's
     * end, an instruction crossing it, or {@code limit} instructions; pairs are fused when {@code fuse}. Every slot
     * decoded is covered, so that a store into it drops the page's blocks. Returns the number of ops.
     */
    private int buildBlock(Block b, CodePage page, long pc, int limit, boolean fuse) {
        int start = (int) (pc & 0xFFF) >>> 1;
        int slot = start;
        int ops = 0;
        int count = 0;
        b.pageOffset = start << 1;
        b.taken = null;
        b.fall = null;
        b.cached = false;
        b.keepsLog = false;
        b.takenOffset = 0;
        while (true) {
            int at = (slot - start) << 1;
            b.offset[ops] = at;
            b.before[ops] = count;
            if (count == limit || slot >= CodePage.SLOTS) {
                break;
            }
            long decoded = decodedAt(page, slot);
            if (decoded == Op.CROSSES_PAGE) {
                break; // it runs in a block of its own (blockAt)
            }
            int w = (int) decoded;
            int halfwords = Op.length(w) >>> 1;
            page.cover(slot, slot + halfwords);
            slot += halfwords;
            count++;
            boolean fused = fuse && ops > 0 && fuse(b, ops - 1, decoded, translator == null);
            if (!fused) {
                b.ops[ops++] = decoded;
            }
            if (endsBlock(Op.op(w))) {
                b.takenOffset = at + Decoder.immediate(decoded);
                b.offset[ops] = (slot - start) << 1;
                b.before[ops] = count;
                b.fallOffset = b.offset[ops];
                b.count = count;
                return ops;
            }
        }
        b.ops[ops] = Op.END;
        b.fallOffset = b.offset[ops];
        b.count = count;
        return ops + 1;
    }

    /**
     * Marks a block that stores bytes and otherwise leaves memory alone as keeping the store log (see
     * {@link #storeLog}): a loop of byte stores then reads its RAM words in batches of independent reads.
     */
    private static void logByteStores(Block b, int opCount) {
        boolean stores = false;
        for (int k = 0; k < opCount; k++) {
            int op = Op.op((int) b.ops[k]);
            stores |= op == Op.SB;
            if (!leavesMemoryAlone(op) && op != Op.SB) {
                return;
            }
        }
        if (!stores) {
            return; // a block of arithmetic may be followed by loads: links to it would have to apply the log
        }
        b.keepsLog = true;
    }

    /** Ops that neither read nor write memory nor call out of the op loop but to leave the block (jalr). */
    private static boolean leavesMemoryAlone(int op) {
        return (op >= Op.LUI && op <= Op.BGEU) || (op >= Op.ADDI && op <= Op.REMUW) || op >= Op.END;
    }

    /** Branches, jumps, CSR and system instructions (and illegal ones) end a block: see executeBlocks. */
    private static boolean endsBlock(int op) {
        return (op >= Op.JAL && op <= Op.BGEU) || (op >= Op.ECALL && op <= Op.ILLEGAL);
    }

    /**
     * Fuses {@code second} into the op at {@code at} when they are {@code lui}+{@code addi[w]} or
     * {@code auipc}+{@code addi} on one register whose result fits the 32-bit immediate, or (when {@code branches})
     * {@code addi}, {@code addiw} or {@code add} and a conditional branch ({@link Op#ADDI_BEQ}). None can trap.
     */
    private static boolean fuse(Block b, int at, long second, boolean branches) {
        long first = b.ops[at];
        int w1 = (int) first;
        int w2 = (int) second;
        int rd = Op.rd(w1);
        int branch = Op.op(w2) - Op.BEQ;
        if (branches && branch >= 0 && branch <= Op.BGEU - Op.BEQ) {
            int fused = switch (Op.op(w1)) {
                case Op.ADDI -> Op.ADDI_BEQ;
                case Op.ADDIW -> Op.ADDIW_BEQ;
                case Op.ADD -> Op.ADD_BEQ;
                default -> -1;
            };
            if (fused < 0) {
                return false;
            }
            int immediate = Op.fusedBranch(Decoder.immediate(first), Op.rs1(w2), Op.rs2(w2));
            b.ops[at] = Decoder.pack(Op.word(fused + branch, rd, Op.rs1(w1), Op.rs2(w1), 4), immediate);
            return true;
        }
        if (rd == Op.SINK || Op.rd(w2) != rd || Op.rs1(w2) != rd) {
            return false;
        }
        long sum = (long) Decoder.immediate(first) + Decoder.immediate(second);
        int op;
        if (Op.op(w1) == Op.LUI && Op.op(w2) == Op.ADDIW) {
            sum = (int) sum;
            op = Op.LI;
        } else if (Op.op(w2) != Op.ADDI || sum != (int) sum) {
            return false;
        } else if (Op.op(w1) == Op.LUI) {
            op = Op.LI;
        } else if (Op.op(w1) == Op.AUIPC) {
            op = Op.LA;
        } else {
            return false;
        }
        b.ops[at] = Decoder.pack(Op.word(op, rd, 0, 0, 4), (int) sum);
        return true;
    }

    /** The decoded instruction in {@code slot} of {@code page}, decoded on first use; CROSSES_PAGE for one crossing. */
    private long decodedAt(CodePage page, int slot) {
        long decoded = page.slots[CodePage.FIRST + slot];
        if (decoded != Op.UNDECODED) {
            return decoded;
        }
        long offset = page.ramOffset + 2L * slot;
        int low = (int) ram.read(offset, 2);
        if ((low & 3) == 3 && slot == CodePage.SLOTS - 1) {
            page.slots[CodePage.FIRST + slot] = Op.CROSSES_PAGE;
            return Op.CROSSES_PAGE;
        }
        int bits = (low & 3) == 3 ? low | (int) ram.read(offset + 2, 2) << 16 : low;
        decoded = Decoder.decode(bits);
        page.slots[CodePage.FIRST + slot] = decoded;
        return decoded;
    }

    private void endSlice(long n) {
        counters.retired(csrs.privilege, n - accountedInSlice);
        retiredBeforeSlice += n;
        retiredInSlice = 0;
        accountedInSlice = 0;
    }

    /** Counts the instructions retired so far in this slice at the privilege that is about to change. */
    private void accountRetired(long n) {
        counters.retired(csrs.privilege, n - accountedInSlice);
        accountedInSlice = n;
    }

    private long enterTrap(long cause, long tval, long pc, long n) {
        accountRetired(n);
        retiredInSlice = n;
        reservation = -1;
        if (cause < 0) {
            counters.interrupt((int) cause);
        } else {
            counters.exception((int) cause);
        }
        return csrs.enterTrap(cause, tval, pc);
    }

    // ---- instruction fetch ----

    /**
     * Looks up the code page of {@code pc}. PMP is checked here, as QEMU 7.2 checks it when it starts a
     * translation block: the first byte at {@code pc}. When the page's rules are not the same throughout,
     * the hart steps from here on, so that this check runs before every instruction.
     */
    private void enterCodePage(long pc) {
        long pa = mmu.translate(pc, Mmu.FETCH);
        int privilege = csrs.privilege;
        if (!bus.isRam(pa, 2) || !csrs.pmp.allows(pa, 1, Pmp.EXECUTE, privilege)) {
            throw trap.raise(Cause.INSTRUCTION_ACCESS_FAULT, pc);
        }
        fetchChecksNeeded = csrs.pmp.page(pa & ~0xFFFL, Pmp.EXECUTE, privilege) == Pmp.PAGE_MIXED;
        if (fetchChecksNeeded && !stepping) {
            stopAt = 0; // continue in executeStepping, from this instruction
        }
        int index = (int) ((pa - ramBase) >>> 12);
        CodePage page = codePages[index];
        if (page == null) {
            page = new CodePage((long) index << 12);
            codePages[index] = page;
        }
        codePage = page;
        codeVirtualPage = pc >>> 12;
    }

    /** Decodes the slot at {@code pc} on first execution; a 32-bit instruction crossing pages is decoded every time. */
    private long decodeSlot(long pc, int slot) {
        CodePage page = codePage;
        if (page.slots[CodePage.FIRST + slot] == Op.CROSSES_PAGE) {
            return decodeAcrossPages(pc, page);
        }
        long offset = page.ramOffset + 2L * slot;
        int low = (int) ram.read(offset, 2);
        if ((low & 3) == 3 && slot == CodePage.SLOTS - 1) {
            page.slots[CodePage.FIRST + slot] = Op.CROSSES_PAGE;
            return decodeAcrossPages(pc, page);
        }
        int bits = (low & 3) == 3 ? low | (int) ram.read(offset + 2, 2) << 16 : low;
        long decoded = Decoder.decode(bits);
        page.slots[CodePage.FIRST + slot] = decoded;
        return decoded;
    }

    private long decodeAcrossPages(long pc, CodePage page) {
        int low = (int) ram.read(page.ramOffset + 0xFFE, 2);
        long upper = mmu.translate(pc + 2, Mmu.FETCH);
        if (!bus.isRam(upper, 2)) {
            throw trap.raise(Cause.INSTRUCTION_ACCESS_FAULT, pc + 2);
        }
        return Decoder.decode(low | (int) ram.read(upper - ramBase, 2) << 16);
    }

    /** The bits of the instruction at {@code pc} (for mtval of illegal-instruction), zero-extended. */
    private long instructionBits(long pc) {
        long pa = mmu.translate(pc, Mmu.FETCH);
        int low = (int) ram.read(pa - ramBase, 2);
        if ((low & 3) != 3) {
            return low;
        }
        long upper = (pc & 0xFFF) == 0xFFE ? mmu.translate(pc + 2, Mmu.FETCH) : pa + 2;
        return (low | ram.read(upper - ramBase, 2) << 16) & 0xFFFF_FFFFL;
    }

    private Trap illegalInstruction(long pc) {
        return trap.raise(Cause.ILLEGAL_INSTRUCTION, instructionBits(pc));
    }

    // ---- loads and stores: fast paths ----
    // The arms of execute() test the MMU's fast cache inline (written out there rather than in helper
    // methods, which HotSpot declines to inline into the large loop when its profile looks cold).

    private static int rs1(int w) {
        return (w >>> 14) & 31;
    }

    private static int rs2(int w) {
        return (w >>> 19) & 31;
    }

    /** {@link #fastIndex} as a mask, for the loops that compute it in place. */
    private static final int FAST_MASK = Mmu.FAST_ENTRIES - 1;

    private static int fastIndex(long va) {
        return (int) (va >>> 12) & (Mmu.FAST_ENTRIES - 1);
    }

    /** Applies the store log to memory, in order, and empties it (see {@link #storeLog}). */
    private void applyLogged() {
        long[] memory = this.memory, log = this.storeLog;
        for (int e = 0, end = logged; e < end; e++) {
            long entry = log[e];
            int word = (int) (entry >>> 11), shift = ((int) (entry >>> 8) & 7) << 3;
            memory[word] = (memory[word] & ~(0xFFL << shift)) | ((entry & 0xFFL) << shift);
        }
        logged = 0;
    }

    /** The 8-byte RAM word holding {@code va}, shifted so that the byte at {@code va} is the lowest. */
    private static long lane(long[] memory, long ramPage, long va) {
        return memory[(int) ((ramPage | (va & 0xFFF)) >>> 3)] >>> ((va & 7) << 3);
    }

    /** Stores the bits of {@code value} selected by {@code mask} at RAM offset {@code offset} (naturally aligned). */
    private void storeFast(long offset, long mask, long value) {
        int index = (int) (offset >>> 3);
        int shift = (int) (offset & 7) << 3;
        memory[index] = (memory[index] & ~(mask << shift)) | ((value & mask) << shift);
        if (codePages[(int) (offset >>> 12)] != null) {
            ramWritten(offset, 8);
        }
    }

    // ---- loads and stores: translation, devices, misaligned accesses ----

    /** Loads {@code width} bytes at {@code va}, zero-extended. */
    private long slowLoad(long va, int width, long n) {
        if (csrs.triggers.dataArmed() && csrs.triggers.firesOnAccess(va, width, Triggers.LOAD, csrs.privilege)) {
            throw trap.raise(Cause.BREAKPOINT, 0); // before the access
        }
        if ((va & (width - 1)) != 0) {
            return misalignedLoad(va, width, n);
        }
        long pa = mmu.translate(va, Mmu.LOAD);
        if (!csrs.pmp.allows(pa, width, Pmp.READ, csrs.dataPrivilege())) {
            throw trap.raise(Cause.LOAD_ACCESS_FAULT, va);
        }
        if (bus.isRam(pa, width)) {
            mmu.remember(va, Mmu.LOAD, pa);
            return ram.read(pa - ramBase, width);
        }
        Bus.Window window = bus.windowAt(pa, width);
        if (window == null) {
            throw trap.raise(Cause.LOAD_ACCESS_FAULT, va);
        }
        deviceAccess(n);
        return window.device.read(pa - window.base, width); // wire changes reach setPin, which ends the slice
    }

    private void slowStore(long va, int width, long value, long n) {
        if (csrs.triggers.dataArmed() && csrs.triggers.firesOnAccess(va, width, Triggers.STORE, csrs.privilege)) {
            throw trap.raise(Cause.BREAKPOINT, 0); // before the access: the store does not happen
        }
        if ((va & (width - 1)) != 0) {
            misalignedStore(va, width, value, n);
            return;
        }
        long pa = mmu.translate(va, Mmu.STORE);
        if (!csrs.pmp.allows(pa, width, Pmp.WRITE, csrs.dataPrivilege())) {
            throw trap.raise(Cause.STORE_ACCESS_FAULT, va);
        }
        if (bus.isRam(pa, width)) {
            mmu.remember(va, Mmu.STORE, pa);
            ramWritten(pa - ramBase, width);
            ram.write(pa - ramBase, width, value);
            if (pa == watchedAddress) {
                retiredInSlice = n;
                watcher.stored(value);
            }
            return;
        }
        Bus.Window window = bus.windowAt(pa, width);
        if (window == null) {
            throw trap.raise(Cause.STORE_ACCESS_FAULT, va);
        }
        deviceAccess(n);
        leaveBlock = true;
        stopAt = 0; // e.g. a new mtimecmp: the machine recomputes the timer deadline before the next slice
        window.device.write(pa - window.base, width, value);
    }

    /** Devices see the exact retired count (mtime reads, and the timer deadline of mtimecmp writes). */
    private void deviceAccess(long n) {
        retiredInSlice = n;
        counters.deviceAccesses++;
    }

    /**
     * Misaligned accesses are carried out byte by byte, as the spec permits for a hart that
     * supports them (riscv-tests ma_data). A fault reports the address of the byte that faulted:
     * mtval holds "the virtual address of the portion of the access that caused the fault".
     */
    private long misalignedLoad(long va, int width, long n) {
        checkSplitAccess(va, width, Mmu.LOAD, Pmp.READ, Cause.LOAD_ACCESS_FAULT);
        long value = 0;
        for (int i = 0; i < width; i++) {
            value |= slowLoad(va + i, 1, n) << (8 * i);
        }
        return value;
    }

    private void misalignedStore(long va, int width, long value, long n) {
        for (int i = 0; i < width; i++) {
            mmu.translate(va + i, Mmu.STORE); // all bytes must be writable before any is written
        }
        checkSplitAccess(va, width, Mmu.STORE, Pmp.WRITE, Cause.STORE_ACCESS_FAULT);
        for (int i = 0; i < width; i++) {
            slowStore(va + i, 1, value >>> (8 * i), n);
        }
    }

    /**
     * PMP sees a misaligned access whole, as on QEMU (an access partly inside an entry fails), once per
     * page it touches; the bytes are then carried out one by one.
     */
    private void checkSplitAccess(long va, int width, int access, int permission, int fault) {
        int firstPart = (int) Math.min(width, 4096 - (va & 0xFFF));
        int privilege = csrs.dataPrivilege();
        if (!csrs.pmp.allows(mmu.translate(va, access), firstPart, permission, privilege)
                || (firstPart < width
                        && !csrs.pmp.allows(
                                mmu.translate(va + firstPart, access), width - firstPart, permission, privilege))) {
            throw trap.raise(fault, va);
        }
    }

    /** Keeps decoded instructions coherent with RAM: called for every write into a page that holds code. */
    private void ramWritten(long offset, long length) {
        long end = offset + length;
        for (long page = offset >>> 12; page <= (end - 1) >>> 12 && page < codePages.length; page++) {
            CodePage code = codePages[(int) page];
            if (code != null) {
                long pageStart = page << 12;
                if (code.invalidate((int) (Math.max(offset, pageStart) - pageStart), (int)
                        (Math.min(end, pageStart + 4096) - pageStart))) {
                    leaveBlock = true; // the running block may be one of those dropped
                }
            }
        }
    }

    // ---- A extension ----

    private static final int LR = 2, SC = 3;

    /** Executes an AMO, LR or SC of {@code width} bytes at {@code va} and returns the value for rd. */
    private long atomic(int funct5, long va, long operand, int width, long n) {
        long kinds = funct5 == LR ? Triggers.LOAD : funct5 == SC ? Triggers.STORE : Triggers.LOAD | Triggers.STORE;
        if (csrs.triggers.dataArmed() && csrs.triggers.firesOnAccess(va, width, kinds, csrs.privilege)) {
            throw trap.raise(Cause.BREAKPOINT, 0);
        }
        if ((va & (width - 1)) != 0) {
            throw trap.raise(funct5 == LR ? Cause.LOAD_MISALIGNED : Cause.STORE_MISALIGNED, va);
        }
        if (funct5 == LR) {
            long pa = atomicAddress(va, Mmu.LOAD, width);
            reservation = pa;
            return signExtend(ram.read(pa - ramBase, width), width);
        }
        long pa = atomicAddress(va, Mmu.STORE, width);
        if (funct5 == SC) {
            boolean success = reservation == pa;
            reservation = -1;
            if (success) {
                storeAtomic(pa, width, operand);
            }
            return success ? 0 : 1;
        }
        long old = signExtend(ram.read(pa - ramBase, width), width);
        storeAtomic(pa, width, Arithmetic.amo(funct5, old, width == 4 ? (int) operand : operand));
        return old;
    }

    private long atomicAddress(long va, int access, int width) {
        long pa = mmu.translate(va, access);
        int permission = access == Mmu.LOAD ? Pmp.READ : Pmp.READ | Pmp.WRITE; // SC and AMOs: store/AMO faults
        if (!bus.isRam(pa, width) || !csrs.pmp.allows(pa, width, permission, csrs.dataPrivilege())) {
            throw trap.raise(access == Mmu.LOAD ? Cause.LOAD_ACCESS_FAULT : Cause.STORE_ACCESS_FAULT, va);
        }
        return pa;
    }

    private void storeAtomic(long pa, int width, long value) {
        ramWritten(pa - ramBase, width);
        ram.write(pa - ramBase, width, value);
    }

    private static long signExtend(long value, int width) {
        return width == 4 ? (int) value : value;
    }

    // ---- Zicsr ----

    /** CSRRW/S/C and their immediate forms; returns the old value for rd. */
    private long csrInstruction(int w, int csr, long pc, long n) {
        int op = Op.op(w);
        int source = Op.rs1(w);
        boolean immediate = op >= Op.CSRRWI;
        long operand = immediate ? source : x[source];
        int kind = (op - Op.CSRRW) % 3; // 0 write, 1 set bits, 2 clear bits
        boolean writes = kind == 0 || source != 0;
        if (!csrs.accessible(csr, writes)) {
            throw illegalInstruction(pc);
        }
        retiredInSlice = n;
        long old = kind == 0 && Op.rd(w) == Op.SINK ? 0 : csrs.read(csr);
        if (writes) {
            csrs.write(csr, kind == 0 ? operand : kind == 1 ? old | operand : old & ~operand);
            stopAt = 0; // enables, delegation, translation or the timer may have changed
        }
        return old;
    }

    // ---- system instructions ----

    /** ECALL, EBREAK, MRET, SRET, WFI, SFENCE.VMA and ILLEGAL; returns the next pc. */
    private long system(int w, int imm, long pc, long n) {
        int privilege = csrs.privilege;
        switch (Op.op(w)) {
            case Op.ECALL:
                throw trap.raise(
                        privilege == Privilege.USER
                                ? Cause.ECALL_FROM_U
                                : privilege == Privilege.SUPERVISOR ? Cause.ECALL_FROM_S : Cause.ECALL_FROM_M,
                        0);
            case Op.EBREAK:
                // The spec allows tval = 0 or the pc; QEMU (the reference board) writes 0.
                throw trap.raise(Cause.BREAKPOINT, 0);
            case Op.MRET:
                if (privilege != Privilege.MACHINE) {
                    throw illegalInstruction(pc);
                }
                accountRetired(n);
                reservation = -1;
                stopAt = 0; // interrupts may have become enabled
                return csrs.mret();
            case Op.SRET:
                if (privilege == Privilege.USER
                        || (privilege == Privilege.SUPERVISOR && (csrs.mstatus & Csr.STATUS_TSR) != 0)) {
                    throw illegalInstruction(pc);
                }
                accountRetired(n);
                reservation = -1;
                stopAt = 0; // interrupts may have become enabled
                return csrs.sret();
            case Op.WFI:
                return waitForInterrupt(privilege, pc);
            case Op.SFENCE_VMA:
                return fenceVirtualMemory(w, privilege, pc);
            default:
                throw trap.raise(Cause.ILLEGAL_INSTRUCTION, Op.length(w) == 2 ? imm & 0xFFFF : imm & 0xFFFF_FFFFL);
        }
    }

    /** WFI is illegal in U-mode, and below M with mstatus.TW (spec 3.3.3). Otherwise the hart sleeps. */
    private long waitForInterrupt(int privilege, long pc) {
        if (privilege == Privilege.USER || (privilege == Privilege.SUPERVISOR && (csrs.mstatus & Csr.STATUS_TW) != 0)) {
            throw illegalInstruction(pc);
        }
        waitingForInterrupt = (csrs.mip() & csrs.mie) == 0;
        stopAt = 0;
        return pc + 4;
    }

    private long fenceVirtualMemory(int w, int privilege, long pc) {
        if (privilege == Privilege.USER
                || (privilege == Privilege.SUPERVISOR && (csrs.mstatus & Csr.STATUS_TVM) != 0)) {
            throw illegalInstruction(pc);
        }
        int rs1 = Op.rs1(w), rs2 = Op.rs2(w);
        mmu.sfence(rs1 != 0, x[rs1], rs2 != 0, x[rs2]);
        codeVirtualPage = -1;
        stopAt = 0;
        return pc + 4;
    }

    /** Back to the reset state: M-mode, registers and CSRs zero, no decoded code, pc unchanged. */
    public void reset() {
        java.util.Arrays.fill(x, 0);
        java.util.Arrays.fill(codePages, null);
        codePage = null;
        codeVirtualPage = -1;
        reservation = -1;
        waitingForInterrupt = false;
        retiredBeforeSlice = 0;
        csrs.triggers.reset();
        csrs.pmp.reset();
        fetchChecksNeeded = false;
    }
}
