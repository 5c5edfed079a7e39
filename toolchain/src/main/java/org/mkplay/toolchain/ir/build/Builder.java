package org.mkplay.toolchain.ir.build;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.ir.Block;
import org.mkplay.toolchain.ir.Cond;
import org.mkplay.toolchain.ir.Handler;
import org.mkplay.toolchain.ir.InlinedLine;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.ir.IrMethod;
import org.mkplay.toolchain.ir.Op;
import org.mkplay.toolchain.ir.Ref;
import org.mkplay.toolchain.ir.SwitchKeys;
import org.mkplay.toolchain.ir.VType;
import org.mkplay.toolchain.layout.Resolver;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Bytecode → IR. The operand stack is simulated with virtual registers: a push creates a fresh temporary
 * (a local or constant pushes itself), so each bytecode becomes at most a few three-address instructions.
 * Each JVM local slot has one register per kind of value (int, long, reference). Where control flow
 * joins, stack entry k lives in a register of its own for depth k, which every predecessor assigns.
 * Blocks start at jump targets; the first block holds the parameters and has no predecessor.
 * Object-model bytecodes are translated by {@link ObjectOps}, intrinsics by {@link IntrinsicOps}.
 */
public final class Builder {
    final Resolver res;
    final ClassNode owner;
    final MethodNode m;
    final IrMethod ir;
    private final AbstractInsnNode[] insns;
    private final Frame<BasicValue>[] frames;
    private final Map<LabelNode, Block> blockAt = new HashMap<>();
    private final Map<Integer, Integer> localVregs = new HashMap<>();
    private final Map<Integer, Integer> stackVregs = new HashMap<>();
    private final Set<Integer> joinVregs = new HashSet<>();
    private final Set<Integer> localSet = new HashSet<>();
    private final Map<Integer, Long> constantTemps = new HashMap<>();
    final List<Integer> stack = new ArrayList<>();
    Block current;
    int line;
    int index; // of the bytecode being translated
    private final ObjectOps objects;
    private final IntrinsicOps intrinsics;

    private Builder(Resolver res, ClassNode owner, MethodNode m) {
        this.res = res;
        this.owner = owner;
        this.m = m;
        this.ir = new IrMethod(owner.name.replace('/', '.') + "." + m.name + m.desc);
        this.insns = m.instructions.toArray();
        this.frames = analyse(owner, m, new BasicInterpreter());
        this.objects = new ObjectOps(this);
        this.intrinsics = new IntrinsicOps(this);
    }

    /**
     * The IR of method m: tiny static callees inlined into its bytecode ({@link Inliner}), then translated
     * (as the bytecode says; the passes of ir.pass optimise it).
     */
    public static IrMethod build(Resolver res, ClassPool.MethodRef m) {
        List<InlinedLine> positions = new ArrayList<>();
        IrMethod ir = build(res, m.owner(), Inliner.inline(res, m.owner().name, m.method(), positions));
        ir.inlined.addAll(positions);
        return ir;
    }

    /** The IR of method m of class owner, translated as the bytecode says (no inlining). */
    public static IrMethod build(Resolver res, ClassNode owner, MethodNode m) {
        Builder b = new Builder(res, owner, m);
        b.translate();
        return b.ir;
    }

    static <V extends BasicValue> Frame<V>[] analyse(ClassNode owner, MethodNode m, BasicInterpreter in) {
        try {
            @SuppressWarnings("unchecked")
            Frame<V>[] f = (Frame<V>[]) (Frame<?>[]) new Analyzer<>(in).analyze(owner.name, m);
            return f;
        } catch (AnalyzerException e) {
            throw new IllegalStateException(
                    "bytecode analysis failed for " + owner.name + "." + m.name + ": " + e.getMessage(), e);
        }
    }

    private void translate() {
        current = ir.newBlock();
        Set<Block> layout = new java.util.LinkedHashSet<>(List.of(current));
        for (AbstractInsnNode i : insns) {
            if (i instanceof JumpInsnNode j) blockFor(j.label);
            if (i instanceof TableSwitchInsnNode t) targetsOf(t.dflt, t.labels);
            if (i instanceof LookupSwitchInsnNode l) targetsOf(l.dflt, l.labels);
        }
        for (TryCatchBlockNode t : m.tryCatchBlocks) { // a try range starts and ends blocks: its blocks share handlers
            blockFor(t.start);
            blockFor(t.end);
            blockFor(t.handler).isHandler = true;
        }
        line = firstLine();
        parameters();
        for (index = 0; index < insns.length; index++) {
            step(insns[index]);
            if (current != null) layout.add(current);
        }
        ir.blocks.clear();
        ir.blocks.addAll(layout); // bytecode order; blocks never entered hold unreachable code
    }

    private void targetsOf(LabelNode dflt, List<LabelNode> labels) {
        blockFor(dflt);
        labels.forEach(this::blockFor);
    }

    Block blockFor(LabelNode l) {
        return blockAt.computeIfAbsent(l, k -> ir.newBlock());
    }

    private int firstLine() {
        for (AbstractInsnNode i : insns) if (i instanceof LineNumberNode ln) return ln.line;
        return 0;
    }

    /**
     * The entry block: incoming arguments into their locals, then, for a static method entered from outside the
     * compiled calls (main, the trap handler, the runtime's roots), its class's initialisation; the other static
     * methods' callers initialise the class at the {@code invokestatic} ({@link ObjectOps#invoke}).
     */
    private void parameters() {
        int slot = 0, arg = 0;
        if ((m.access & ACC_STATIC) == 0) {
            Insn self = emit(Op.PARAM, local(slot++, VType.REF));
            self.imm = arg++;
            self.ref = new Ref.Receiver();
        }
        for (Type t : Type.getArgumentTypes(m.desc)) {
            emit(Op.PARAM, local(slot, VType.of(t.getDescriptor()))).imm = arg++;
            slot += t.getSize();
        }
        boolean isStatic = (m.access & ACC_STATIC) != 0;
        if (isStatic
                && !m.name.equals("<clinit>")
                && res.needsInit(owner.name)
                && res.initialisesAtEntry(owner.name, m.name, m.desc))
            emit(Op.INIT, -1).ref = new Ref.TypeName(owner.name);
    }

    private void step(AbstractInsnNode insn) {
        if (insn instanceof LineNumberNode ln) {
            line = ln.line;
        } else if (insn instanceof LabelNode l && blockAt.containsKey(l)) {
            enterLabel(l);
        } else if (insn.getOpcode() >= 0 && frames[index] != null && current != null) {
            bytecode(insn);
        }
    }

    /** A jump target: the current block (if control falls through) ends with a jump to it. */
    private void enterLabel(LabelNode l) {
        Block b = blockAt.get(l);
        if (current != null && current != b) end(new Insn(Op.GOTO, -1, line), b);
        Frame<BasicValue> f = frames[index];
        if (f == null) {
            current = null; // unreachable code follows
            return;
        }
        current = b;
        b.handlers = handlersAt(index);
        stack.clear();
        for (int k = 0; k < f.getStackSize(); k++) stack.add(joinVreg(k, kindOf(f.getStack(k))));
        if (b.isHandler) emit(Op.CATCH, stack.get(0)); // the exception, on the stack as the JVM has it
    }

    /** The handlers whose try range covers bytecode k, in exception-table order (innermost first, as javac writes it). */
    private List<Handler> handlersAt(int k) {
        List<Handler> hs = new ArrayList<>();
        for (TryCatchBlockNode t : m.tryCatchBlocks) {
            if (m.instructions.indexOf(t.start) <= k && k < m.instructions.indexOf(t.end))
                hs.add(new Handler(blockFor(t.handler), t.type));
        }
        return hs.isEmpty() ? List.of() : List.copyOf(hs);
    }

    private static VType kindOf(BasicValue v) {
        if (v == BasicValue.INT_VALUE) return VType.INT;
        if (v == BasicValue.LONG_VALUE) return VType.LONG;
        return VType.REF;
    }

    // ---- registers ----

    /** The register of JVM local slot {@code slot} holding values of type t's kind. */
    int local(int slot, VType t) {
        return localVregs.computeIfAbsent(slot * 3 + kind(t), k -> {
            int v = ir.newVreg(t);
            localSet.add(v);
            return v;
        });
    }

    private int joinVreg(int depth, VType t) {
        int v = stackVregs.computeIfAbsent(depth * 3 + kind(t), k -> ir.newVreg(t));
        joinVregs.add(v);
        return v;
    }

    /** int, long, or one word that is a reference or an Address: what a slot or stack entry may hold. */
    private static int kind(VType t) {
        return switch (t) {
            case INT -> 0;
            case LONG -> 1;
            default -> 2;
        };
    }

    int temp(VType t) {
        return ir.newVreg(t);
    }

    // ---- emitting ----

    /** Appends dst = op(src) to the current block; temporaries known to be constants become constant operands. */
    Insn emit(Op op, int dst, int... src) {
        Insn i = new Insn(op, dst, line, src);
        for (int k = 0; k < src.length; k++) {
            Long c = constantTemps.get(src[k]);
            if (c != null) i.setConstant(k, c);
        }
        current.insns.add(i);
        return i;
    }

    /** Pushes a fresh temporary of type t computed by op(src). */
    Insn push(Op op, VType t, int... src) {
        int d = temp(t);
        Insn i = emit(op, d, src);
        stack.add(d);
        return i;
    }

    void pushConstant(VType t, long value) {
        stack.add(constant(t, value));
    }

    /** A temporary holding the constant {@code value}. */
    int constant(VType t, long value) {
        int d = temp(t);
        emit(Op.CONST, d).imm = value;
        constantTemps.put(d, value);
        return d;
    }

    /** The constant value of register v if it is a temporary defined by a constant, else null. */
    Long constantOf(int v) {
        return constantTemps.get(v);
    }

    int pop() {
        return stack.remove(stack.size() - 1);
    }

    int peek(int fromTop) {
        return stack.get(stack.size() - 1 - fromTop);
    }

    /** Pops n entries, returned deepest first. */
    int[] popN(int n) {
        int[] v = new int[n];
        for (int k = n - 1; k >= 0; k--) v[k] = pop();
        return v;
    }

    /**
     * Ends the current block with {@code last} going to {@code targets}. Entries left on the stack move to
     * their join registers first; an operand of {@code last} that one of those moves overwrites is copied before.
     */
    void end(Insn last, Block... targets) {
        for (int k = 0; k < last.src.length; k++) {
            if (joinVregs.contains(last.src[k])) last.src[k] = copy(last.src[k]);
        }
        for (int k = 0; k < stack.size(); k++) {
            int v = stack.get(k);
            if (joinVregs.contains(v) && v != joinVreg(k, ir.type(v))) stack.set(k, copy(v));
        }
        for (int k = 0; k < stack.size(); k++) {
            int v = stack.get(k), join = joinVreg(k, ir.type(v));
            if (v != join) move(join, v);
        }
        last.targets = targets;
        current.insns.add(last);
        current = null;
    }

    private int copy(int v) {
        int t = temp(ir.type(v));
        move(t, v);
        return t;
    }

    void move(int dst, int src) {
        emit(Op.MOV, dst, src);
    }

    /** Ends the block with a conditional branch; the fall-through successor is the block that follows. */
    private void branch(Cond c, boolean wide, int a, int b, LabelNode target) {
        Insn br = new Insn(Op.BR, -1, line, a, b);
        br.cond = c;
        br.wide = wide;
        constantOperands(br);
        List<Integer> left = new ArrayList<>(stack);
        Block fall = fallThrough();
        end(br, blockFor(target), fall);
        enterWith(fall, left);
    }

    private void constantOperands(Insn i) {
        for (int k = 0; k < i.src.length; k++) {
            Long c = constantTemps.get(i.src[k]);
            if (c != null) i.setConstant(k, c);
        }
    }

    /** The block that starts after the current bytecode: a jump target's, else a new one. */
    private Block fallThrough() {
        for (int k = index + 1; k < insns.length && insns[k].getOpcode() < 0; k++) {
            if (insns[k] instanceof LabelNode l && blockAt.containsKey(l)) return blockAt.get(l);
        }
        return ir.newBlock();
    }

    /** Continues in block b, whose stack entries are the join registers of the entries left before its jump. */
    private void enterWith(Block b, List<Integer> left) {
        current = b;
        b.handlers = handlersAt(index + 1);
        stack.clear();
        for (int k = 0; k < left.size(); k++) stack.add(joinVreg(k, ir.type(left.get(k))));
    }

    // ---- bytecodes ----

    private void bytecode(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        if (op >= ACONST_NULL && op <= LDC) constant(insn);
        else if (op >= ILOAD && op <= ALOAD) load((VarInsnNode) insn);
        else if (op >= ISTORE && op <= ASTORE) store((VarInsnNode) insn);
        else if (op == IINC) iinc((IincInsnNode) insn);
        else if (op >= POP && op <= SWAP) Shuffles.apply(this, op);
        else if (op >= IADD && op <= LXOR) arithmetic(op);
        else if (op >= I2L && op <= I2S) convert(op);
        else if (op == LCMP) lcmp();
        else if (op >= IFEQ && op <= IF_ACMPNE || op == IFNULL || op == IFNONNULL) conditional((JumpInsnNode) insn);
        else if (op == GOTO) end(new Insn(Op.GOTO, -1, line), blockFor(((JumpInsnNode) insn).label));
        else if (op == TABLESWITCH || op == LOOKUPSWITCH) switchOf(insn);
        else if (op >= IRETURN && op <= RETURN) ret(op);
        else if (op == INVOKESTATIC || op == INVOKEVIRTUAL || op == INVOKESPECIAL || op == INVOKEINTERFACE)
            invoke(insn);
        else if (op == INVOKEDYNAMIC) intrinsics.concat((org.objectweb.asm.tree.InvokeDynamicInsnNode) insn);
        else if (op != NOP) objects.translate(insn);
    }

    private void invoke(AbstractInsnNode insn) {
        org.objectweb.asm.tree.MethodInsnNode mi = (org.objectweb.asm.tree.MethodInsnNode) insn;
        if (!intrinsics.translate(mi)) objects.invoke(mi);
    }

    private void constant(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        if (op == ACONST_NULL) pushConstant(VType.REF, 0);
        else if (op >= ICONST_M1 && op <= ICONST_5) pushConstant(VType.INT, op - ICONST_0);
        else if (op == LCONST_0 || op == LCONST_1) pushConstant(VType.LONG, op - LCONST_0);
        else if (op == BIPUSH || op == SIPUSH) pushConstant(VType.INT, ((IntInsnNode) insn).operand);
        else if (((LdcInsnNode) insn).cst instanceof Integer i) pushConstant(VType.INT, i);
        else if (((LdcInsnNode) insn).cst instanceof Long l) pushConstant(VType.LONG, l);
        else if (((LdcInsnNode) insn).cst instanceof String s)
            push(Op.STRING, VType.REF).ref = new Ref.StringConstant(s);
        else throw new IllegalStateException("unsupported constant " + ((LdcInsnNode) insn).cst);
    }

    private static VType typeOfLoad(int op) {
        return switch (op) {
            case ILOAD, ISTORE -> VType.INT;
            case LLOAD, LSTORE -> VType.LONG;
            default -> VType.REF;
        };
    }

    private void load(VarInsnNode v) {
        stack.add(local(v.var, typeOfLoad(v.getOpcode())));
    }

    /**
     * Stores the top entry into a local. When the entry is the temporary the previous instruction just
     * computed, that instruction computes the local instead (no copy).
     */
    private void store(VarInsnNode v) {
        int value = pop();
        VType t = v.getOpcode() == ASTORE ? ir.type(value) : typeOfLoad(v.getOpcode());
        int target = local(v.var, t);
        keepOldValue(target);
        Insn last = current.insns.isEmpty() ? null : current.insns.get(current.insns.size() - 1);
        boolean fresh = last != null && last.dst == value && isTemp(value) && !stack.contains(value);
        if (fresh) last.dst = target;
        else move(target, value);
    }

    private boolean isTemp(int v) {
        return !joinVregs.contains(v) && !localSet.contains(v);
    }

    /** Stack entries that read local register r take a copy of it before r changes. */
    private void keepOldValue(int r) {
        if (!stack.contains(r)) return;
        int c = copy(r);
        stack.replaceAll(v -> v == r ? c : v);
    }

    private void iinc(IincInsnNode inc) {
        int r = local(inc.var, VType.INT);
        keepOldValue(r);
        Insn add = emit(Op.ADD, r, r, r);
        add.setConstant(1, inc.incr);
    }

    private static Op arithmeticOp(int op) {
        if (op >= IADD && op <= LREM) return new Op[] {Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.REM}[(op - IADD) / 4];
        if (op >= INEG && op <= LNEG) return Op.NEG;
        return switch (op) {
            case ISHL, LSHL -> Op.SHL;
            case ISHR, LSHR -> Op.SHR;
            case IUSHR, LUSHR -> Op.USHR;
            case IAND, LAND -> Op.AND;
            case IOR, LOR -> Op.OR;
            default -> Op.XOR;
        };
    }

    private void arithmetic(int bytecode) {
        Op op = arithmeticOp(bytecode);
        boolean wide = bytecode == LNEG || (bytecode <= LXOR && ((bytecode - IADD) % 2 == 1));
        VType t = wide ? VType.LONG : VType.INT;
        if (op == Op.NEG) {
            push(Op.NEG, t, pop()).wide = wide;
            return;
        }
        int b = pop(), a = pop();
        if ((op == Op.DIV || op == Op.REM) && !isNonZeroConstant(b)) emit(Op.DIV_CHECK, -1, b);
        push(op, t, a, b).wide = wide;
    }

    private boolean isNonZeroConstant(int v) {
        Long c = constantTemps.get(v);
        return c != null && c != 0;
    }

    private void convert(int op) {
        switch (op) {
            case I2L -> push(Op.MOV, VType.LONG, pop()); // ints are kept sign-extended: the word is the long
            case L2I -> push(Op.L2I, VType.INT, pop());
            case I2B -> push(Op.I2B, VType.INT, pop());
            case I2C -> push(Op.I2C, VType.INT, pop());
            case I2S -> push(Op.I2S, VType.INT, pop());
            default -> throw new IllegalStateException("conversion " + op + " is not supported");
        }
    }

    /** lcmp followed by if&lt;cond&gt; (javac's only use of it) is one 64-bit branch. */
    private void lcmp() {
        AbstractInsnNode next = nextInBlock();
        int b = pop(), a = pop();
        if (next != null && next.getOpcode() >= IFEQ && next.getOpcode() <= IFLE) {
            index = indexOf(next);
            branch(Cond.values()[next.getOpcode() - IFEQ], true, a, b, ((JumpInsnNode) next).label);
            return;
        }
        push(Op.LCMP, VType.INT, a, b).wide = true;
    }

    private int indexOf(AbstractInsnNode insn) {
        for (int k = index; k < insns.length; k++) if (insns[k] == insn) return k;
        throw new IllegalStateException("instruction not found");
    }

    /** The next instruction with an opcode if no jump target comes first (line numbers are noted), else null. */
    private AbstractInsnNode nextInBlock() {
        for (int k = index + 1; k < insns.length; k++) {
            if (insns[k] instanceof LabelNode l && blockAt.containsKey(l)) return null;
            if (insns[k].getOpcode() >= 0) return insns[k];
        }
        return null;
    }

    private void conditional(JumpInsnNode j) {
        int op = j.getOpcode();
        if (op >= IF_ICMPEQ && op <= IF_ACMPNE) {
            int b = pop(), a = pop();
            Cond c = op <= IF_ICMPLE ? Cond.values()[op - IF_ICMPEQ] : Cond.values()[op - IF_ACMPEQ];
            branch(c, op >= IF_ACMPEQ, a, b, j.label);
            return;
        }
        int a = pop();
        int zero = temp(op == IFNULL || op == IFNONNULL ? VType.REF : VType.INT);
        constantTemps.put(zero, 0L);
        Cond c = op == IFNULL ? Cond.EQ : op == IFNONNULL ? Cond.NE : Cond.values()[op - IFEQ];
        branch(c, op == IFNULL || op == IFNONNULL, a, zero, j.label);
    }

    private void switchOf(AbstractInsnNode insn) {
        int v = pop();
        List<Block> targets = new ArrayList<>();
        int[] keys;
        boolean dense = insn instanceof TableSwitchInsnNode;
        if (insn instanceof TableSwitchInsnNode t) {
            keys = new int[t.max - t.min + 1];
            for (int k = 0; k < keys.length; k++) keys[k] = t.min + k;
            targets.add(blockFor(t.dflt));
            t.labels.forEach(l -> targets.add(blockFor(l)));
        } else {
            LookupSwitchInsnNode l = (LookupSwitchInsnNode) insn;
            keys = l.keys.stream().mapToInt(Integer::intValue).toArray();
            targets.add(blockFor(l.dflt));
            l.labels.forEach(x -> targets.add(blockFor(x)));
        }
        Insn s = new Insn(Op.SWITCH, -1, line, v);
        constantOperands(s);
        s.ref = new SwitchKeys(keys, dense);
        end(s, targets.toArray(new Block[0]));
    }

    private void ret(int op) {
        Insn r = op == RETURN ? new Insn(Op.RETURN, -1, line) : new Insn(Op.RETURN, -1, line, pop());
        constantOperands(r);
        stack.clear();
        end(r);
    }
}
