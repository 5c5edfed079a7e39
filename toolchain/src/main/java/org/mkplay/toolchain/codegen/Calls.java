package org.mkplay.toolchain.codegen;

import static org.mkplay.toolchain.asm.Reg.*;
import static org.objectweb.asm.Opcodes.*;

import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Encoder;
import org.mkplay.toolchain.asm.Label;
import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.front.Reachability;
import org.mkplay.toolchain.front.Subset;
import org.mkplay.toolchain.link.Layout;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/** Object-model instructions: calls, fields, allocation, arrays, type tests and string concatenation. */
final class Calls {
    private final MethodCompiler mc;
    private final Assembler a;
    private final Symbols sym;

    Calls(MethodCompiler mc) {
        this.mc = mc;
        this.a = mc.a;
        this.sym = mc.sym;
    }

    void translate(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        if (op >= IALOAD && op <= SALOAD) arrayLoad(op);
        else if (op >= IASTORE && op <= SASTORE) arrayStore(op);
        else if (op == GETSTATIC || op == PUTSTATIC) staticField((FieldInsnNode) insn);
        else if (op == GETFIELD || op == PUTFIELD) instanceField((FieldInsnNode) insn);
        else if (op >= INVOKEVIRTUAL && op <= INVOKEINTERFACE) invoke((MethodInsnNode) insn);
        else if (op == INVOKEDYNAMIC) Concat.emit(mc, (InvokeDynamicInsnNode) insn);
        else if (op == NEW) newObject(((TypeInsnNode) insn).desc);
        else if (op == NEWARRAY) newArray(Subset.primitiveArrayDescriptor(((IntInsnNode) insn).operand));
        else if (op == ANEWARRAY) newArray(arrayOf(((TypeInsnNode) insn).desc));
        else if (op == MULTIANEWARRAY) multiNewArray((MultiANewArrayInsnNode) insn);
        else if (op == ARRAYLENGTH) arrayLength();
        else if (op == ATHROW) athrow();
        else if (op == CHECKCAST) checkCast(((TypeInsnNode) insn).desc);
        else if (op == INSTANCEOF) instanceOf(((TypeInsnNode) insn).desc);
        else if (op != NOP) throw new IllegalStateException("opcode " + op + " is not supported");
    }

    private static String arrayOf(String elem) {
        return elem.startsWith("[") ? "[" + elem : "[L" + elem + ";";
    }

    // ---- fields ----

    private void staticField(FieldInsnNode fi) {
        ClassPool.FieldRef f = sym.pool().resolveField(fi.owner, fi.name);
        mc.initGuard(f.owner().name);
        a.la(T2, sym.staticField(f));
        if (fi.getOpcode() == GETSTATIC) {
            int k = mc.depth++;
            int d = mc.dest(k, T0);
            a.emit(load(fi.desc.charAt(0), d, T2, 0));
            mc.commit(k, d, false);
        } else {
            int r = mc.reg(mc.depth - 1, T0);
            a.emit(store(fi.desc.charAt(0), r, T2, 0));
            mc.pop();
        }
    }

    private void instanceField(FieldInsnNode fi) {
        ClassPool.FieldRef f = sym.pool().resolveField(fi.owner, fi.name);
        int offset = sym.layout().fieldOffset(f);
        char t = fi.desc.charAt(0);
        if (fi.getOpcode() == GETFIELD) {
            int k = mc.depth - 1;
            int obj = objectReg(k, T0);
            int d = mc.dest(k, T0);
            a.emit(load(t, d, obj, offset));
            mc.commit(k, d, false);
        } else {
            int k = mc.depth - 2;
            int obj = objectReg(k, T0);
            int v = mc.reg(k + 1, T1);
            a.emit(store(t, v, obj, offset));
            mc.depth = k;
        }
    }

    /** Register of a reference operand, null-checked unless known non-null. */
    private int objectReg(int k, int scratch) {
        int r = mc.reg(k, scratch);
        if (!mc.knownNonNull(k)) mc.nullCheck(r);
        mc.noteNonNull(k);
        return r;
    }

    /** Load of a value of JVM type t (descriptor char) with the right width and extension. */
    static int load(char t, int rd, int base, int offset) {
        return switch (t) {
            case 'Z' -> Encoder.lbu(rd, base, offset);
            case 'B' -> Encoder.lb(rd, base, offset);
            case 'C' -> Encoder.lhu(rd, base, offset);
            case 'S' -> Encoder.lh(rd, base, offset);
            case 'I' -> Encoder.lw(rd, base, offset);
            default -> Encoder.ld(rd, base, offset);
        };
    }

    static int store(char t, int rs, int base, int offset) {
        return switch (t) {
            case 'Z', 'B' -> Encoder.sb(rs, base, offset);
            case 'C', 'S' -> Encoder.sh(rs, base, offset);
            case 'I' -> Encoder.sw(rs, base, offset);
            default -> Encoder.sd(rs, base, offset);
        };
    }

    // ---- calls ----

    private void invoke(MethodInsnNode mi) {
        if (mi.owner.equals(Reachability.NATIVE)) {
            Intrinsics.emit(mc, mi);
            return;
        }
        if (mi.owner.startsWith(Reachability.VMMAGIC)) {
            KernelIntrinsics.emit(mc, mi);
            return;
        }
        if (mi.owner.startsWith("[")) {
            if (mi.name.equals("clone")) {
                Entry arr = mc.vs[mc.depth - 1];
                passArguments(mc.depth - 1, 1);
                if (!arr.nonNull) mc.nullCheck(A0);
                a.jal(RA, sym.routine("rt_clone"));
                finishCall(mc.depth - 1, Type.getType(Object.class));
                return;
            }
            mi = new MethodInsnNode(mi.getOpcode(), "java/lang/Object", mi.name, mi.desc, false);
        }
        if (mi.getOpcode() == INVOKESPECIAL && mi.owner.equals("java/lang/Object") && mi.name.equals("<init>")) {
            mc.pop(); // Object.<init> does nothing
            return;
        }
        ClassPool.MethodRef target = sym.pool().resolveMethod(mi.owner, mi.name, mi.desc);
        Type[] args = Type.getArgumentTypes(mi.desc);
        int n = args.length + (mi.getOpcode() == INVOKESTATIC ? 0 : 1);
        int base = mc.depth - n;
        boolean receiverNonNull = mi.getOpcode() != INVOKESTATIC && mc.knownNonNull(base);
        if (mi.getOpcode() != INVOKESTATIC) mc.noteNonNull(base);
        passArguments(base, n);
        if (mi.getOpcode() != INVOKESTATIC && !receiverNonNull) mc.nullCheck(A0);
        dispatch(mi, target);
        finishCall(base, Type.getReturnType(mi.desc));
    }

    /** Saves live entries below base, then moves the n entries from base into a0..a7 / outgoing slots. */
    void passArguments(int base, int n) {
        mc.saveLive(base);
        for (int k = 0; k < n; k++) {
            if (k < 8) {
                mc.regInto(base + k, A0 + k);
            } else {
                a.emit(Encoder.sd(mc.reg(base + k, T0), SP, 8 * (k - 8)));
            }
        }
    }

    void finishCall(int base, Type result) {
        mc.depth = base;
        mc.restoreLive(base);
        if (result.getSort() != Type.VOID) mc.pushReg(A0, false);
    }

    private void dispatch(MethodInsnNode mi, ClassPool.MethodRef target) {
        int op = mi.getOpcode();
        boolean direct = op == INVOKESTATIC || op == INVOKESPECIAL
            || (target.method().access & ACC_PRIVATE) != 0 || isEffectivelyFinal(target);
        if (direct) {
            a.jal(RA, sym.method(target));
            return;
        }
        String sel = mi.name + mi.desc;
        Layout.ClassInfo objectInfo = sym.layout().get("java/lang/Object");
        Layout.ClassInfo owner = sym.layout().get(mi.owner);
        a.emit(Encoder.ld(T0, A0, 0));
        if (owner != null && !owner.isInterface && owner.vtableSlot(sel) >= 0) {
            a.emit(Encoder.ld(T0, T0, Layout.DESC_VTABLE + 8L * owner.vtableSlot(sel)));
        } else if (objectInfo.vtableSlot(sel) >= 0) {
            a.emit(Encoder.ld(T0, T0, Layout.DESC_VTABLE + 8L * objectInfo.vtableSlot(sel)));
        } else {
            int idx = sym.layout().interfaceSelector(sel);
            if (idx < 0) throw new IllegalStateException("no interface selector " + sel);
            a.emit(Encoder.ld(T0, T0, Layout.DESC_ITABLE));
            loadOffset(T0, T0, 8L * idx);
        }
        a.emit(Encoder.jalr(RA, T0, 0));
    }

    /** rd = 64-bit load from base + offset, any offset. */
    private void loadOffset(int rd, int base, long offset) {
        if (offset < 2048) {
            a.emit(Encoder.ld(rd, base, offset));
        } else {
            a.li(T1, offset);
            a.emit(Encoder.add(rd, base, T1));
            a.emit(Encoder.ld(rd, rd, 0));
        }
    }

    /** A reachable method no subclass can override: call it directly. */
    private boolean isEffectivelyFinal(ClassPool.MethodRef target) {
        boolean fin = (target.method().access & ACC_FINAL) != 0 || (target.owner().access & ACC_FINAL) != 0;
        return fin && (target.method().access & ACC_ABSTRACT) == 0 && sym.reach().methods().containsKey(target.key());
    }

    // ---- allocation ----

    private void newObject(String cls) {
        mc.initGuard(cls);
        Layout.ClassInfo ci = sym.layout().info(cls);
        mc.saveLive(mc.depth);
        a.la(A0, sym.descriptor(cls));
        a.li(A1, ci.instanceSize);
        a.jal(RA, sym.routine("rt_alloc"));
        mc.restoreLive(mc.depth);
        mc.pushReg(A0, true);
    }

    private void newArray(String arrayDesc) {
        int k = mc.depth - 1;
        int len = mc.reg(k, T0);
        if (!(mc.vs[k].isConst() && mc.vs[k].value >= 0)) {
            a.blt(len, ZERO, mc.faultStub("negativeSize", "(ILjava/lang/String;)V", A1, A0, len));
        }
        mc.saveLive(k);
        a.mv(A1, len);
        a.la(A0, sym.descriptor(arrayDesc));
        a.jal(RA, sym.routine("rt_newarray"));
        mc.depth = k;
        mc.restoreLive(k);
        mc.pushReg(A0, true);
    }

    private void multiNewArray(MultiANewArrayInsnNode ma) {
        int n = ma.dims, base = mc.depth - n;
        for (int k = 0; k < n; k++) {
            int r = mc.reg(base + k, T0);
            a.blt(r, ZERO, mc.faultStub("negativeSize", "(ILjava/lang/String;)V", A1, A0, r));
        }
        mc.saveLive(mc.depth);
        a.la(A0, sym.descriptor("[I"));
        a.li(A1, n);
        a.jal(RA, sym.routine("rt_newarray"));
        a.mv(A1, A0);
        for (int k = 0; k < n; k++) {
            mc.savedInto(base + k, T0);
            a.emit(Encoder.sw(T0, A1, Layout.ARRAY_DATA + 4L * k));
        }
        a.la(A0, sym.arrayDescriptorTable(ma.desc, n));
        a.li(A2, 0);
        ClassNode rt = sym.pool().get("org/mkplay/rt/Rt");
        a.jal(RA, sym.method(new ClassPool.MethodRef(rt, ClassPool.declared(rt, "multiNew", "(J[II)Ljava/lang/Object;"))));
        mc.depth = base;
        mc.restoreLive(base);
        mc.pushReg(A0, true);
    }

    // ---- arrays ----

    private static char elementType(int op) {
        return switch (op) {
            case IALOAD, IASTORE -> 'I';
            case LALOAD, LASTORE, AALOAD, AASTORE -> 'J';
            case BALOAD, BASTORE -> 'B';
            case CALOAD, CASTORE -> 'C';
            case SALOAD, SASTORE -> 'S';
            default -> throw new IllegalStateException("floating-point array opcode " + op);
        };
    }

    private static int shiftOf(char t) {
        return switch (t) {
            case 'B' -> 0;
            case 'C', 'S' -> 1;
            case 'I' -> 2;
            default -> 3;
        };
    }

    /**
     * Null and bounds check of entries (array k, index k+1), unless this straight-line code already checked the
     * same registers (see {@link ElementFacts}); returns [base register, offset] for the element.
     */
    private int[] element(int k, char t) {
        int arr = mc.reg(k, T0);
        Entry idxEntry = mc.vs[k + 1];
        int idx = mc.reg(k + 1, T1);
        int shift = shiftOf(t);
        if (mc.elements.find(arr, idx) == null) check(k, arr, idx);
        mc.noteNonNull(k);
        if (idxEntry.isConst() && Layout.ARRAY_DATA + (idxEntry.value << shift) < 2048) {
            if (mc.elements.find(arr, idx) == null) mc.elements.record(arr, idx, shift, -1);
            return new int[] {arr, (int) (Layout.ARRAY_DATA + (idxEntry.value << shift))};
        }
        int address = mc.elements.address(arr, idx, shift);
        if (address < 0) {
            address = mc.elements.freeAddressRegister();
            if (shift == 0) {
                a.emit(Encoder.add(address, arr, idx));
            } else {
                a.emit(Encoder.slli(address, idx, shift));
                a.emit(Encoder.add(address, arr, address));
            }
            mc.elements.record(arr, idx, shift, address);
        }
        return new int[] {address, Layout.ARRAY_DATA};
    }

    /** The null and bounds checks of an access: one compare against the length shadow if the array local has one. */
    private void check(int k, int arr, int idx) {
        int shadow = mc.shadowOf(k);
        if (shadow >= 0) {
            a.bgeu(idx, shadow, mc.shadowCheckStub(arr, idx, shadow)); // null and bounds in one compare
            return;
        }
        if (!mc.knownNonNull(k)) mc.nullCheck(arr);
        a.emit(Encoder.lw(T2, arr, Layout.ARRAY_LENGTH));
        a.bgeu(idx, T2, mc.faultStub("index", "(IILjava/lang/String;)V", A2, A0, idx, A1, T2));
    }

    private void arrayLoad(int op) {
        char t = elementType(op);
        int k = mc.depth - 2;
        int[] at = element(k, t);
        mc.depth = k;
        int d = mc.dest(k, T0);
        a.emit(load(t, d, at[0], at[1]));
        mc.commit(k, d, false);
        mc.depth = k + 1;
    }

    private void arrayStore(int op) {
        char t = elementType(op);
        int k = mc.depth - 3;
        if (op == AASTORE && !isNullConstant(k + 2)) storeCheck(k);
        int[] at = element(k, t);
        int v = mc.reg(k + 2, at[0] == T0 ? T1 : T0);
        a.emit(store(t, v, at[0], at[1]));
        mc.depth = k;
    }

    private boolean isNullConstant(int k) {
        return mc.vs[k].isConst() && mc.vs[k].value == 0;
    }

    /**
     * aastore's type check: Rt.checkStore(array, index, value, where) reports ArrayStoreException when the value
     * is not an instance of the array's element type. It ignores null arrays and bad indexes, which the inline
     * checks that follow report, so the JVM's order (NPE, AIOOBE, then ArrayStoreException) is kept.
     */
    private void storeCheck(int k) {
        mc.saveLive(mc.depth);
        mc.regInto(k, A0);
        mc.regInto(k + 1, A1);
        mc.regInto(k + 2, A2);
        a.la(A3, sym.string(mc.where()));
        a.jal(RA, sym.method(rt("checkStore", "([Ljava/lang/Object;ILjava/lang/Object;Ljava/lang/String;)V")));
        mc.restoreLive(mc.depth);
    }

    private void arrayLength() {
        int k = mc.depth - 1;
        int shadow = mc.shadowOf(k);
        int arr = objectReg(k, T0);
        int d = mc.dest(k, T0);
        if (shadow >= 0) a.mv(d, shadow);
        else a.emit(Encoder.lw(d, arr, Layout.ARRAY_LENGTH));
        mc.commit(k, d, false);
    }

    /** throw: reported as an uncaught exception (Fault.uncaught never returns). */
    private void athrow() {
        mc.regInto(mc.depth - 1, A0);
        a.la(A1, sym.string(mc.where()));
        a.jal(RA, mc.fault("uncaught", "(Ljava/lang/Throwable;Ljava/lang/String;)V"));
        mc.depth = 0;
    }

    // ---- type tests ----

    /** a1 = the target operand of Rt.isInstance: a descriptor address or -(interface id + 1). */
    private void typeTarget(String desc) {
        Layout.ClassInfo ci = desc.startsWith("[") ? null : sym.layout().info(desc);
        if (ci != null && ci.isInterface) a.li(A1, -(ci.interfaceId + 1L));
        else a.la(A1, sym.descriptor(desc));
    }

    private ClassPool.MethodRef rt(String name, String desc) {
        ClassNode rt = sym.pool().get("org/mkplay/rt/Rt");
        return new ClassPool.MethodRef(rt, ClassPool.declared(rt, name, desc));
    }

    private void checkCast(String desc) {
        int k = mc.depth - 1;
        Label done = a.newLabel(null);
        int r = mc.reg(k, T0);
        a.beq(r, ZERO, done);
        mc.saveLive(mc.depth);
        a.mv(A0, r);
        typeTarget(desc);
        String javaName = desc.startsWith("[") ? desc.replace('/', '.') : desc.replace('/', '.');
        a.la(A2, sym.string(javaName));
        a.la(A3, sym.string(mc.where()));
        a.jal(RA, sym.method(rt("checkCast", "(Ljava/lang/Object;JLjava/lang/String;Ljava/lang/String;)V")));
        mc.restoreLive(mc.depth);
        a.bind(done);
    }

    private void instanceOf(String desc) {
        int k = mc.depth - 1;
        Label isNull = a.newLabel(null), done = a.newLabel(null);
        int r = mc.reg(k, T0);
        mc.saveLive(k);
        a.mv(A0, r);
        a.beq(A0, ZERO, isNull);
        typeTarget(desc);
        a.jal(RA, sym.method(rt("isInstance", "(Ljava/lang/Object;J)Z")));
        a.j(done);
        a.bind(isNull);
        a.li(A0, 0);
        a.bind(done);
        mc.depth = k;
        mc.restoreLive(k);
        mc.pushReg(A0, false);
    }
}
