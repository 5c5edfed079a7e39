package org.mkplay.toolchain.codegen;

import static org.mkplay.riscv.isa.Reg.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mkplay.riscv.isa.Encoder;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Label;
import org.mkplay.toolchain.asm.SourceTag;
import org.mkplay.toolchain.front.Bootstraps;
import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.front.Profile;
import org.mkplay.toolchain.ir.Block;
import org.mkplay.toolchain.ir.Cfg;
import org.mkplay.toolchain.ir.Cond;
import org.mkplay.toolchain.ir.Handler;
import org.mkplay.toolchain.ir.InlinedLine;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.ir.IrMethod;
import org.mkplay.toolchain.ir.Op;
import org.mkplay.toolchain.ir.SwitchKeys;
import org.mkplay.toolchain.layout.Symbols;
import org.mkplay.toolchain.layout.Unwind;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Lowers one method's optimised IR, its registers allocated by {@link LinearScan}, to RV64: each IR
 * instruction in block order. Operations are lowered here and in {@link Lowering} (values,
 * memory, checks, machine operations) and {@link CallLowering} (everything compiled as a call). Runtime
 * checks branch to out-of-line stubs after the method that call the runtime's fault reporters with the
 * source position.
 *
 * <p>Unwinding: every call (and every fault stub's call) is recorded with its return address, line and the
 * handlers of its block ({@link Unwind.CallSite}); the method with its frame layout ({@link Unwind.Frame}).
 * A handler block's label is its landing pad: the unwinder enters it with sp and the s registers as they were
 * in this method and the exception in a0. A method that calls nothing keeps its return address in ra; its
 * fault stubs store ra in the word rt_leaf_ra before calling the reporter, so the walk can go on from there.
 *
 * <p>Frame (offsets from sp after the prologue): outgoing stack arguments, spill slots, saved s registers,
 * saved ra; rounded up to 16 bytes, and absent when the method calls nothing, spills nothing and uses no s
 * register. The code is generated twice when needed: if the first attempt is longer than a conditional
 * branch reaches, again with long branches.
 */
public final class MethodCompiler {
    /** Bytes a conditional branch reaches (±4 KiB), with a margin for the prologue and epilogue. */
    private static final int SHORT_BRANCH_REACH = 4096 - 128;

    final Symbols sym;
    final Assembler a;
    final String file;
    final String displayName;
    /** Each instruction's index in the allocator's order (a call's position, for the values saved around it). */
    private final Map<Insn, Integer> positions = new java.util.IdentityHashMap<>();

    final IrMethod ir;
    final LinearScan regs;
    final List<Runnable> stubs = new ArrayList<>();
    private final Map<Block, Label> labels = new HashMap<>();
    private final Map<List<Object>, Label> npeStubs = new HashMap<>();
    private final Map<List<Object>, Label> divStubs = new HashMap<>();
    /** STATIC_ADDR results read only by the load or store right after them: that access is auipc + ld/sd. */
    private final Map<Integer, Label> fusedStatics = new HashMap<>();
    /**
     * STATIC_ADDR results read several times, each time as the base of a load or store at offset 0 (a counter's
     * load and store, a field read twice): the STATIC_ADDR is an auipc alone, and each access takes the low part of
     * the offset from that auipc (its anchor), one instruction instead of an addi plus the access.
     */
    private final Map<Integer, Label> sharedStatics = new HashMap<>();

    private final Map<Integer, Label> anchors = new HashMap<>();
    /** The handlers of the block being lowered, as landing pads. */
    private List<Unwind.Landing> landings = List.of();
    /** Whether this attempt is the one placed in the image (the first may be a dry run). */
    private final boolean placed;

    private final ClassPool.MethodRef ref;
    private final Lowering lowering;
    final CallLowering calls;
    private final int[] savedRegs;
    private final boolean callsOut;
    /**
     * Shrink-wrapped: the method needs its frame only to call (no s register, spill, stack argument, throw or
     * handler) and the entry block is outside {@link #frameBlocks}, so the frame is built on the way into those
     * blocks and dropped on the way out (and before a fault stub's call outside them) instead of at the entry and
     * the return: the runs that call nothing build none, and a run that calls several times in a row builds it
     * once. The frame has the same layout wherever it is built, so the unwind tables describe it at every call.
     */
    private final boolean wrapped;
    /**
     * The blocks that run with the frame built when {@link #wrapped}: those on some path from a call to a call
     * (the calling blocks included) that only a call enters (see {@link #frameBlocks()}).
     */
    private final java.util.Set<Block> frameBlocks;
    /** Whether the code being emitted runs with the frame built (always, unless {@link #wrapped}). */
    private boolean inFrame = true;

    private final int outgoing, spillBase, saveBase, raOffset;
    final int frameSize;
    private Label epilogue;
    int line;
    /** The bare return the entry block may branch to before the frame is built ({@link #findEarlyReturn}), or null. */
    private final Block earlyReturn;
    /** While the entry block is lowered ahead of the prologue: each parameter read there, in its argument register. */
    private final Map<Integer, Integer> incoming = new HashMap<>();

    private boolean beforePrologue;
    private final Map<Block, List<Block>> preds;
    /** Whether only the entry block reaches earlyReturn (then the stub is its only copy). */
    private boolean earlyOnly;

    /**
     * Lowers method m, whose optimised IR is {@code ir} and registers {@code regs}, to RV64 at the assembler's
     * position.
     */
    public static void emit(Symbols sym, ClassPool.MethodRef m, IrMethod ir, LinearScan regs, Assembler asm) {
        Assembler dry = new Assembler(asm.pc());
        dry.setLongBranches(true);
        new MethodCompiler(sym, m, ir, regs, dry, false).compile();
        boolean longBranches = dry.position() >= SHORT_BRANCH_REACH;
        asm.setLongBranches(longBranches);
        try {
            new MethodCompiler(sym, m, ir, regs, asm, true).compile();
        } finally {
            asm.setLongBranches(false);
        }
    }

    private MethodCompiler(
            Symbols sym, ClassPool.MethodRef ref, IrMethod ir, LinearScan regs, Assembler a, boolean placed) {
        this.sym = sym;
        this.placed = placed;
        this.ref = ref;
        this.a = a;
        this.ir = ir;
        this.regs = regs;
        ClassNode owner = ref.owner();
        this.file = owner.sourceFile == null ? "Unknown" : owner.sourceFile;
        this.displayName = owner.name.replace('/', '.') + "." + ref.method().name;
        this.line = firstLine(ref.method());
        this.savedRegs = regs.usedCallee.stream().toArray();
        for (int g = 0; g < regs.order.size(); g++) positions.put(regs.order.get(g), g);
        // a throw is a call (rt_throw), and a method with handlers is resumed in with its ra as saved here
        this.callsOut = regs.order.stream().anyMatch(i -> i.op.isCall() || i.op == Op.THROW)
                || ir.blocks.stream().anyMatch(b -> !b.handlers.isEmpty());
        this.outgoing = 8 * Math.max(0, maxArguments() - 8);
        this.spillBase = outgoing;
        this.saveBase = spillBase + 8 * regs.slots;
        this.raOffset = saveBase + 8 * savedRegs.length;
        int size = raOffset + (callsOut ? 8 : 0);
        this.frameSize = (size + 15) & -16;
        this.preds = Cfg.predecessors(ir);
        boolean onlyCalls = callsOut // the frame holds nothing but ra: it may be built where the calls are
                && !ir.blocks.isEmpty()
                && savedRegs.length == 0
                && regs.spilled == 0
                && outgoing == 0
                && regs.order.stream().noneMatch(i -> i.op == Op.THROW || (i.op == Op.PARAM && i.imm >= 8))
                && ir.blocks.stream().allMatch(b -> b.handlers.isEmpty());
        this.frameBlocks = onlyCalls ? frameBlocks() : java.util.Set.of();
        this.wrapped = onlyCalls && !frameBlocks.contains(ir.blocks.get(0)) && switchesStayInOrOut();
        this.lowering = new Lowering(this);
        this.calls = new CallLowering(this);
        findFusedStatics();
        this.earlyReturn = wrapped ? null : findEarlyReturn();
    }

    /** What the entry block may do ahead of the prologue: compute without calls, faults or the frame. */
    private static final java.util.Set<Op> BEFORE_PROLOGUE = java.util.EnumSet.of(
            Op.CONST,
            Op.MOV,
            Op.PARAM,
            Op.ADD,
            Op.SUB,
            Op.MUL,
            Op.SHL,
            Op.SHR,
            Op.USHR,
            Op.AND,
            Op.OR,
            Op.XOR,
            Op.NEG,
            Op.I2B,
            Op.I2C,
            Op.I2S,
            Op.L2I,
            Op.LCMP,
            Op.SETCC,
            Op.STATIC_ADDR,
            Op.LINK_ADDRESS,
            Op.ALEN,
            Op.LOAD,
            Op.STORE,
            Op.BR);

    /**
     * Blocks on a path from a calling block to a calling block, both included (see {@link #frameBlocks}), less
     * those a run could enter from outside without having called: a block between two calls that a path which has
     * not called reaches (the kernel's {@code Sched.activate} between its two trace records) would build the frame
     * for a call that, calls being the rare paths, seldom comes. There a run that calls on both sides drops the frame
     * and builds it again. Blocks of a loop that calls stay (a frame each turn would cost more than one a run).
     */
    private java.util.Set<Block> frameBlocks() {
        java.util.Set<Block> calling = new java.util.HashSet<>();
        for (Block b : ir.blocks) if (b.insns.stream().anyMatch(i -> i.op.isCall())) calling.add(b);
        java.util.Set<Block> region = closure(calling, Block::successors);
        region.retainAll(closure(calling, b -> preds.getOrDefault(b, List.of())));
        java.util.Set<Block> kept = new java.util.HashSet<>(calling);
        for (Cfg.Loop loop : Cfg.loops(ir))
            if (loop.body().stream().anyMatch(calling::contains)) kept.addAll(loop.body());
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Block b : List.copyOf(region)) {
                if (kept.contains(b)) continue;
                if (preds.getOrDefault(b, List.of()).stream().allMatch(region::contains)) continue;
                region.remove(b);
                changed = true;
            }
        }
        return region;
    }

    private static java.util.Set<Block> closure(
            java.util.Set<Block> from, java.util.function.Function<Block, List<Block>> next) {
        java.util.Set<Block> seen = new java.util.HashSet<>(from);
        java.util.ArrayDeque<Block> work = new java.util.ArrayDeque<>(from);
        while (!work.isEmpty()) for (Block s : next.apply(work.pop())) if (seen.add(s)) work.push(s);
        return seen;
    }

    /** Whether every switch's targets are in the frame region exactly when the switch is (no edge to build on). */
    private boolean switchesStayInOrOut() {
        for (Block b : ir.blocks) {
            if (b.insns.isEmpty() || b.last().op != Op.SWITCH) continue;
            for (Block t : b.last().targets) if (frameBlocks.contains(t) != frameBlocks.contains(b)) return false;
        }
        return true;
    }

    /**
     * Whether the frame is built or dropped at the start of b (every predecessor arrives in the other state), not
     * on the edges into it.
     */
    private boolean changesAtStart(Block b) {
        List<Block> from = preds.getOrDefault(b, List.of());
        if (from.isEmpty()) return false;
        for (Block p : from) if (frameBlocks.contains(p) == frameBlocks.contains(b)) return false;
        return true;
    }

    /** Whether the edge into {@code to} from the block being lowered builds or drops the frame on its own. */
    private boolean changesOnEdge(Block to) {
        return wrapped && inFrame != frameBlocks.contains(to) && !changesAtStart(to);
    }

    /** Builds the frame if it is not built, drops it if it is: the edge into a block of the other state. */
    private void changeFrame() {
        if (inFrame) dropFrame();
        else buildFrame(true);
    }

    /**
     * Shrink-wrapping of the common guard {@code if (cond) return;}: when the entry block only computes (no
     * call, check or spill, nothing into an s register) and branches to a block that only returns (nothing, a
     * constant, or a value of the entry block), the entry block runs before the prologue and that branch returns
     * at once, without building the frame or saving anything. Parameters are read in their argument registers
     * there (the prologue moves them afterwards), so the entry block must not write any of those registers, nor
     * one a parameter is moved into.
     */
    private Block findEarlyReturn() {
        if (frameSize == 0 || ir.blocks.size() < 2) return null;
        Block entry = ir.blocks.get(0);
        Insn br = entry.last();
        Map<Block, List<Block>> preds = Cfg.predecessors(ir);
        if (br.op != Op.BR || !entry.handlers.isEmpty() || !preds.get(entry).isEmpty()) return null;
        Block ret = isBareReturn(br.targets[0]) ? br.targets[0] : isBareReturn(br.targets[1]) ? br.targets[1] : null;
        if (ret == null || br.targets[0] == br.targets[1]) return null;
        Block other = ret == br.targets[0] ? br.targets[1] : br.targets[0];
        // the prologue falls through into the other block (the return moves to the end when it came first)
        earlyOnly = preds.get(ret).size() == 1; // then the return block is left out: the stub replaces it
        boolean follows = other == ir.blocks.get(1)
                || (ret == ir.blocks.get(1) && earlyOnly && ir.blocks.size() > 2 && other == ir.blocks.get(2));
        if (!follows) return null;
        java.util.Set<Integer> reserved = new java.util.HashSet<>(), defined = new java.util.HashSet<>();
        Map<Integer, Integer> params = new HashMap<>();
        for (Insn i : entry.insns) {
            if (i.op != Op.PARAM) continue;
            if (i.imm >= 8) return null; // on the caller's stack: read through the frame
            params.put(i.dst, A0 + (int) i.imm);
            reserved.add(A0 + (int) i.imm);
            if (regs.reg[i.dst] >= 0) reserved.add(regs.reg[i.dst]);
        }
        for (Insn i : entry.insns) {
            if (!BEFORE_PROLOGUE.contains(i.op)) return null;
            if (i.op == Op.PARAM || i.dst < 0 || regs.rematerialized[i.dst]) continue;
            int r = regs.reg[i.dst];
            if (r < 0 || isCalleeSaved(r) || reserved.contains(r)) return null;
            defined.add(i.dst);
        }
        Insn r = ret.insns.get(0);
        if (r.src.length == 1 && !r.isConstant(0)) {
            int v = r.src[0];
            if (!params.containsKey(v) && !defined.contains(v) && !regs.rematerialized[v]) return null;
        }
        incoming.putAll(params);
        return ret;
    }

    private static boolean isBareReturn(Block b) {
        return b.insns.size() == 1 && b.insns.get(0).op == Op.RETURN;
    }

    private static boolean isCalleeSaved(int r) {
        for (int s : LinearScan.CALLEE_SAVED) if (s == r) return true;
        return false;
    }

    /**
     * A static's address computed only for the access that follows it (the usual GETSTATIC or PUTSTATIC) is
     * folded into that access: auipc + ld/sd instead of auipc + addi + ld/sd.
     */
    private void findFusedStatics() {
        Map<Integer, Integer> uses = ir.useCounts(), defs = ir.definitionCounts();
        for (Block b : ir.blocks) {
            for (int k = 0; k + 1 < b.insns.size(); k++) {
                Insn i = b.insns.get(k), next = b.insns.get(k + 1);
                if (i.op != Op.STATIC_ADDR || uses.get(i.dst) == null || uses.get(i.dst) != 1 || defs.get(i.dst) != 1)
                    continue;
                boolean base =
                        (next.op == Op.LOAD || next.op == Op.STORE) && !next.isConstant(0) && next.src[0] == i.dst;
                if (base && Math.abs(next.imm) < 1024)
                    fusedStatics.put(i.dst, sym.staticField(i.staticField().field()));
            }
        }
        for (Block b : ir.blocks) {
            for (Insn i : b.insns) {
                if (i.op != Op.STATIC_ADDR || defs.get(i.dst) != 1 || fusedStatics.containsKey(i.dst)) continue;
                if (uses.getOrDefault(i.dst, 0) >= 2 && onlyAccessBase(i.dst))
                    sharedStatics.put(i.dst, sym.staticField(i.staticField().field()));
            }
        }
    }

    /** Whether every read of v is as the base of a LOAD or STORE at offset 0 (never the stored value). */
    private boolean onlyAccessBase(int v) {
        for (Block b : ir.blocks) {
            for (Insn i : b.insns) {
                for (int k = 0; k < i.src.length; k++) {
                    if (i.isConstant(k) || i.src[k] != v) continue;
                    boolean base = k == 0 && (i.op == Op.LOAD || i.op == Op.STORE) && i.imm == 0;
                    if (!base) return false;
                }
            }
        }
        return true;
    }

    /** The static field label a LOAD or STORE takes the low part of from its base's shared auipc, or null. */
    Label sharedStatic(Insn access) {
        return access.isConstant(0) ? null : sharedStatics.get(access.src[0]);
    }

    /** The static field label whose shared auipc computes v (a STATIC_ADDR result), or null. */
    Label sharedStaticAddress(int v) {
        return sharedStatics.get(v);
    }

    /** The anchor of the shared auipc of static address v (bound where the STATIC_ADDR is lowered). */
    Label anchor(int v) {
        return anchors.computeIfAbsent(v, k -> a.newLabel(null));
    }

    /** The static field label a LOAD or STORE addresses directly (its base was folded in), or null. */
    Label fusedStatic(Insn access) {
        return access.isConstant(0) ? null : fusedStatics.get(access.src[0]);
    }

    private int maxArguments() {
        int max = 0;
        for (Insn i : regs.order) if (i.op.isCall()) max = Math.max(max, i.src.length);
        return max;
    }

    private static int firstLine(MethodNode m) {
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i instanceof LineNumberNode ln) return ln.line;
        }
        return 0;
    }

    private void compile() {
        if (frameSize >= 2048) throw new IllegalStateException(displayName + ": frame too large");
        tag();
        epilogue = a.newLabel(null);
        Label start = a.newLabel(null), end = a.newLabel(null);
        a.bind(start);
        if (earlyReturn != null) entryBeforePrologue();
        prologue();
        List<Block> order = new ArrayList<>(ir.blocks);
        if (earlyReturn != null && earlyOnly) order.remove(earlyReturn);
        for (int k = 0; k < order.size(); k++) {
            Block b = order.get(k);
            a.bind(label(b));
            landings = landings(b);
            for (int v : reloadsAtStart.getOrDefault(b, List.of())) reload(v); // (the frame is still built)
            if (wrapped) {
                inFrame = frameBlocks.contains(b);
                if (changesAtStart(b) && inFrame) buildFrame(true);
                else if (changesAtStart(b)) dropFrame();
            }
            Block next = k + 1 < order.size() ? order.get(k + 1) : null;
            if (k == 0 && earlyReturn != null) { // lowered ahead of the prologue; on to the branch not taken there
                Insn br = b.last();
                jump(br.targets[0] == earlyReturn ? br.targets[1] : br.targets[0], next);
                continue;
            }
            for (Insn i : b.insns) {
                if (i.line > 0 && i.line != line) {
                    line = i.line;
                    tag();
                }
                lower(i, next);
            }
            if (!pending.isEmpty()) reloadLiveInto(b.successors()); // (a block ends with a jump, which did this)
        }
        if (!inlineEpilogues()) { // else every return has its own
            a.bind(epilogue);
            inFrame = true;
            epilogueCode();
        }
        for (int k = 0; k < stubs.size(); k++) stubs.get(k).run(); // an edge's may add the stack check's
        a.bind(end);
        if (placed) sym.frame(frame(start, end));
    }

    /** The entry block, then its branch to the early return (a stub: the result in a0, and ret). */
    private void entryBeforePrologue() {
        Block entry = ir.blocks.get(0);
        beforePrologue = true;
        for (Insn i : entry.insns) {
            if (i.op == Op.BR) break;
            if (i.line > 0 && i.line != line) {
                line = i.line;
                tag();
            }
            lower(i, null);
        }
        Insn br = entry.last();
        Label early = a.newLabel(null);
        conditionalBranch(br.targets[0] == earlyReturn ? br.cond : br.cond.negate(), src(br, 0), src(br, 1), early);
        beforePrologue = false;
        Insn ret = earlyReturn.insns.get(0);
        SourceTag at = new SourceTag(file, ir.sourceLine(ret.line > 0 ? ret.line : line), displayName);
        stubs.add(() -> {
            a.setTag(at);
            a.bind(early);
            beforePrologue = true;
            if (ret.src.length == 1) a.mv(A0, src(ret, 0, A0));
            beforePrologue = false;
            a.ret();
        });
    }

    private List<Unwind.Landing> landings(Block b) {
        List<Unwind.Landing> l = new ArrayList<>();
        for (Handler h : b.handlers) l.add(new Unwind.Landing(label(h.target()), h.type()));
        return List.copyOf(l);
    }

    private Unwind.Frame frame(Label start, Label end) {
        int mask = 0;
        for (int r : savedRegs) mask |= 1 << (r == S0 ? 0 : r == S1 ? 1 : r - S2 + 2);
        String cls = ref.owner().name;
        boolean library = !sym.pool().isUser(cls);
        int flags = (library ? Unwind.LIBRARY : 0)
                | (ref.method().name.equals("<init>") && isThrowable(cls) ? Unwind.THROWABLE_INIT : 0);
        String name = Bootstraps.isHidden(cls, ref.method().name)
                ? null // as the JVM's hidden frames
                : (library ? "java.base/" : "") + displayName + "(" + file + ":";
        return new Unwind.Frame(start, end, frameSize, callsOut ? raOffset : -1, saveBase, mask, name, flags);
    }

    private boolean isThrowable(String cls) {
        for (ClassNode c = sym.pool().get(cls);
                c != null;
                c = c.superName == null ? null : sym.pool().get(c.superName)) {
            if (c.name.equals("java/lang/Throwable")) return true;
        }
        return false;
    }

    /** A call to target, recorded for the unwind tables. */
    void call(Label target) {
        a.jal(RA, target);
        callSite();
    }

    /** Records the call just emitted: its return address is here. */
    void callSite() {
        if (!placed) return;
        Label ret = a.newLabel(null);
        a.bind(ret);
        sym.callSite(new Unwind.CallSite(ret, ir.sourceLine(line), landings, inlinedFrame()));
    }

    /** The frame of the inlined body the current position is in (a trace shows it above this method's), or null. */
    private Unwind.Inlined inlinedFrame() {
        InlinedLine in = ir.inlinedAt(line);
        if (in == null || Bootstraps.isHidden(in.owner(), in.method())) return null;
        ClassNode c = sym.pool().get(in.owner());
        String source = c == null || c.sourceFile == null ? "Unknown" : c.sourceFile;
        String library = sym.pool().isUser(in.owner()) ? "" : "java.base/";
        return new Unwind.Inlined(
                library + in.owner().replace('/', '.') + "." + in.method() + "(" + source + ":", in.line());
    }

    /** The current line of this method's own source (inside an inlined body: the call's). */
    int sourceLine() {
        return ir.sourceLine(line);
    }

    void tag() {
        a.setTag(new SourceTag(file, sourceLine(), displayName));
    }

    Label label(Block b) {
        return labels.computeIfAbsent(b, k -> a.newLabel(null));
    }

    // ---- frame ----

    private void prologue() {
        inFrame = !wrapped;
        if (!wrapped) buildFrame(true);
        else assert outgoing == 0; // (nothing on the stack to move in: no parameter beyond a7)
        for (int k = 0; k < savedRegs.length; k++) a.emit(Encoder.sd(savedRegs[k], SP, saveBase + 8L * k));
        ParallelMove params = new ParallelMove();
        for (Insn i : ir.blocks.get(0).insns) {
            if (i.op != Op.PARAM) continue;
            int arg = (int) i.imm;
            ParallelMove.Source from = arg < 8
                    ? ParallelMove.Source.register(A0 + arg)
                    : ParallelMove.Source.frame(frameSize + 8 * (arg - 8));
            if (regs.reg[i.dst] >= 0) params.toRegister(regs.reg[i.dst], from);
            else params.toStack(slotOffset(i.dst), from);
        }
        params.emit(a);
    }

    /** The frame: sp lowered, the stack checked (if asked and the profile checks it), ra saved. */
    private void buildFrame(boolean check) {
        if (frameSize > 0) a.emit(Encoder.addi(SP, SP, -frameSize));
        if (check && callsOut && sym.reach().profile() != Profile.KERNEL) stackCheck();
        if (callsOut) a.emit(Encoder.sd(RA, SP, raOffset));
    }

    private void dropFrame() {
        if (callsOut) a.emit(Encoder.ld(RA, SP, raOffset));
        if (frameSize > 0) a.emit(Encoder.addi(SP, SP, frameSize));
    }

    /**
     * A method that calls can recurse: below the limit _start put in gp, it reports StackOverflowError. One
     * compare-and-branch; leaf methods (at most one 2 KiB frame further) do without, the reserve covers them.
     */
    private void stackCheck() {
        Label overflow = a.newLabel(null);
        a.bltu(SP, GP, overflow);
        stubs.add(() -> {
            a.bind(overflow);
            a.j(sym.routine("rt_stack_overflow"));
        });
    }

    private void epilogueCode() {
        for (int k = 0; k < savedRegs.length; k++) a.emit(Encoder.ld(savedRegs[k], SP, saveBase + 8L * k));
        if (inFrame) dropFrame();
        a.ret();
    }

    // ---- operands ----

    private static final int[] SCRATCH = {T0, T1, T2};

    int slotOffset(int vreg) {
        return spillBase + 8 * regs.slot[vreg];
    }

    /** Register holding source k of i: its allocated register, or a scratch register it is loaded into. */
    int src(Insn i, int k) {
        return src(i, k, SCRATCH[Math.min(k, 2)]);
    }

    int src(Insn i, int k, int scratch) {
        if (i.isConstant(k)) {
            if (i.constants[k] == 0) return ZERO;
            a.li(scratch, i.constants[k]);
            return scratch;
        }
        int v = i.src[k];
        if (beforePrologue && incoming.containsKey(v)) return incoming.get(v);
        if (regs.reg[v] >= 0) return regs.reg[v];
        if (regs.rematerialized[v]) {
            long c = regs.constant[v];
            if (c == 0) return ZERO;
            a.li(scratch, c);
            return scratch;
        }
        a.emit(Encoder.ld(scratch, SP, slotOffset(v)));
        return scratch;
    }

    /** Where a source operand is, for parallel moves. */
    ParallelMove.Source source(Insn i, int k) {
        if (i.isConstant(k)) return ParallelMove.Source.constant(i.constants[k]);
        int v = i.src[k];
        if (regs.rematerialized[v]) return ParallelMove.Source.constant(regs.constant[v]);
        return regs.reg[v] >= 0 ? ParallelMove.Source.register(regs.reg[v]) : ParallelMove.Source.frame(slotOffset(v));
    }

    /** Register to compute i's result into; {@link #commit} afterwards stores it if the result is spilled. */
    int dst(Insn i) {
        int r = regs.reg[i.dst];
        return r >= 0 ? r : T0;
    }

    void commit(Insn i, int r) {
        if (regs.reg[i.dst] < 0) a.emit(Encoder.sd(r, SP, slotOffset(i.dst)));
        else a.mv(regs.reg[i.dst], r);
    }

    // ---- control flow ----

    private void lower(Insn i, Block next) {
        if (i.dst >= 0 && regs.rematerialized[i.dst]) return; // a constant loaded where it is read
        if (i.op == Op.STATIC_ADDR && fusedStatics.containsKey(i.dst)) return; // folded into the next access
        reloadRead(i);
        if (i.dst >= 0) pending.remove(i.dst); // assigned anew: what the slot holds is no longer its value
        switch (i.op) {
            case PARAM -> {} // moved in by the prologue
            case GOTO -> jump(i.targets[0], next);
            case BR -> branch(i, next);
            case SWITCH -> {
                reloadLiveInto(List.of(i.targets));
                switchOf(i);
            }
            case RETURN -> {
                pending.clear();
                ret(i, next);
            }
            default -> {
                if (i.op.isCall()) callSaving(i);
                else if (i.op == Op.THROW) {
                    calls.lower(i);
                    pending.clear(); // never returns
                } else lowering.lower(i);
            }
        }
    }

    /**
     * Values stored to their slots before a call and not loaded back yet: each is loaded where it is next read,
     * or on the way into a successor it is live into, so that a path on which it is dead after the call (a fast
     * path returning at once) loads nothing. Its register holds nothing else meanwhile (the allocator gave it the
     * whole interval).
     */
    private final java.util.Set<Integer> pending = new java.util.LinkedHashSet<>();

    private org.mkplay.toolchain.ir.Liveness liveness;

    /** Values to load back first thing in a block entered only from a branch on whose taken edge they are pending. */
    private final Map<Block, List<Integer>> reloadsAtStart = new HashMap<>();

    private boolean liveInto(Block b, int v) {
        if (liveness == null) liveness = new org.mkplay.toolchain.ir.Liveness(ir);
        return liveness.in(b).get(v);
    }

    private void reload(int v) {
        a.emit(Encoder.ld(regs.reg[v], SP, spillBase + 8L * regs.savedAroundCalls[v]));
    }

    /** The pending values i reads, loaded back before it. */
    private void reloadRead(Insn i) {
        if (pending.isEmpty()) return;
        for (int k = 0; k < i.src.length; k++) if (!i.isConstant(k) && pending.remove(i.src[k])) reload(i.src[k]);
    }

    /** Leaving the block for one of {@code to}: the pending values live into any of them, loaded back here. */
    private void reloadLiveInto(List<Block> to) {
        for (int v : pending) if (to.stream().anyMatch(b -> liveInto(b, v))) reload(v);
        pending.clear();
    }

    /**
     * A call, with the values in caller-saved registers that live across it (the allocator keeps them there
     * across conditional calls only: LinearScan#savedAroundCalls) stored to their slots before it and reloaded
     * after its result is out of a0 (not the one the call assigns: its interval may span the call through a hole).
     */
    private void callSaving(Insn i) {
        int g = positions.get(i);
        List<Integer> saved = new ArrayList<>();
        for (int v = 0; v < regs.savedAroundCalls.length; v++) {
            if (v != i.dst && regs.savedAround(v, g)) saved.add(v); // the call's result is its new value
        }
        assert inFrame : "a call outside the frame region";
        for (int v : saved) { // one pending since an earlier call is in its slot already
            if (!pending.contains(v)) a.emit(Encoder.sd(regs.reg[v], SP, spillBase + 8L * regs.savedAroundCalls[v]));
        }
        calls.lower(i);
        pending.addAll(saved); // loaded back where read next (reloadRead, reloadLiveInto, branch)
    }

    private void jump(Block to, Block next) {
        if (!pending.isEmpty()) reloadLiveInto(List.of(to));
        if (changesOnEdge(to)) changeFrame();
        if (to != next) a.j(label(to));
    }

    private void branch(Insn i, Block next) {
        Cond c = i.cond;
        Block taken = i.targets[0], fall = i.targets[1];
        if (taken == next) {
            c = c.negate();
            taken = fall;
            fall = next;
        }
        // pending values live on both ways are loaded before the branch, those live one way only on that edge
        List<Integer> onTaken = new ArrayList<>(), onFall = new ArrayList<>();
        for (int v : pending) {
            boolean t = liveInto(taken, v), f = liveInto(fall, v);
            if (t && f) reload(v);
            else if (t) onTaken.add(v);
            else if (f) onFall.add(v);
        }
        pending.clear();
        if (!onTaken.isEmpty()
                && !label(taken).isBound()
                && preds.getOrDefault(taken, List.of()).size() == 1) {
            reloadsAtStart.put(taken, List.copyOf(onTaken)); // it is entered only from here: no stub, no jump
            onTaken.clear();
        }
        int x = src(i, 0), y = src(i, 1);
        conditionalBranch(c, x, y, edge(taken, onTaken));
        for (int v : onFall) reload(v);
        jump(fall, next);
    }

    /**
     * Where a branch to b goes: b, or a stub that loads back the values pending on that edge ({@link #pending}),
     * builds or drops the frame on it, and jumps to b.
     */
    private Label edge(Block b, List<Integer> reloads) {
        if (!changesOnEdge(b) && reloads.isEmpty()) return label(b);
        Label stub = a.newLabel(null);
        boolean built = inFrame, change = changesOnEdge(b);
        SourceTag at = new SourceTag(file, sourceLine(), displayName);
        stubs.add(() -> {
            a.setTag(at);
            a.bind(stub);
            for (int v : reloads) reload(v);
            if (change && built) dropFrame();
            else if (change) buildFrame(true);
            a.j(label(b));
        });
        return stub;
    }

    void conditionalBranch(Cond c, int x, int y, Label to) {
        switch (c) {
            case EQ -> a.beq(x, y, to);
            case NE -> a.bne(x, y, to);
            case LT -> a.blt(x, y, to);
            case GE -> a.bge(x, y, to);
            case GT -> a.blt(y, x, to);
            case LE -> a.bge(y, x, to);
            case LTU -> a.bltu(x, y, to);
            case GEU -> a.bgeu(x, y, to);
            case GTU -> a.bltu(y, x, to);
            case LEU -> a.bgeu(y, x, to);
        }
    }

    /** A dense switch jumps through a table of block addresses (placed after the method), a sparse one compares. */
    private void switchOf(Insn i) {
        SwitchKeys keys = i.switchKeys();
        int v = src(i, 0);
        if (keys.dense()) jumpTable(i, v, keys.keys());
        else compareChain(i, v, keys.keys());
    }

    private void compareChain(Insn i, int v, int[] keys) {
        for (int k = 0; k < keys.length; k++) {
            Label to = label(i.targets[k + 1]);
            if (keys[k] == 0) {
                a.beq(v, ZERO, to);
            } else {
                a.li(T1, keys[k]);
                a.beq(v, T1, to);
            }
        }
        a.j(label(i.targets[0]));
    }

    private void jumpTable(Insn i, int v, int[] keys) {
        a.li(T1, keys[0]);
        a.emit(Encoder.subw(T0, v, T1));
        a.li(T1, keys.length);
        a.bgeu(T0, T1, label(i.targets[0]));
        Label table = a.newLabel(null);
        a.la(T1, table);
        a.emit(Encoder.slli(T0, T0, 3));
        a.emit(Encoder.add(T0, T0, T1));
        a.emit(Encoder.ld(T0, T0, 0));
        a.emit(Encoder.jalr(ZERO, T0, 0));
        stubs.add(() -> {
            a.align(8);
            a.bind(table);
            for (int k = 1; k < i.targets.length; k++) a.dword(label(i.targets[k]), 0);
        });
    }

    /**
     * The value into a0, then the epilogue: here when it is short (the restores, the frame and ret, at most
     * {@link #INLINE_EPILOGUE} instructions: a jump saved on every return but the last), else a jump to the shared
     * one. A wrapped method's return drops the frame only inside the frame region.
     */
    private void ret(Insn i, Block next) {
        if (i.src.length == 1) a.mv(A0, src(i, 0, A0));
        if (inlineEpilogues()) epilogueCode();
        else if (next != null) a.j(epilogue);
    }

    private boolean inlineEpilogues() {
        return wrapped || savedRegs.length + 3 <= INLINE_EPILOGUE;
    }

    private static final int INLINE_EPILOGUE = 6;

    // ---- faults ----

    /** One stub per line and handlers: the stub's call site carries both. */
    Label npeStub() {
        return npeStubs.computeIfAbsent(List.of(line, landings, inFrame), l -> faultStub("nullPointer", "()V"));
    }

    Label divStub() {
        return divStubs.computeIfAbsent(List.of(line, landings, inFrame), l -> faultStub("arithmetic", "()V"));
    }

    /** A stub that sets the reporter's arguments ({@code setup}) and calls it; the reporter raises the exception. */
    Label faultStub(String reporter, String desc, Runnable... setup) {
        Label stub = a.newLabel(null);
        SourceTag tagNow = new SourceTag(file, sourceLine(), displayName);
        int lineNow = line;
        List<Unwind.Landing> landingsNow = landings;
        boolean frameNow = inFrame;
        stubs.add(() -> {
            a.setTag(tagNow);
            a.bind(stub);
            for (Runnable r : setup) r.run();
            if (!callsOut) {
                a.la(T0, sym.routine("rt_leaf_ra"));
                a.emit(Encoder.sd(RA, T0, 0));
            } else if (!frameNow) {
                buildFrame(false); // the reporter raises: no return, no recursion to check
            }
            a.jal(RA, fault(reporter, desc));
            int was = line;
            List<Unwind.Landing> wasLandings = landings;
            line = lineNow;
            landings = landingsNow;
            callSite();
            line = was;
            landings = wasLandings;
        });
        return stub;
    }

    Label fault(String name, String desc) {
        ClassNode f = sym.pool().get("org/mkplay/rt/Fault");
        return sym.method(new ClassPool.MethodRef(f, ClassPool.declared(f, name, desc)));
    }
}
