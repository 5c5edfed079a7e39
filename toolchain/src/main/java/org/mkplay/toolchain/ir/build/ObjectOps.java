package org.mkplay.toolchain.ir.build;

import static org.objectweb.asm.Opcodes.*;

import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.front.Subset;
import org.mkplay.toolchain.ir.Access;
import org.mkplay.toolchain.ir.CallSite;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.ir.Op;
import org.mkplay.toolchain.ir.Ref;
import org.mkplay.toolchain.ir.StaticField;
import org.mkplay.toolchain.ir.VType;
import org.mkplay.toolchain.layout.Layout;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Object-model bytecodes: fields, calls, arrays, allocation, type tests, throw. Every implicit check the
 * JVM makes is an explicit instruction ahead of the access (NULL_CHECK, BOUNDS_CHECK, SIZE_CHECK, and the
 * calls that check casts and array stores), so that the passes can delete the ones that cannot fail.
 */
final class ObjectOps {
    private final Builder b;

    ObjectOps(Builder b) {
        this.b = b;
    }

    void translate(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        if (op >= IALOAD && op <= SALOAD) arrayLoad(op);
        else if (op >= IASTORE && op <= SASTORE) arrayStore(op);
        else if (op == GETSTATIC || op == PUTSTATIC) staticField((FieldInsnNode) insn);
        else if (op == GETFIELD || op == PUTFIELD) instanceField((FieldInsnNode) insn);
        else if (op == NEW) newObject(((TypeInsnNode) insn).desc);
        else if (op == NEWARRAY) newArray(Subset.primitiveArrayDescriptor(((IntInsnNode) insn).operand));
        else if (op == ANEWARRAY) newArray(arrayOf(((TypeInsnNode) insn).desc));
        else if (op == MULTIANEWARRAY) multiNewArray((MultiANewArrayInsnNode) insn);
        else if (op == ARRAYLENGTH) arrayLength();
        else if (op == ATHROW) athrow();
        else if (op == CHECKCAST)
            b.emit(Op.CHECKCAST, -1, b.peek(0)).ref = new Ref.TypeName(((TypeInsnNode) insn).desc);
        else if (op == INSTANCEOF)
            b.push(Op.INSTANCEOF, VType.INT, b.pop()).ref = new Ref.TypeName(((TypeInsnNode) insn).desc);
        else throw new IllegalStateException("opcode " + op + " is not supported");
    }

    private static String arrayOf(String elem) {
        return elem.startsWith("[") ? "[" + elem : "[L" + elem + ";";
    }

    // ---- fields ----

    private void staticField(FieldInsnNode fi) {
        ClassPool.FieldRef f = b.res.pool().resolveField(fi.owner, fi.name);
        initGuard(f.owner().name);
        int addr = b.temp(VType.ADDR);
        b.emit(Op.STATIC_ADDR, addr).ref = new StaticField(f);
        if (fi.getOpcode() == GETSTATIC) {
            b.push(Op.LOAD, VType.of(fi.desc), addr).ref = Access.of(fi.desc);
        } else {
            b.emit(Op.STORE, -1, addr, b.pop()).ref = Access.of(fi.desc);
        }
    }

    private void instanceField(FieldInsnNode fi) {
        ClassPool.FieldRef f = b.res.pool().resolveField(fi.owner, fi.name);
        int offset = b.res.layout().fieldOffset(f);
        if (fi.getOpcode() == GETFIELD) {
            int obj = b.pop();
            b.emit(Op.NULL_CHECK, -1, obj);
            Insn load = b.push(Op.LOAD, VType.of(fi.desc), obj);
            load.imm = offset;
            load.ref = Access.of(fi.desc);
        } else {
            int value = b.pop(), obj = b.pop();
            b.emit(Op.NULL_CHECK, -1, obj);
            Insn store = b.emit(Op.STORE, -1, obj, value);
            store.imm = offset;
            store.ref = Access.of(fi.desc);
        }
    }

    /** Class initialisation before a use of cls, unless this code runs only after it (its own class or a subclass). */
    void initGuard(String cls) {
        Layout.ClassInfo target = b.res.layout().get(cls);
        if (target == null || !target.needsInit) return;
        if (b.res.pool().isSubtype(b.owner.name, cls) && !target.isInterface) return;
        b.emit(Op.INIT, -1).ref = new Ref.TypeName(cls);
    }

    // ---- calls ----

    void invoke(MethodInsnNode mi) {
        if (mi.owner.startsWith("[")) {
            if (mi.name.equals("clone")) {
                int arr = b.pop();
                b.emit(Op.NULL_CHECK, -1, arr);
                b.push(Op.CLONE, VType.REF, arr);
                return;
            }
            mi = new MethodInsnNode(mi.getOpcode(), "java/lang/Object", mi.name, mi.desc, false);
        }
        if (mi.getOpcode() == INVOKESPECIAL && mi.owner.equals("java/lang/Object") && mi.name.equals("<init>")) {
            b.pop(); // Object.<init> does nothing
            return;
        }
        ClassPool.MethodRef target = b.res.pool().resolveMethod(mi.owner, mi.name, mi.desc);
        int n = Type.getArgumentTypes(mi.desc).length + (mi.getOpcode() == INVOKESTATIC ? 0 : 1);
        int[] args = b.popN(n);
        if (mi.getOpcode() != INVOKESTATIC) b.emit(Op.NULL_CHECK, -1, args[0]);
        else if (!b.res.initialisesAtEntry(target.owner().name, target.method().name, target.method().desc))
            initGuard(target.owner().name); // JVMS 5.5: invokestatic initialises the method's declaring class
        call(new CallSite(target, dispatch(mi, target), slot(mi, target)), Type.getReturnType(mi.desc), args);
    }

    /** Emits the call; its result (if any) is pushed. */
    void call(CallSite site, Type result, int... args) {
        Insn c = result.getSort() == Type.VOID
                ? b.emit(Op.CALL, -1, args)
                : b.push(Op.CALL, VType.of(result.getDescriptor()), args);
        c.ref = site;
    }

    private CallSite.Dispatch dispatch(MethodInsnNode mi, ClassPool.MethodRef target) {
        int op = mi.getOpcode();
        boolean direct = op == INVOKESTATIC
                || op == INVOKESPECIAL
                || (target.method().access & ACC_PRIVATE) != 0
                || isEffectivelyFinal(target);
        if (direct) return CallSite.Dispatch.DIRECT;
        return vtableOwner(mi) != null ? CallSite.Dispatch.VIRTUAL : CallSite.Dispatch.INTERFACE;
    }

    /** The class whose vtable has the method's slot (the static owner or Object), or null for an interface method. */
    private Layout.ClassInfo vtableOwner(MethodInsnNode mi) {
        String sel = mi.name + mi.desc;
        Layout.ClassInfo owner = b.res.layout().get(mi.owner);
        if (owner != null && !owner.isInterface && owner.vtableSlot(sel) >= 0) return owner;
        Layout.ClassInfo object = b.res.layout().get("java/lang/Object");
        return object.vtableSlot(sel) >= 0 ? object : null;
    }

    private int slot(MethodInsnNode mi, ClassPool.MethodRef target) {
        if (dispatch(mi, target) == CallSite.Dispatch.DIRECT) return -1;
        String sel = mi.name + mi.desc;
        Layout.ClassInfo owner = vtableOwner(mi);
        if (owner != null) return owner.vtableSlot(sel);
        int idx = b.res.layout().interfaceSelector(sel);
        if (idx < 0) throw new IllegalStateException("no interface selector " + sel);
        return idx;
    }

    /** A reachable method no subclass can override: called directly. */
    private boolean isEffectivelyFinal(ClassPool.MethodRef target) {
        boolean fin = (target.method().access & ACC_FINAL) != 0 || (target.owner().access & ACC_FINAL) != 0;
        return fin
                && (target.method().access & ACC_ABSTRACT) == 0
                && b.res.reach().methods().containsKey(target.key());
    }

    // ---- allocation ----

    private void newObject(String cls) {
        initGuard(cls);
        b.push(Op.NEW, VType.REF).ref = new Ref.TypeName(cls);
    }

    private void newArray(String arrayDesc) {
        int len = b.pop();
        sizeCheck(len);
        b.push(Op.NEWARRAY, VType.REF, len).ref = new Ref.TypeName(arrayDesc);
    }

    private void sizeCheck(int len) {
        Long c = b.constantOf(len);
        if (c == null || c < 0) b.emit(Op.SIZE_CHECK, -1, len);
    }

    /** Rt.multiNew builds the arrays from an int[] of the lengths, allocated and filled first. */
    private void multiNewArray(MultiANewArrayInsnNode ma) {
        int[] dims = b.popN(ma.dims);
        for (int d : dims) sizeCheck(d);
        int lengths = b.temp(VType.REF);
        b.emit(Op.NEWARRAY, lengths, b.constant(VType.INT, ma.dims)).ref = new Ref.TypeName("[I");
        for (int k = 0; k < dims.length; k++) {
            Insn s = b.emit(Op.STORE, -1, lengths, dims[k]);
            s.imm = Layout.ARRAY_DATA + 4L * k;
            s.ref = new Access('I');
        }
        Insn multi = b.push(Op.MULTINEWARRAY, VType.REF, lengths);
        multi.ref = new Ref.TypeName(ma.desc);
        multi.imm = ma.dims;
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

    private static VType valueType(int op) {
        return switch (op) {
            case LALOAD -> VType.LONG;
            case AALOAD -> VType.REF;
            default -> VType.INT;
        };
    }

    /**
     * The checks of an element access and its address. One BOUNDS_CHECK against the
     * length-or-zero covers null as well; a constant index folds into the offset.
     */
    private MemoryOperand element(int arr, int idx, char t) {
        int len = b.temp(VType.INT);
        b.emit(Op.ALEN0, len, arr);
        b.emit(Op.BOUNDS_CHECK, -1, arr, idx, len);
        int shift = shiftOf(t);
        Long c = b.constantOf(idx);
        if (c != null && Layout.ARRAY_DATA + (c << shift) < 2048)
            return new MemoryOperand(arr, (int) (Layout.ARRAY_DATA + (c << shift)));
        int offset = idx;
        if (shift > 0) {
            offset = b.temp(VType.LONG);
            Insn scaled = b.emit(Op.SHL, offset, idx, idx);
            scaled.setConstant(1, shift);
            scaled.wide = true; // the index is checked, so non-negative: the word shift is exact
        }
        int address = b.temp(VType.ADDR);
        b.emit(Op.ADD, address, arr, offset).wide = true;
        return new MemoryOperand(address, Layout.ARRAY_DATA);
    }

    private void arrayLoad(int op) {
        char t = elementType(op);
        int idx = b.pop(), arr = b.pop();
        MemoryOperand at = element(arr, idx, t);
        Insn load = b.push(Op.LOAD, valueType(op), at.base());
        load.imm = at.offset();
        load.ref = new Access(op == BALOAD ? 'B' : t);
    }

    private void arrayStore(int op) {
        char t = elementType(op);
        int value = b.pop(), idx = b.pop(), arr = b.pop();
        Long c = b.constantOf(value);
        if (op == AASTORE && (c == null || c != 0)) b.emit(Op.STORE_CHECK, -1, arr, idx, value);
        MemoryOperand at = element(arr, idx, t);
        Insn store = b.emit(Op.STORE, -1, at.base(), value);
        store.imm = at.offset();
        store.ref = new Access(t);
    }

    private void arrayLength() {
        int arr = b.pop();
        b.emit(Op.NULL_CHECK, -1, arr);
        b.push(Op.ALEN, VType.INT, arr);
    }

    /** throw: the runtime's unwinder (rt_throw) finds the handler or reports the exception as uncaught; it never returns. */
    private void athrow() {
        int ex = b.pop();
        b.stack.clear();
        Insn t = new Insn(Op.THROW, -1, b.line, ex);
        b.end(t);
    }
}
