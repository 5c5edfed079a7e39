package org.mkplay.toolchain.ir.build;

import org.mkplay.toolchain.front.AddressInterpreter;
import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.front.KernelIntrinsic;
import org.mkplay.toolchain.front.Reachability;
import org.mkplay.toolchain.front.Subset;
import org.mkplay.toolchain.ir.Access;
import org.mkplay.toolchain.ir.CallSite;
import org.mkplay.toolchain.ir.Cond;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.ir.Op;
import org.mkplay.toolchain.ir.Ref;
import org.mkplay.toolchain.ir.VType;
import org.mkplay.toolchain.layout.Layout;
import org.mkplay.toolchain.layout.LinkLabels;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Calls the compiler implements itself: org.mkplay.rt.Native (runtime library), org.mkplay.vmmagic (kernel
 * profile: an Address is a plain word, so most methods are one arithmetic, compare, load or store), and
 * javac's string concatenation (invokedynamic makeConcatWithConstants, compiled to a StringBuilder chain:
 * Rt.newBuilder(), append per piece, toString()).
 */
final class IntrinsicOps {
    private final Builder b;
    private Frame<BasicValue>[] addressFrames; // for constant CSR numbers, computed when first needed

    IntrinsicOps(Builder b) {
        this.b = b;
    }

    /** Translates mi if it is an intrinsic; false if it is an ordinary call. */
    boolean translate(MethodInsnNode mi) {
        if (mi.owner.equals(Reachability.NATIVE)) {
            nativeMethod(mi);
            return true;
        }
        if (mi.owner.equals(SYSCALL) && mi.name.equals("invoke") && registerForm(mi.desc)) {
            registerSyscall(Type.getArgumentTypes(mi.desc));
            return true;
        }
        if (mi.owner.startsWith(Reachability.VMMAGIC)) {
            KernelIntrinsic in = KernelIntrinsic.find(mi.owner, mi.name, mi.desc);
            if (in == null)
                throw new IllegalStateException("no kernel intrinsic " + mi.owner + "." + mi.name + mi.desc);
            kernel(mi, in);
            return true;
        }
        return false;
    }

    private void nativeMethod(MethodInsnNode mi) {
        Type ret = Type.getReturnType(mi.desc);
        switch (mi.name) {
            case "putByte" -> routine("rt_putc", ret, 1);
            case "exit" -> routine("rt_exit", ret, 1);
            case "fault" -> routine("rt_fault", ret, 1);
            case "syscall" -> syscall(mi, ret);
            case "newArray" -> routine("rt_newarray", ret, 2);
            case "raise" -> routine("rt_throw", ret, 1);
            case "resume" -> routine("rt_resume", ret, 3);
            case "stackPointer" -> routine("rt_sp", ret, 0);
            case "returnAddress" -> routine("rt_ra", ret, 0);
            case "unwindMethods" ->
                b.push(Op.LINK_ADDRESS, VType.LONG).ref = new Ref.LinkLabel(LinkLabels.UNWIND_METHODS);
            case "unwindSites" -> b.push(Op.LINK_ADDRESS, VType.LONG).ref = new Ref.LinkLabel(LinkLabels.UNWIND_SITES);
            case "unwindRegs" -> b.push(Op.LINK_ADDRESS, VType.LONG).ref = new Ref.LinkLabel(LinkLabels.UNWIND_REGS);
            case "leafRa" -> b.push(Op.LINK_ADDRESS, VType.LONG).ref = new Ref.LinkLabel(LinkLabels.LEAF_RA);
            case "nullCheck" -> b.emit(Op.NULL_CHECK, -1, b.pop()); // Inliner: an inlined instance call's receiver
            case "loadLong" -> load(b.pop(), 0, 'J', VType.LONG);
            case "loadByte" -> load(b.pop(), 0, 'Z', VType.INT);
            case "storeByte" -> store('B');
            case "storeLong" -> store('J');
            case "addressOf" -> b.push(Op.MOV, VType.LONG, b.pop());
            case "gcInfo" -> b.push(Op.LINK_ADDRESS, VType.LONG).ref = new Ref.LinkLabel("heap_ptr");
            case "instret" -> {
                Insn r = b.push(Op.CSR, VType.LONG);
                r.imm = org.mkplay.riscv.priv.Csr.INSTRET;
                r.ref = new Ref.MachineOp(KernelIntrinsic.Kind.CSR_READ);
            }
            case "objectAt" -> b.push(Op.MOV, VType.REF, b.pop());
            case "className" -> {
                int desc = b.temp(VType.ADDR);
                Insn d = b.emit(Op.LOAD, desc, b.pop());
                d.ref = new Access('J');
                load(desc, Layout.DESC_NAME, 'J', VType.REF);
            }
            default -> throw new IllegalStateException("unknown intrinsic Native." + mi.name);
        }
    }

    /** The user profile's system-call class: its register forms are compiled inline, not called. */
    static final String SYSCALL = "org/mkplay/rt/Syscall";

    /** (int number, long a0.., up to 8 of them [, long[] results])J: a system call in registers. */
    static boolean registerForm(String desc) {
        Type[] args = Type.getArgumentTypes(desc);
        if (!Type.getReturnType(desc).equals(Type.LONG_TYPE) || args.length == 0 || !args[0].equals(Type.INT_TYPE))
            return false;
        boolean results =
                args.length > 1 && args[args.length - 1].getDescriptor().equals("[J");
        if (results && args.length == 2) return false; // (I[J)J: the register block, rt_syscall
        int given = args.length - 1 - (results ? 1 : 0);
        if (given > 8) return false;
        for (int k = 1; k <= given; k++) if (!args[k].equals(Type.LONG_TYPE)) return false;
        return true;
    }

    /**
     * Syscall.invoke(number, a0.. [, results]) as one SYSCALL with every argument register given (those the call
     * leaves out are 0, so no value left in a register becomes an argument) and, with results, the check that
     * results[8] exists (NullPointerException or ArrayIndexOutOfBoundsException before the kernel is entered).
     */
    private void registerSyscall(Type[] args) {
        boolean results = args[args.length - 1].getSort() == Type.ARRAY;
        int[] v = b.popN(args.length);
        int given = args.length - 1 - (results ? 1 : 0);
        int[] src = new int[results ? 10 : 9];
        src[0] = v[0];
        for (int k = 0; k < 8; k++) src[1 + k] = k < given ? v[1 + k] : zero();
        if (results) {
            int array = v[v.length - 1], len = b.temp(VType.INT);
            b.emit(Op.ALEN0, len, array);
            b.emit(Op.BOUNDS_CHECK, -1, array, b.constant(VType.INT, 8), len);
            src[9] = array;
        }
        b.push(Op.SYSCALL, VType.LONG, src);
    }

    /**
     * Native.syscall: the register block's form (number, long[]) is the routine rt_syscall; the register forms
     * (number, a0..a7 [, results]) are one SYSCALL, lowered inline (codegen.CallLowering).
     */
    private void syscall(MethodInsnNode mi, Type result) {
        if (registerForm(mi.desc)) registerSyscall(Type.getArgumentTypes(mi.desc));
        else routine("rt_syscall", result, 2);
    }

    private void routine(String name, Type result, int n) {
        int[] args = b.popN(n);
        Insn r = result.getSort() == Type.VOID
                ? b.emit(Op.ROUTINE, -1, args)
                : b.push(Op.ROUTINE, VType.of(result.getDescriptor()), args);
        r.ref = new Ref.LinkLabel(name);
    }

    /** Native.storeX(address, value): one store of the type's width. */
    private void store(char type) {
        int value = b.pop(), address = b.pop();
        Insn s = b.emit(Op.STORE, -1, address, value);
        s.imm = 0;
        s.ref = new Access(type);
    }

    private void load(int base, long offset, char type, VType t) {
        Insn l = b.push(Op.LOAD, t, base);
        l.imm = offset;
        l.ref = new Access(type);
    }

    private void kernel(MethodInsnNode mi, KernelIntrinsic in) {
        Type ret = Type.getReturnType(mi.desc);
        VType rt = ret.getSort() == Type.VOID ? VType.INT : VType.of(ret.getDescriptor());
        switch (in.kind()) {
            case IDENTITY -> b.push(Op.MOV, rt, b.pop());
            case ZERO -> b.pushConstant(VType.ADDR, 0);
            case PLUS, MINUS -> {
                int y = b.pop(), x = b.pop();
                b.push(in.kind() == KernelIntrinsic.Kind.PLUS ? Op.ADD : Op.SUB, rt, x, y).wide = true;
            }
            case IS_ZERO -> setcc(Cond.EQ, b.pop(), zero());
            case EQ, NE, LT, LE, GT, GE -> {
                int y = b.pop(), x = b.pop();
                setcc(unsigned(in.kind()), x, y);
            }
            case LOAD -> kernelLoad(in, rt);
            case STORE -> kernelStore(in);
            case CSR_READ, CSR_WRITE, CSR_SWAP, CSR_SET, CSR_CLEAR -> csr(mi, in.kind());
            case FENCE, FENCE_I, SFENCE_ALL, WFI -> b.emit(Op.SYSTEM, -1).ref = new Ref.MachineOp(in.kind());
            case SFENCE_PAGE -> b.emit(Op.SYSTEM, -1, b.popN(2)).ref = new Ref.MachineOp(in.kind());
            case ECALL -> b.push(Op.ECALL, VType.LONG, b.popN(4));
            case ENTER_SUPERVISOR -> b.emit(Op.ENTER_SUPERVISOR, -1);
            case TRAP_VECTOR -> linkAddress(LinkLabels.TRAP_ENTRY);
            case IMAGE_TEXT_START -> linkAddress(LinkLabels.TEXT_START);
            case IMAGE_TEXT_END -> linkAddress(LinkLabels.TEXT_END);
            case IMAGE_DATA_START -> linkAddress(LinkLabels.DATA_START);
            case IMAGE_END -> linkAddress(LinkLabels.END);
        }
    }

    private void linkAddress(String label) {
        b.push(Op.LINK_ADDRESS, VType.ADDR).ref = new Ref.LinkLabel(label);
    }

    private int zero() {
        return b.constant(VType.LONG, 0);
    }

    private static Cond unsigned(KernelIntrinsic.Kind k) {
        return switch (k) {
            case EQ -> Cond.EQ;
            case NE -> Cond.NE;
            case LT -> Cond.LTU;
            case LE -> Cond.LEU;
            case GT -> Cond.GTU;
            default -> Cond.GEU;
        };
    }

    private void setcc(Cond c, int x, int y) {
        Insn s = b.push(Op.SETCC, VType.INT, x, y);
        s.cond = c;
        s.wide = true;
    }

    /** The address operands: receiver, plus the int offset if the method takes one (folded when constant). */
    private MemoryOperand address(boolean hasOffset, int operandsAfter) {
        int[] after = b.popN(operandsAfter);
        int offset = hasOffset ? b.pop() : -1;
        int base = b.pop();
        for (int v : after) b.stack.add(v);
        if (!hasOffset) return new MemoryOperand(base, 0);
        Long c = b.constantOf(offset);
        if (c != null && c >= -2048 && c < 2048) return new MemoryOperand(base, c.intValue());
        int sum = b.temp(VType.ADDR);
        b.emit(Op.ADD, sum, base, offset).wide = true;
        return new MemoryOperand(sum, 0);
    }

    private void kernelLoad(KernelIntrinsic in, VType t) {
        MemoryOperand at = address(in.offset(), 0);
        load(at.base(), at.offset(), in.type(), t);
    }

    private void kernelStore(KernelIntrinsic in) {
        MemoryOperand at = address(in.offset(), 1);
        Insn s = b.emit(Op.STORE, -1, at.base(), b.pop());
        s.imm = at.offset();
        s.ref = new Access(in.type());
    }

    /** A CSR instruction; the number, a constant the front end has checked, is encoded in it (imm). */
    private void csr(MethodInsnNode mi, KernelIntrinsic.Kind kind) {
        int n = Type.getArgumentTypes(mi.desc).length;
        int number = csrNumber(mi, n);
        int[] operands = b.popN(n);
        int[] value = n == 2 ? new int[] {operands[1]} : new int[0];
        boolean result = kind == KernelIntrinsic.Kind.CSR_READ || kind == KernelIntrinsic.Kind.CSR_SWAP;
        Insn i = result ? b.push(Op.CSR, VType.LONG, value) : b.emit(Op.CSR, -1, value);
        i.imm = number;
        i.ref = new Ref.MachineOp(kind);
    }

    private int csrNumber(MethodInsnNode mi, int n) {
        Long c = b.constantOf(b.peek(n - 1));
        if (c != null) return c.intValue();
        if (addressFrames == null) addressFrames = Builder.analyse(b.owner, b.m, new AddressInterpreter());
        Frame<BasicValue> f = addressFrames[b.m.instructions.indexOf(mi)];
        BasicValue v = f.getStack(f.getStackSize() - n);
        if (v instanceof AddressInterpreter.IntConstant k && k.value != null) return k.value;
        throw new IllegalStateException(b.ir.name + " line " + b.line + ": CSR number is not a constant");
    }

    void concat(InvokeDynamicInsnNode indy) {
        Type[] argTypes = Type.getArgumentTypes(indy.desc);
        int[] args = b.popN(argTypes.length);
        String recipe = (String) indy.bsmArgs[0];
        int sb = callRt("newBuilder", "()Ljava/lang/StringBuilder;");
        StringBuilder text = new StringBuilder();
        int arg = 0, constant = 1;
        for (int i = 0; i < recipe.length(); i++) {
            char c = recipe.charAt(i);
            if (c == '\u0001') {
                sb = appendText(sb, text);
                sb = append(sb, args[arg], Subset.appendDescriptor(argTypes[arg]));
                arg++;
            } else if (c == '\u0002') {
                text.append(indy.bsmArgs[constant++]);
            } else {
                text.append(c);
            }
        }
        sb = appendText(sb, text);
        int s = b.temp(VType.REF);
        b.emit(Op.CALL, s, sb).ref = direct("java/lang/StringBuilder", "toString", "()Ljava/lang/String;");
        b.stack.add(s);
    }

    private int callRt(String name, String desc) {
        int r = b.temp(VType.REF);
        b.emit(Op.CALL, r).ref = direct("org/mkplay/rt/Rt", name, desc);
        return r;
    }

    private int appendText(int sb, StringBuilder text) {
        if (text.length() == 0) return sb;
        int s = b.temp(VType.REF);
        b.emit(Op.STRING, s).ref = new Ref.StringConstant(text.toString());
        text.setLength(0);
        return append(sb, s, "(Ljava/lang/String;)Ljava/lang/StringBuilder;");
    }

    /** sb.append(value); append returns the builder itself, so the result is the next receiver. */
    private int append(int sb, int value, String desc) {
        int r = b.temp(VType.REF);
        b.emit(Op.CALL, r, sb, value).ref = direct("java/lang/StringBuilder", "append", desc);
        return r;
    }

    private CallSite direct(String cls, String name, String desc) {
        ClassNode c = b.res.pool().get(cls);
        return new CallSite(
                new ClassPool.MethodRef(c, ClassPool.declared(c, name, desc)), CallSite.Dispatch.DIRECT, -1);
    }
}
