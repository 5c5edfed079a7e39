package org.mkplay.toolchain.ir.build;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mkplay.toolchain.front.Bootstraps;
import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.front.KernelIntrinsic;
import org.mkplay.toolchain.front.Reachability;
import org.mkplay.toolchain.ir.InlinedLine;
import org.mkplay.toolchain.layout.Layout;
import org.mkplay.toolchain.layout.Resolver;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Replaces calls to tiny methods by their bytecode: the arguments are stored into fresh local slots and each
 * return jumps past the inlined body with its value on the stack. Two kinds of callee qualify. A <em>pure</em> one
 * (such as {@code Math.max}, a getter) cannot fault or call: it has no observable behaviour besides its result.
 * A <em>small</em> one of the program's own classes (not the runtime library's) may also fault (a field of any
 * object, an array element, a division) and call: its body keeps its own lines, as positions
 * ({@link InlinedLine}) that the code generator records with each call and fault stub, so that a stack trace
 * still shows the callee's frame at its line above the caller's at the call's, exactly as the JVM prints it. In
 * both, the JVM semantics left to keep is class initialisation, which the call would trigger: callees whose class
 * needs it are inlined only into code of that class (or a subclass), which runs after it. The caller's method is
 * copied first (the class pool's method stays as javac wrote it). Arguments the callee never reads are popped.
 */
final class Inliner {
    private static final int MAX_BODY = 16;
    /** A small callee's limit: enough for an unlink from a doubly linked queue (ThreadQueue.remove, 42). */
    private static final int MAX_SMALL_BODY = 48;

    private static final int MAX_ADDED_SLOTS = 24;

    private Inliner() {}

    /**
     * The method with eligible calls inlined, or {@code m} itself if there are none. The fresh local slots are
     * budgeted (the frame must stay small): calls in the most deeply nested loops are inlined first.
     */
    static MethodNode inline(Resolver sym, String ownerName, MethodNode m, List<InlinedLine> positions) {
        List<Integer> sites = new ArrayList<>();
        AbstractInsnNode[] insns = m.instructions.toArray();
        for (int k = 0; k < insns.length; k++) if (calleeOf(sym, ownerName, m, insns[k]) != null) sites.add(k);
        if (sites.isEmpty()) return m;
        int[] depth = loopDepths(m, insns);
        sites.sort(Comparator.comparingInt((Integer k) -> -depth[k]));
        MethodNode copy = copyOf(m);
        AbstractInsnNode[] copied = copy.instructions.toArray();
        int added = 0, deepest = 0;
        Lines lines = new Lines(positions);
        for (int k : sites) {
            ClassPool.MethodRef ref = calleeOf(sym, ownerName, m, insns[k]);
            MethodNode callee = ref.method();
            if (added + callee.maxLocals > MAX_ADDED_SLOTS) continue;
            MethodInsnNode call = (MethodInsnNode) copied[k];
            splice(copy, call, ref, m.maxLocals + added, lines.scope(ref, lineOf(call)));
            added += callee.maxLocals;
            deepest = Math.max(deepest, callee.maxStack);
        }
        copy.maxLocals = m.maxLocals + added;
        copy.maxStack = m.maxStack + deepest; // a body runs to its end before any other starts
        return copy;
    }

    /**
     * How many loops contain each instruction; a loop is the index range of a backward jump (exception
     * handlers are left out: a loop that only an exception closes is not worth the budget).
     */
    private static int[] loopDepths(MethodNode m, AbstractInsnNode[] insns) {
        int[] depth = new int[insns.length];
        for (int i = 0; i < insns.length; i++) {
            for (LabelNode target : targets(insns[i])) {
                int t = m.instructions.indexOf(target);
                for (int k = t; k <= i; k++) depth[k]++; // no iteration for a forward jump (t > i)
            }
        }
        return depth;
    }

    private static List<LabelNode> targets(AbstractInsnNode n) {
        List<LabelNode> targets = new ArrayList<>();
        if (n instanceof JumpInsnNode j) targets.add(j.label);
        if (n instanceof TableSwitchInsnNode ts) targets.addAll(ts.labels);
        if (n instanceof LookupSwitchInsnNode ls) targets.addAll(ls.labels);
        return targets;
    }

    /** The line of the caller's source that instruction i belongs to (0: none), as the builder will see it. */
    private static int lineOf(AbstractInsnNode i) {
        for (AbstractInsnNode p = i; p != null; p = p.getPrevious()) {
            // an inlined body ends with its caller's line again, so the first line met is the caller's
            if (p instanceof LineNumberNode ln && !InlinedLine.isInlined(ln.line)) return ln.line;
        }
        return 0;
    }

    /** The positions of inlined lines: one per (callee, callee line, caller line), numbered from BASE. */
    private record Lines(List<InlinedLine> positions) {
        /** Maps a callee line to its position inside the body inlined at a call on callerLine. */
        java.util.function.IntUnaryOperator scope(ClassPool.MethodRef callee, int callerLine) {
            return line -> {
                InlinedLine at = new InlinedLine(callee.owner().name, callee.method().name, line, callerLine);
                int k = positions.indexOf(at);
                if (k < 0) {
                    positions.add(at);
                    k = positions.size() - 1;
                }
                return InlinedLine.BASE + k;
            };
        }
    }

    /** The tiny method that call site i invokes, if it may be inlined there; else null. */
    private static ClassPool.MethodRef calleeOf(Resolver sym, String ownerName, MethodNode caller, AbstractInsnNode i) {
        int op = i.getOpcode();
        if (op != INVOKESTATIC && op != INVOKEVIRTUAL && op != INVOKESPECIAL) return null;
        MethodInsnNode mi = (MethodInsnNode) i;
        if (mi.owner.equals(Reachability.NATIVE)
                || mi.owner.startsWith(Reachability.VMMAGIC)
                || mi.owner.startsWith("[")
                || mi.name.startsWith("<")) return null;
        ClassPool.MethodRef target = sym.pool().resolveMethod(mi.owner, mi.name, mi.desc);
        if (target == null) return null;
        boolean isStatic = (target.method().access & ACC_STATIC) != 0;
        if (isStatic != (op == INVOKESTATIC) || (!isStatic && !isDirect(sym, op, target))) return null;
        if (!isTinyAndPure(sym, ownerName, target.owner().name, target.method())
                && !(showsItsFrame(sym, ownerName, caller) && isSmall(sym, ownerName, target))) return null;
        return isStatic && !initialisedFor(sym, ownerName, target.owner().name) ? null : target;
    }

    /**
     * True if a frame of this method shows in stack traces as the program's own (not the library's, not a hidden
     * lambda or record frame): a small callee, which may fault or call, is inlined only into such a caller, so
     * that the unwinder's rules for library and hidden frames never meet an inlined frame.
     */
    private static boolean showsItsFrame(Resolver sym, String owner, MethodNode m) {
        return sym.pool().isUser(owner) && !Bootstraps.isHidden(owner, m.name) && !m.name.startsWith("<");
    }

    /**
     * A callee of the program's own that may fault and call: at most MAX_SMALL_BODY instructions of the pure
     * kinds, fields and array elements of any object, divisions, calls of methods (not constructors), CSR accesses
     * whose number is a constant of the body; no other intrinsic, allocation, throw, cast, type test, monitor or
     * handler.
     */
    private static boolean isSmall(Resolver sym, String caller, ClassPool.MethodRef target) {
        MethodNode callee = target.method();
        String owner = target.owner().name;
        if (!showsItsFrame(sym, owner, callee)) return false;
        if ((callee.access & (ACC_NATIVE | ACC_ABSTRACT | ACC_SYNCHRONIZED)) != 0) return false;
        if (!callee.tryCatchBlocks.isEmpty()) return false;
        boolean isStatic = (callee.access & ACC_STATIC) != 0;
        int count = 0;
        for (AbstractInsnNode i = callee.instructions.getFirst(); i != null; i = i.getNext()) {
            int op = i.getOpcode();
            if (op < 0) continue;
            if (++count > MAX_SMALL_BODY) return false;
            if (!isStatic && writesSlotZero(i)) return false;
            if (pure(op) || (op >= IDIV && op <= LREM) || op == GETFIELD || op == PUTFIELD || op == ARRAYLENGTH)
                continue;
            if ((op >= IALOAD && op <= SALOAD && op != FALOAD && op != DALOAD)
                    || (op >= IASTORE && op <= SASTORE && op != FASTORE && op != DASTORE && op != AASTORE)) continue;
            if (op == GETSTATIC || op == PUTSTATIC) {
                FieldInsnNode f = (FieldInsnNode) i;
                ClassPool.FieldRef ref = sym.pool().resolveField(f.owner, f.name);
                if (ref == null || !initialisedFor(sym, caller, ref.owner().name)) return false;
            } else if (!(i instanceof MethodInsnNode mi && isPlainCall(mi))) {
                return false;
            }
        }
        return returnsWithOnlyItsValue(owner, callee) && csrNumbersAreConstants(owner, callee);
    }

    /**
     * True if every Csr intrinsic of the body gets its CSR number from a constant the body pushes (not from a
     * parameter, which inlined becomes a local the builder cannot read as a number).
     */
    private static boolean csrNumbersAreConstants(String owner, MethodNode callee) {
        AbstractInsnNode[] insns = callee.instructions.toArray();
        Frame<SourceValue>[] frames = null;
        for (int k = 0; k < insns.length; k++) {
            if (!(insns[k] instanceof MethodInsnNode mi) || !isCsr(mi)) continue;
            if (frames == null) {
                try {
                    frames = new Analyzer<>(new SourceInterpreter()).analyze(owner, callee);
                } catch (AnalyzerException e) {
                    return false;
                }
            }
            Frame<SourceValue> f = frames[k];
            if (f == null) continue; // unreachable
            int args = Type.getArgumentTypes(mi.desc).length;
            for (AbstractInsnNode src : f.getStack(f.getStackSize() - args).insns) {
                int op = src.getOpcode();
                boolean constant = (op >= ICONST_M1 && op <= ICONST_5)
                        || op == BIPUSH
                        || op == SIPUSH
                        || (src instanceof LdcInsnNode ldc && ldc.cst instanceof Integer);
                if (!constant) return false;
            }
        }
        return true;
    }

    private static boolean isCsr(MethodInsnNode mi) {
        KernelIntrinsic k = KernelIntrinsic.find(mi.owner, mi.name, mi.desc);
        return k != null && k.takesCsrNumber();
    }

    /** A call the builder compiles the same wherever it is: not a constructor, not an intrinsic but the inline ones. */
    private static boolean isPlainCall(MethodInsnNode mi) {
        if (mi.name.startsWith("<") || mi.getOpcode() == INVOKEDYNAMIC) return false;
        if (mi.owner.equals(Reachability.NATIVE) || mi.owner.startsWith(Reachability.VMMAGIC))
            return isInlineIntrinsic(mi) || isCsr(mi); // a CSR's number: see csrNumbersAreConstants
        return true;
    }

    /**
     * True if code of class ownerName runs only after cls is initialised (or cls needs no initialisation): then
     * neither a static call into cls nor an access to its statics initialises anything (ObjectOps.initGuard).
     */
    private static boolean initialisedFor(Resolver sym, String ownerName, String cls) {
        Layout.ClassInfo ci = sym.layout().get(cls);
        return ci == null || !ci.needsInit || (sym.pool().isSubtype(ownerName, cls) && !ci.isInterface);
    }

    /** An instance call that always reaches target (as ObjectOps.dispatch calls it directly). */
    private static boolean isDirect(Resolver sym, int op, ClassPool.MethodRef target) {
        int access = target.method().access;
        if (op == INVOKESPECIAL || (access & ACC_PRIVATE) != 0) return true;
        boolean fin = (access & ACC_FINAL) != 0 || (target.owner().access & ACC_FINAL) != 0;
        return fin && sym.reach() != null && sym.reach().methods().containsKey(target.key());
    }

    /**
     * At most MAX_BODY instructions that cannot fault or call: locals, constants, arithmetic that cannot fault,
     * branches, statics of initialised classes, fields of {@code this} (an instance method: the receiver, checked
     * for null where the call was, is never null inside), and the vmmagic accesses and compares compiled inline.
     */
    private static boolean isTinyAndPure(Resolver sym, String caller, String owner, MethodNode callee) {
        if ((callee.access & (ACC_NATIVE | ACC_ABSTRACT | ACC_SYNCHRONIZED)) != 0) return false;
        if (!callee.tryCatchBlocks.isEmpty()) return false;
        boolean isStatic = (callee.access & ACC_STATIC) != 0;
        int count = 0;
        boolean fields = false;
        for (AbstractInsnNode i = callee.instructions.getFirst(); i != null; i = i.getNext()) {
            int op = i.getOpcode();
            if (op < 0) continue;
            if (++count > MAX_BODY) return false;
            if (pure(op)) {
                if (!isStatic && writesSlotZero(i)) return false; // `this` stays the receiver
                continue;
            }
            if (op == GETSTATIC || op == PUTSTATIC) {
                FieldInsnNode f = (FieldInsnNode) i;
                ClassPool.FieldRef ref = sym.pool().resolveField(f.owner, f.name);
                if (ref == null || !initialisedFor(sym, caller, ref.owner().name)) return false;
            } else if (op == GETFIELD || op == PUTFIELD) {
                if (isStatic) return false;
                fields = true;
            } else if (!(i instanceof MethodInsnNode mi && isInlineIntrinsic(mi))) {
                return false;
            }
        }
        return returnsWithOnlyItsValue(owner, callee) && (!fields || fieldsOfThisOnly(owner, callee));
    }

    private static boolean writesSlotZero(AbstractInsnNode i) {
        return (i instanceof VarInsnNode v && v.getOpcode() >= ISTORE && v.var == 0)
                || (i instanceof IincInsnNode inc && inc.var == 0);
    }

    /** A vmmagic method compiled to one arithmetic, compare, load or store (no CSR: its number must be a constant). */
    private static boolean isInlineIntrinsic(MethodInsnNode mi) {
        if (!mi.owner.startsWith(Reachability.VMMAGIC)) return false;
        KernelIntrinsic k = KernelIntrinsic.find(mi.owner, mi.name, mi.desc);
        if (k == null) return false;
        return switch (k.kind()) {
            case IDENTITY, ZERO, PLUS, MINUS, IS_ZERO, EQ, NE, LT, LE, GT, GE, LOAD, STORE -> true;
            default -> false;
        };
    }

    /** Every field access's object is {@code this} (local 0 as loaded, never reassigned): it cannot be null. */
    private static boolean fieldsOfThisOnly(String owner, MethodNode callee) {
        Frame<SourceValue>[] frames;
        try {
            frames = new Analyzer<>(new SourceInterpreter()).analyze(owner, callee);
        } catch (AnalyzerException e) {
            return false;
        }
        AbstractInsnNode[] insns = callee.instructions.toArray();
        for (int k = 0; k < insns.length; k++) {
            int op = insns[k].getOpcode();
            if (op != GETFIELD && op != PUTFIELD) continue;
            Frame<SourceValue> f = frames[k];
            if (f == null) continue; // unreachable
            SourceValue object = f.getStack(f.getStackSize() - (op == GETFIELD ? 1 : 2));
            for (AbstractInsnNode src : object.insns) {
                if (!(src instanceof VarInsnNode v && v.getOpcode() == ALOAD && v.var == 0)) return false;
            }
        }
        return true;
    }

    private static boolean pure(int op) {
        boolean divides = op >= IDIV && op <= DREM;
        return (op >= ACONST_NULL && op <= ALOAD)
                || (op >= ISTORE && op <= ASTORE)
                || (op >= POP && op <= SWAP)
                || (op >= IADD && op <= LXOR && !divides)
                || op == IINC
                || op == I2L
                || op == L2I
                || (op >= I2B && op <= I2S)
                || op == LCMP
                || (op >= IFEQ && op <= GOTO)
                || op == IFNULL
                || op == IFNONNULL
                || (op >= IRETURN && op <= RETURN);
    }

    /** True if the operand stack holds just the result at every return (so the inlined body can jump past). */
    private static boolean returnsWithOnlyItsValue(String owner, MethodNode callee) {
        Frame<BasicValue>[] frames;
        try {
            frames = new Analyzer<>(new BasicInterpreter()).analyze(owner, callee);
        } catch (AnalyzerException e) {
            return false;
        }
        int resultSlots = Type.getReturnType(callee.desc).getSort() == Type.VOID ? 0 : 1;
        AbstractInsnNode[] insns = callee.instructions.toArray();
        for (int k = 0; k < insns.length; k++) {
            int op = insns[k].getOpcode();
            if (op >= IRETURN && op <= RETURN && frames[k] != null && frames[k].getStackSize() != resultSlots)
                return false;
        }
        return true;
    }

    /**
     * Replaces the call by the callee's body working on fresh local slots from {@code base}. The arguments' stores
     * and the receiver's null check keep the call's line (the JVM's invoke fails in the caller); the body's lines
     * become positions ({@code position}: callee line to position), and after it the call's line holds again.
     */
    private static void splice(
            MethodNode caller,
            MethodInsnNode call,
            ClassPool.MethodRef ref,
            int base,
            java.util.function.IntUnaryOperator position) {
        MethodNode callee = ref.method();
        int callerLine = lineOf(call);
        InsnList body = argumentStores(callee, base);
        LabelNode end = new LabelNode();
        Map<LabelNode, LabelNode> labels = new HashMap<>();
        for (AbstractInsnNode i = callee.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i instanceof LabelNode l) labels.put(l, new LabelNode());
        }
        AbstractInsnNode last = lastInstruction(callee);
        for (AbstractInsnNode i = callee.instructions.getFirst(); i != null; i = i.getNext()) {
            int op = i.getOpcode();
            if (op >= IRETURN && op <= RETURN) {
                if (i != last) body.add(new JumpInsnNode(GOTO, end)); // the result stays on the stack
            } else if (i instanceof LineNumberNode ln && callerLine > 0) { // else dropped: no line to return to
                body.add(new LineNumberNode(position.applyAsInt(ln.line), labels.get(ln.start)));
            } else if (op >= 0 || i instanceof LabelNode) {
                body.add(renumbered(i.clone(labels), base)); // frames are dropped
            }
        }
        body.add(end);
        if (callerLine > 0) body.add(new LineNumberNode(callerLine, end));
        caller.instructions.insert(call, body);
        caller.instructions.remove(call);
    }

    /**
     * Moves the arguments from the stack (last on top) to the callee's parameter slots, renumbered from base; an
     * instance method's receiver goes to base and is checked for null first, where the JVM's invoke checks it.
     */
    private static InsnList argumentStores(MethodNode callee, int base) {
        InsnList stores = new InsnList();
        boolean instance = (callee.access & ACC_STATIC) == 0;
        Type[] args = Type.getArgumentTypes(callee.desc);
        int[] slot = new int[args.length];
        for (int k = 0, next = instance ? 1 : 0; k < args.length; next += args[k].getSize(), k++) slot[k] = next;
        for (int k = args.length - 1; k >= 0; k--) {
            boolean read = reads(callee, slot[k]);
            int pop = args[k].getSize() == 2 ? POP2 : POP;
            stores.add(read ? new VarInsnNode(args[k].getOpcode(ISTORE), base + slot[k]) : new InsnNode(pop));
        }
        if (instance) {
            if (reads(callee, 0)) {
                stores.add(new VarInsnNode(ASTORE, base));
                stores.add(new VarInsnNode(ALOAD, base));
            }
            stores.add(new MethodInsnNode(INVOKESTATIC, Reachability.NATIVE, "nullCheck", "(Ljava/lang/Object;)V"));
        }
        return stores;
    }

    /** True if the method reads local slot {@code slot} (a parameter it never reads need not be stored). */
    private static boolean reads(MethodNode m, int slot) {
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i instanceof VarInsnNode v && v.getOpcode() <= ALOAD && v.var == slot) return true;
            if (i instanceof IincInsnNode inc && inc.var == slot) return true;
        }
        return false;
    }

    private static AbstractInsnNode renumbered(AbstractInsnNode i, int base) {
        if (i instanceof VarInsnNode v) v.var += base;
        if (i instanceof IincInsnNode inc) inc.var += base;
        return i;
    }

    private static AbstractInsnNode lastInstruction(MethodNode m) {
        AbstractInsnNode i = m.instructions.getLast();
        while (i != null && i.getOpcode() < 0) i = i.getPrevious();
        return i;
    }

    /** A copy of m's code (fresh labels) with the same signature and limits. */
    private static MethodNode copyOf(MethodNode m) {
        MethodNode copy =
                new MethodNode(ASM9, m.access, m.name, m.desc, m.signature, m.exceptions.toArray(new String[0]));
        Map<LabelNode, LabelNode> labels = new HashMap<>();
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i instanceof LabelNode l) labels.put(l, new LabelNode());
        }
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext())
            copy.instructions.add(i.clone(labels));
        for (org.objectweb.asm.tree.TryCatchBlockNode t : m.tryCatchBlocks) {
            copy.tryCatchBlocks.add(new org.objectweb.asm.tree.TryCatchBlockNode(
                    labels.get(t.start), labels.get(t.end), labels.get(t.handler), t.type));
        }
        copy.visibleAnnotations = m.visibleAnnotations;
        copy.invisibleAnnotations = m.invisibleAnnotations;
        copy.maxLocals = m.maxLocals;
        copy.maxStack = m.maxStack;
        return copy;
    }
}
