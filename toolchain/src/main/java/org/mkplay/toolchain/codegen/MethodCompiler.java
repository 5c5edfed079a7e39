package org.mkplay.toolchain.codegen;

import static org.mkplay.toolchain.asm.Reg.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Encoder;
import org.mkplay.toolchain.asm.Label;
import org.mkplay.toolchain.front.AddressInterpreter;
import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.link.Layout;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Translates one method's bytecode to RV64 (a one-pass template compiler with a deferred operand stack):
 * locals and operand-stack entries have fixed homes in registers (see {@link FrameLayout}); loads of
 * locals and constants are deferred so that e.g. {@code a + 1} becomes a single {@code addiw} on the
 * local's register, constant operands are folded, and deferred entries are flushed to their homes only at
 * basic-block boundaries, calls, and stores to the local they refer to. Runtime checks (null, bounds,
 * divide by zero, negative size, cast) branch to out-of-line stubs at the end of the method that call
 * the runtime's fault reporters with the source position.
 *
 * <p>Analyses done before translating keep it one pass: tiny static callees are inlined first
 * ({@link Inliner}); a data-flow interpreter gives array types and non-null facts at labels
 * ({@link RefInterpreter}); liveness places locals ({@link LocalAllocator}), next to array-length shadows
 * ({@link LengthShadows}) and loop constants ({@link LoopConstants}); {@link LoopRotation} picks the loop
 * tests to repeat at the bottom. While translating, {@link ElementFacts} remembers which array elements the
 * current straight-line code has checked.
 */
public final class MethodCompiler {
    final Symbols sym;
    final Assembler a;
    final ClassNode owner;
    final MethodNode m;
    final ClassPool.MethodRef ref;
    final FrameLayout fl;
    final String file;
    final String displayName;
    private final Frame<BasicValue>[] frames;
    private final FlowGraph graph;
    private final LoopRotation rotation;
    private final Map<Integer, Label> loopBodies = new HashMap<>(); // by index of a rotated loop's test branch
    private int index; // of the instruction being translated
    final ElementFacts elements = new ElementFacts();
    private Frame<BasicValue>[] addressFrames; // kernel intrinsics: Address types and constant ints, on demand
    final Map<LabelNode, Label> labels = new HashMap<>();
    final List<Runnable> stubs = new ArrayList<>();
    private final Map<Integer, Label> npeStubs = new HashMap<>();
    private final Map<Integer, Label> divStubs = new HashMap<>();
    Entry[] vs;
    int depth;
    int line;
    final boolean thisStable; // local 0 is "this" and never reassigned
    private Label epilogue;
    final Ops ops;
    final Calls calls;

    private final int savedMask; // bit r set: the prologue saves s-register r (callee-saved and written here)
    private final boolean longBranches;
    private final FrameUse frameUse; // what the body needs: ra saved if it calls, sp moved if it needs a frame
    private int bodyStart, bodyEnd;  // assembler positions between frame set-up and tear-down
    boolean[] nonNullLocal;      // locals known non-null since the last label (checked or dereferenced)

    /** Bytes a conditional branch reaches (±4 KiB), less what the prologue and epilogue may add after a dry run. */
    private static final int SHORT_BRANCH_REACH = 4096 - 2 * 4 * FrameLayout.S_REGS.length;

    /**
     * Compiles method m at the assembler's position (its label bound by the caller). A dry run (with long
     * branches and no register saves) tells which s registers the code writes, so the real run saves just
     * those, and how long it is: if the whole method is shorter than a branch reaches, every branch is short.
     * The real run writes no s register the dry run did not (the dry run's long branches only add labels,
     * which make it reuse less, never write less).
     */
    public static void compileInto(Symbols sym, ClassPool.MethodRef m, Assembler asm) {
        Assembler dry = new Assembler(asm.pc());
        MethodCompiler trial = new MethodCompiler(sym, m, dry, 0, true, FrameUse.FULL);
        trial.compile();
        FrameUse use = FrameUse.scan(dry, trial.bodyStart, trial.bodyEnd);
        int saved = writtenSRegisters(dry);
        boolean longBranches = dry.position() >= SHORT_BRANCH_REACH;
        MethodCompiler real = new MethodCompiler(sym, m, asm, saved, longBranches, use);
        real.compile();
        if (!FrameUse.scan(asm, real.bodyStart, real.bodyEnd).fits(use, saved)) {
            throw new IllegalStateException(real.displayName + ": the code needs more of its frame than the dry run did");
        }
    }

    /**
     * Compiles into {@code target}. {@code savedMask} selects the s registers to save; with
     * {@code longBranches}, conditional branches reach ±1 MiB (see Assembler#setLongBranches).
     */
    private MethodCompiler(Symbols sym, ClassPool.MethodRef ref, Assembler target, int savedMask, boolean longBranches,
                           FrameUse frameUse) {
        this.sym = sym;
        this.a = target;
        this.savedMask = savedMask;
        this.longBranches = longBranches;
        this.frameUse = frameUse;
        this.ref = ref;
        this.owner = ref.owner();
        this.m = Inliner.inline(sym, owner.name, ref.method());
        this.file = owner.sourceFile == null ? "Unknown" : owner.sourceFile;
        this.displayName = owner.name.replace('/', '.') + "." + m.name;
        this.frames = analyse();
        this.graph = new FlowGraph(m);
        this.fl = new FrameLayout(m, graph, frames, LoopConstants.candidates(owner.name, m, graph));
        this.rotation = new LoopRotation(graph, frames);
        this.vs = new Entry[fl.stackReg.length];
        this.nonNullLocal = new boolean[fl.localReg.length];
        this.thisStable = (m.access & Opcodes.ACC_STATIC) == 0 && !storesLocalZero(m);
        this.ops = new Ops(this);
        this.calls = new Calls(this);
    }

    private static boolean storesLocalZero(MethodNode m) {
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i.getOpcode() == Opcodes.ASTORE && ((org.objectweb.asm.tree.VarInsnNode) i).var == 0) return true;
        }
        return false;
    }

    /** Emits the method at the assembler's current position (its label must be bound by the caller). */
    private void compile() {
        if (!fl.fitsImmediates()) throw new IllegalStateException(displayName + ": frame too large");
        line = firstLine();
        tag();
        epilogue = a.newLabel(null);
        a.setLongBranches(longBranches);
        prologue();
        a.setObserver(elements);
        try {
            for (int k = 0; k < graph.size(); k++) {
                k = translateAt(k);
                if (rotation.bodyFollows(k)) enterLoopBody(k);
            }
        } finally {
            a.setObserver(null); // the assembler is shared by every method of the image
        }
        a.bind(epilogue);
        epilogueCode();
        for (Runnable r : stubs) r.run();
        a.setLongBranches(false);
    }

    /** Frames of the vmmagic analysis (front.AddressInterpreter), computed when an intrinsic first needs them. */
    Frame<BasicValue>[] analysedFrames() {
        if (addressFrames == null) {
            try {
                addressFrames = new Analyzer<>(new AddressInterpreter()).analyze(owner.name, m);
            } catch (AnalyzerException e) {
                throw new IllegalStateException("bytecode analysis failed for " + displayName + ": " + e.getMessage(), e);
            }
        }
        return addressFrames;
    }

    private Frame<BasicValue>[] analyse() {
        try {
            return new Analyzer<>(new RefInterpreter()).analyze(owner.name, m);
        } catch (AnalyzerException e) {
            throw new IllegalStateException("bytecode analysis failed for " + displayName + ": " + e.getMessage(), e);
        }
    }

    /** Translates the instruction at index k; returns the index of the last instruction consumed (fused pairs). */
    private int translateAt(int k) {
        AbstractInsnNode insn = graph.insns[k];
        index = k;
        if (insn instanceof LabelNode ln) {
            if (graph.isJumpTarget(k)) bindLabel(ln, frames[k]);
        } else if (insn instanceof LineNumberNode lnn) {
            line = lnn.line;
            tag();
        } else if (insn.getOpcode() >= 0 && frames[k] != null) {
            LoopRotation.Test test = rotation.atGoto(k);
            int jumpOver = gotoOverBranch(k);
            if (test != null) {
                rotatedTest(test, k);
            } else if (jumpOver >= 0) {
                ops.invertNextBranchTo(label(((JumpInsnNode) graph.insns[jumpOver]).label));
                ops.translate(insn, frames[k]);
                return skipLineNumbers(k, jumpOver);
            } else if (ops.translate(insn, frames[k])) {
                return skipFused(graph.insns, k);
            }
        }
        return k;
    }

    /**
     * For {@code if (c) goto A; goto B; A:} (javac's shape of {@code if (!c) break/continue}) starting at k,
     * possibly with lcmp before the if: the index of that goto, since one branch {@code if (!c) goto B} does
     * both; otherwise -1. A rotated loop's goto or test is left alone.
     */
    private int gotoOverBranch(int k) {
        int branch = graph.insns[k].getOpcode() == Opcodes.LCMP ? nextInBlock(k) : k;
        if (branch < 0 || !LoopRotation.isConditional(graph.insns[branch].getOpcode()) || rotation.bodyFollows(branch)) return -1;
        int jump = nextInBlock(branch);
        if (jump < 0 || graph.insns[jump].getOpcode() != Opcodes.GOTO || rotation.atGoto(jump) != null) return -1;
        return fallsInto(jump, ((JumpInsnNode) graph.insns[branch]).label) ? jump : -1;
    }

    /** Index of the next instruction with an opcode if no label comes first, else -1. */
    private int nextInBlock(int k) {
        for (int i = k + 1; i < graph.size(); i++) {
            if (graph.insns[i] instanceof LabelNode) return -1;
            if (graph.insns[i].getOpcode() >= 0) return i;
        }
        return -1;
    }

    /** Returns {@code to}, having tagged the line numbers between k and it (instructions there were consumed). */
    private int skipLineNumbers(int k, int to) {
        for (int i = k + 1; i < to; i++) {
            if (graph.insns[i] instanceof LineNumberNode lnn) {
                line = lnn.line;
                tag();
            }
        }
        return to;
    }

    /**
     * In place of the {@code goto} at gotoIndex back to a loop's test: the test again, branching back to the
     * body when the loop goes on (see {@link LoopRotation}), then on to the exit unless it follows.
     */
    private void rotatedTest(LoopRotation.Test test, int gotoIndex) {
        flushAll();
        int lineAtGoto = line;
        line = LoopRotation.lineAt(graph, test.from(), line);
        tag();
        ops.invertNextBranchTo(loopBody(test.branch()));
        for (int k = test.from(); k <= test.branch(); k = translateAt(k) + 1) { }
        org.objectweb.asm.tree.LabelNode exit = LoopRotation.branch(graph, test).label;
        if (!fallsInto(gotoIndex, exit)) a.j(label(exit));
        line = lineAtGoto;
        tag();
    }

    /** True if the next instruction after index k (past labels and line numbers) is where {@code target} is. */
    private boolean fallsInto(int k, LabelNode target) {
        for (int i = k + 1; i < graph.size() && graph.insns[i].getOpcode() < 0; i++) {
            if (graph.insns[i] == target) return true;
        }
        return false;
    }

    private Label loopBody(int branchIndex) {
        return loopBodies.computeIfAbsent(branchIndex, k -> a.newLabel(null));
    }

    /** Binds the body label of a rotated loop after its test's branch at index branchIndex. */
    private void enterLoopBody(int branchIndex) {
        flushAll();
        a.bind(loopBody(branchIndex));
        enterBlock(frames[branchIndex + 1]);
    }

    /** After a fused pair (e.g. lcmp + if, iadd + istore), skip the consumed instruction, keeping line tags. */
    private int skipFused(AbstractInsnNode[] insns, int k) {
        int j = k + 1;
        while (insns[j].getOpcode() < 0) {
            if (insns[j] instanceof LineNumberNode lnn) {
                line = lnn.line;
                tag();
            }
            j++;
        }
        return j;
    }

    /** The next instruction with an opcode if only line numbers/frames (no label) come first, else null. */
    static AbstractInsnNode nextInBlock(AbstractInsnNode insn) {
        AbstractInsnNode n = insn.getNext();
        while (n != null && n.getOpcode() < 0 && !(n instanceof LabelNode)) n = n.getNext();
        return n != null && n.getOpcode() >= 0 ? n : null;
    }

    /** True if no instruction with an opcode follows (a return there can fall into the epilogue). */
    static boolean isLastInstruction(AbstractInsnNode insn) {
        for (AbstractInsnNode n = insn.getNext(); n != null; n = n.getNext()) {
            if (n.getOpcode() >= 0) return false;
        }
        return true;
    }

    /** s registers (as a bit mask) written by the code emitted into {@code asm} so far. */
    public static int writtenSRegisters(Assembler asm) {
        byte[] b = asm.snapshot();
        int mask = 0;
        for (Assembler.Instruction i : asm.instructions()) {
            int o = i.offset();
            int w = (b[o] & 0xff) | (b[o + 1] & 0xff) << 8 | (b[o + 2] & 0xff) << 16 | (b[o + 3] & 0xff) << 24;
            int rd = w >> 7 & 31, opcode = w & 0x7f;
            boolean writesRd = opcode != 0x23 && opcode != 0x63; // stores and branches have no rd
            if (writesRd) mask |= 1 << rd;
        }
        int sRegs = 0;
        for (int r : FrameLayout.S_REGS) sRegs |= 1 << r;
        return mask & sRegs;
    }

    private int firstLine() {
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i instanceof LineNumberNode ln) return ln.line;
        }
        return 0;
    }

    void tag() {
        a.setTag(new SourceTag(file, line, displayName));
    }

    Label label(LabelNode ln) {
        return labels.computeIfAbsent(ln, k -> a.newLabel(null));
    }

    private void bindLabel(LabelNode ln, Frame<BasicValue> f) {
        flushAll();
        if (index > 0) loadConstants(index); // those starting at 0 are loaded by the prologue
        a.bind(label(ln));
        enterBlock(f);
    }

    /** Loads the constant registers whose range starts at instruction {@code start}: before a loop, not in it. */
    private void loadConstants(int start) {
        for (FrameLayout.ConstantRegister c : fl.constantRegs) {
            if (c.candidate().start() == start) a.li(c.reg(), c.candidate().value());
        }
    }

    /** At a point control flow can reach from elsewhere: what is known is what the data flow (frame f) says. */
    private void enterBlock(Frame<BasicValue> f) {
        depth = f == null ? 0 : f.getStackSize();
        java.util.Arrays.fill(vs, depth, vs.length, null); // nothing above the stack top is read any more
        for (int k = 0; k < nonNullLocal.length; k++) nonNullLocal[k] = f != null && k < f.getLocals() && RefInterpreter.nonNull(f.getLocal(k));
        for (int k = 0; k < depth; k++) vs[k] = Entry.reg(RefInterpreter.nonNull(f.getStack(k)));
    }

    // ---- prologue / epilogue ----

    private void prologue() {
        if (frameUse.needsFrame(savedMask)) a.emit(Encoder.addi(SP, SP, -fl.size));
        if (frameUse.calls()) a.emit(Encoder.sd(RA, SP, fl.raOffset));
        for (int k = 0; k < fl.usedSRegs; k++) {
            if ((savedMask >>> FrameLayout.S_REGS[k] & 1) != 0) a.emit(Encoder.sd(FrameLayout.S_REGS[k], SP, fl.saveOffset + 8 * k));
        }
        bodyStart = a.position();
        int local = 0, arg = 0;
        if ((m.access & Opcodes.ACC_STATIC) == 0) moveIncoming(arg++, local++);
        for (Type t : Type.getArgumentTypes(m.desc)) {
            moveIncoming(arg++, local);
            if (fl.liveAtEntry(local)) updateShadow(local, false);
            local += t.getSize();
        }
        loadConstants(0);
        boolean isStatic = (m.access & Opcodes.ACC_STATIC) != 0;
        Layout.ClassInfo ci = sym.layout().get(owner.name);
        if (isStatic && !m.name.equals("<clinit>") && ci.needsInit) initGuardCall(owner.name, 0);
    }

    private void moveIncoming(int arg, int local) {
        if (!fl.liveAtEntry(local)) return; // a parameter the method never reads (or overwrites first)
        int r = fl.localReg[local];
        if (arg < 8) {
            if (r >= 0) a.mv(r, A0 + arg);
            else a.emit(Encoder.sd(A0 + arg, SP, fl.localOffset[local]));
        } else {
            int from = fl.size + 8 * (arg - 8);
            if (r >= 0) a.emit(Encoder.ld(r, SP, from));
            else {
                a.emit(Encoder.ld(T0, SP, from));
                a.emit(Encoder.sd(T0, SP, fl.localOffset[local]));
            }
        }
    }

    private void epilogueCode() {
        bodyEnd = a.position();
        for (int k = 0; k < fl.usedSRegs; k++) {
            if ((savedMask >>> FrameLayout.S_REGS[k] & 1) != 0) a.emit(Encoder.ld(FrameLayout.S_REGS[k], SP, fl.saveOffset + 8 * k));
        }
        if (frameUse.calls()) a.emit(Encoder.ld(RA, SP, fl.raOffset));
        if (frameUse.needsFrame(savedMask)) a.emit(Encoder.addi(SP, SP, fl.size));
        a.ret();
    }

    void jumpToEpilogue() {
        a.j(epilogue);
    }

    // ---- operand stack ----

    void push(Entry e) {
        vs[depth++] = e;
    }

    Entry pop() {
        return vs[--depth];
    }

    /** Register holding the value of stack entry k (loading into scratch when it lives in memory or is deferred). */
    int reg(int k, int scratch) {
        Entry e = vs[k];
        switch (e.kind) {
            case Entry.REG -> {
                if (homeOf(k) >= 0) return homeOf(k);
                a.emit(Encoder.ld(scratch, SP, fl.spillOffset[k]));
                return scratch;
            }
            case Entry.LOCAL -> {
                return localReg(e.local, scratch);
            }
            default -> {
                if (e.value == 0) return ZERO;
                int held = fl.constantRegister(e.value, index);
                if (held >= 0) return held;
                a.li(scratch, e.value);
                return scratch;
            }
        }
    }

    /** Like {@link #reg} but always leaves the value in {@code target}. */
    void regInto(int k, int target) {
        a.mv(target, reg(k, target));
    }

    int localReg(int local, int scratch) {
        int r = fl.localReg[local];
        if (r >= 0) return r;
        a.emit(Encoder.ld(scratch, SP, fl.localOffset[local]));
        return scratch;
    }

    /** Register holding REG entry k: where it was placed, else its home; -1 for a frame-slot home. */
    int homeOf(int k) {
        return vs[k].placed >= 0 ? vs[k].placed : fl.stackReg[k];
    }

    /**
     * Register to compute stack entry k's new value into; call {@link #commit} afterwards. That is k's home
     * register, or, when its home is a frame slot, a stack-home register no entry holds, else {@code scratch}.
     * Entries above the stack top count too: an instruction may still read its popped operands.
     */
    int dest(int k, int scratch) {
        int home = fl.stackReg[k];
        if (home >= 0) {
            evict(home, k);
            return home;
        }
        for (int r : fl.stackReg) if (r >= 0 && !holds(r)) return r;
        return scratch;
    }

    /** True if a REG entry (possibly just popped) is in register r. */
    private boolean holds(int r) {
        return heldByOther(r, -1);
    }

    /** True if a REG entry other than k (possibly just popped) is in register r. */
    boolean heldByOther(int r, int k) {
        for (int m = 0; m < vs.length; m++) {
            if (m != k && vs[m] != null && vs[m].kind == Entry.REG && homeOf(m) == r) return true;
        }
        return false;
    }

    /** An entry other than k placed in register r moves to its frame-slot home (r is about to become k's). */
    private void evict(int r, int k) {
        for (int m = 0; m < vs.length; m++) {
            if (m != k && vs[m] != null && vs[m].kind == Entry.REG && vs[m].placed == r) toHome(m);
        }
    }

    /** A REG entry placed in a register goes to its frame-slot home. */
    private void toHome(int k) {
        if (vs[k].kind != Entry.REG || vs[k].placed < 0) return;
        a.emit(Encoder.sd(vs[k].placed, SP, fl.spillOffset[k]));
        vs[k] = Entry.reg(vs[k].nonNull);
    }

    /** Entry k's value is now in r, the register {@link #dest} gave (or a scratch register for a frame home). */
    void commit(int k, int r, boolean nonNull) {
        if (fl.stackReg[k] >= 0) {
            vs[k] = Entry.reg(nonNull);
        } else if (isStackHome(r) && !heldByOther(r, k)) {
            vs[k] = Entry.placedIn(r, nonNull);
        } else {
            a.emit(Encoder.sd(r, SP, fl.spillOffset[k]));
            vs[k] = Entry.reg(nonNull);
        }
    }

    private boolean isStackHome(int r) {
        for (int h : fl.stackReg) if (h == r) return true;
        return false;
    }

    /** Pushes a value computed in register r (copying it to the new entry's home). */
    void pushReg(int r, boolean nonNull) {
        int k = depth++;
        int d = dest(k, r);
        a.mv(d, r);
        commit(k, d, nonNull);
    }

    void materialize(int k) {
        Entry e = vs[k];
        if (e.kind == Entry.REG) return;
        int d = dest(k, T2);
        a.mv(d, reg(k, d));
        commit(k, d, e.nonNull);
    }

    /** The local (and any local sharing its register) is no longer known non-null. */
    void clearNonNull(int local) {
        for (int k = 0; k < nonNullLocal.length; k++) if (fl.shareRegister(k, local)) nonNullLocal[k] = false;
    }

    /** True if stack entry k is known to be a non-null reference. */
    boolean knownNonNull(int k) {
        Entry e = vs[k];
        return e.nonNull || (e.kind == Entry.LOCAL && nonNullLocal[e.local]);
    }

    /** After a null check or dereference of entry k: its local (if any) is non-null until the next label or store. */
    void noteNonNull(int k) {
        if (vs[k].kind == Entry.LOCAL) nonNullLocal[vs[k].local] = true;
    }

    /** Like {@link #invalidateLocal} but only for entries below index {@code limit}. */
    void invalidateLocalBelow(int local, int limit) {
        for (int k = 0; k < limit; k++) {
            if (vs[k].kind == Entry.LOCAL && fl.clobbers(local, vs[k].local)) materialize(k);
        }
    }

    /** Every entry into its home: the state at block boundaries. */
    void flushAll() {
        for (int k = 0; k < depth; k++) materialize(k);
        for (int k = 0; k < depth; k++) toHome(k);
    }

    /** Before local {@code local} changes: entries deferred on it must take the old value now. */
    void invalidateLocal(int local) {
        invalidateLocalBelow(local, depth);
    }

    void storeLocal(int local, int r) {
        clearNonNull(local);
        int home = fl.localReg[local];
        if (home >= 0) a.mv(home, r);
        else a.emit(Encoder.sd(r, SP, fl.localOffset[local]));
    }

    /** Length-shadow register of the local that stack entry k reads (deferred), or -1. */
    int shadowOf(int k) {
        return vs[k].kind == Entry.LOCAL ? fl.shadowReg[vs[k].local] : -1;
    }

    /** After a store to local {@code local}: its length shadow (if any) follows the new value (see LengthShadows). */
    void updateShadow(int local, boolean nonNull) {
        int h = fl.shadowReg[local];
        if (h < 0) return;
        int v = localReg(local, T0);
        if (nonNull) {
            a.emit(Encoder.lw(h, v, Layout.ARRAY_LENGTH));
            return;
        }
        Label isNull = a.newLabel(null);
        a.li(h, 0);
        a.beq(v, ZERO, isNull);
        a.emit(Encoder.lw(h, v, Layout.ARRAY_LENGTH));
        a.bind(isNull);
    }

    /** Saves the t-register homes of entries [0, upto) around a call. */
    void saveLive(int upto) {
        for (int k = 0; k < upto; k++) {
            if (inTRegister(k)) a.emit(Encoder.sd(homeOf(k), SP, fl.spillOffset[k]));
        }
    }

    void restoreLive(int upto) {
        for (int k = 0; k < upto; k++) {
            if (inTRegister(k)) a.emit(Encoder.ld(homeOf(k), SP, fl.spillOffset[k]));
        }
    }

    /** Value of entry k into target after {@link #saveLive} covered it and a call may have clobbered t registers. */
    void savedInto(int k, int target) {
        if (inTRegister(k)) a.emit(Encoder.ld(target, SP, fl.spillOffset[k]));
        else regInto(k, target);
    }

    /** True if entry k is computed and held in a (caller-saved) t register. */
    private boolean inTRegister(int k) {
        return vs[k].kind == Entry.REG && homeOf(k) >= T3 && homeOf(k) <= T6;
    }

    // ---- class initialisation ----

    /** Triggers initialisation of cls if this code cannot already rely on it. */
    void initGuard(String cls) {
        Layout.ClassInfo target = sym.layout().get(cls);
        if (target == null || !target.needsInit) return;
        if (sym.pool().isSubtype(owner.name, cls) && !target.isInterface) return; // our own class (or a superclass) is initialised first
        initGuardCall(cls, depth);
    }

    private void initGuardCall(String cls, int live) {
        Label done = a.newLabel(null);
        a.la(T0, sym.initFlag(cls));
        a.emit(Encoder.lbu(T0, T0, 0));
        a.bne(T0, ZERO, done);
        saveLive(live);
        a.jal(RA, sym.initRoutine(cls));
        restoreLive(live);
        a.bind(done);
    }

    // ---- faults ----

    String where() {
        return displayName + "(" + file + ":" + line + ")";
    }

    void nullCheck(int r) {
        Label stub = npeStubs.computeIfAbsent(line, l -> faultStub("nullPointer", "(Ljava/lang/String;)V", A0));
        a.beq(r, ZERO, stub);
    }

    /**
     * Where a failed {@code index < length shadow} compare goes: a null array (shadow 0) reports a
     * NullPointerException, as the JVM checks null first; otherwise the index is out of bounds.
     */
    Label shadowCheckStub(int arr, int idx, int shadow) {
        Label npe = npeStubs.computeIfAbsent(line, l -> faultStub("nullPointer", "(Ljava/lang/String;)V", A0));
        Label outOfBounds = faultStub("index", "(IILjava/lang/String;)V", A2, A0, idx, A1, shadow);
        Label stub = a.newLabel(null);
        SourceTag tagNow = new SourceTag(file, line, displayName);
        stubs.add(() -> {
            a.setTag(tagNow);
            a.bind(stub);
            a.beq(arr, ZERO, npe);
            a.j(outOfBounds);
        });
        return stub;
    }

    void divCheck(int r) {
        Label stub = divStubs.computeIfAbsent(line, l -> faultStub("arithmetic", "(Ljava/lang/String;)V", A0));
        a.beq(r, ZERO, stub);
    }

    /** A stub that loads {@code where} into whereReg (other argument registers set by the branch site's moves) and reports. */
    Label faultStub(String reporter, String desc, int whereReg, int... moves) {
        Label stub = a.newLabel(null);
        String where = where();
        SourceTag tagNow = new SourceTag(file, line, displayName);
        stubs.add(() -> {
            a.setTag(tagNow);
            a.bind(stub);
            for (int k = 0; k + 1 < moves.length; k += 2) a.mv(moves[k], moves[k + 1]);
            a.la(whereReg, sym.string(where));
            a.jal(RA, fault(reporter, desc));
        });
        return stub;
    }

    Label fault(String name, String desc) {
        ClassNode f = sym.pool().get("org/mkplay/rt/Fault");
        return sym.method(new ClassPool.MethodRef(f, ClassPool.declared(f, name, desc)));
    }
}
