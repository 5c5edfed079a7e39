package org.mkplay.toolchain.codegen;

import static org.mkplay.riscv.isa.Reg.*;

import org.mkplay.riscv.isa.Encoder;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Label;
import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.ir.CallSite;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.layout.Layout;
import org.objectweb.asm.tree.ClassNode;

/**
 * Everything compiled as a call: arguments are moved into a0..a7 and the outgoing stack slots at once
 * ({@link ParallelMove}), the result comes back in a0. Values live across a call are in s registers or
 * frame slots (the allocator sees to it), so nothing is saved around it.
 *
 * <pre>
 *   direct:     jal  ra, &lt;method&gt;
 *   virtual:    ld t0,0(a0)  ;  ld t0,48+8*slot(t0)         ;  jalr ra,0(t0)
 *   interface:  ld t0,0(a0)  ;  ld t0,24(t0)  ;  ld t0,8*selector(t0)  ;  jalr ra,0(t0)
 * </pre>
 */
final class CallLowering {
    private final MethodCompiler mc;
    private final Assembler a;

    CallLowering(MethodCompiler mc) {
        this.mc = mc;
        this.a = mc.a;
    }

    void lower(Insn i) {
        switch (i.op) {
            case CALL -> call(i);
            case ROUTINE -> routine(i, i.linkLabel());
            case NEW -> {
                a.la(A0, mc.sym.descriptor(i.typeName()));
                a.li(A1, mc.sym.layout().info(i.typeName()).instanceSize);
                mc.call(mc.sym.routine("rt_alloc"));
                result(i);
            }
            case NEWARRAY -> {
                arguments(i, 1);
                a.la(A0, mc.sym.descriptor(i.typeName()));
                mc.call(mc.sym.routine("rt_newarray"));
                result(i);
            }
            case MULTINEWARRAY -> multiNewArray(i);
            case CLONE -> routine(i, "rt_clone");
            case INSTANCEOF -> instanceOf(i);
            case CHECKCAST -> checkCast(i);
            case STORE_CHECK -> storeCheck(i);
            case INIT -> initGuard(i.typeName());
            case ECALL -> ecall(i);
            case SYSCALL -> syscall(i);
            case THROW -> {
                arguments(i, 0);
                mc.call(mc.sym.routine("rt_throw"));
            }
            default -> throw new IllegalStateException("not a call: " + i.op);
        }
    }

    /** Moves the sources into argument registers from a{first}, the ninth and later into outgoing stack slots. */
    private void arguments(Insn i, int first) {
        ParallelMove p = new ParallelMove();
        for (int k = 0; k < i.src.length; k++) {
            int arg = first + k;
            if (arg < 8) p.toRegister(A0 + arg, mc.source(i, k));
            else p.toStack(8 * (arg - 8), mc.source(i, k));
        }
        p.emit(a);
    }

    private void result(Insn i) {
        if (i.dst >= 0) mc.commit(i, A0);
    }

    private void routine(Insn i, String name) {
        arguments(i, 0);
        mc.call(mc.sym.routine(name));
        result(i);
    }

    private void call(Insn i) {
        CallSite site = i.callSite();
        arguments(i, 0);
        switch (site.dispatch()) {
            case DIRECT -> mc.call(mc.sym.method(site.target()));
            case VIRTUAL -> {
                a.emit(Encoder.ld(T0, A0, 0));
                load(T0, Layout.DESC_VTABLE + 8L * site.index());
                a.emit(Encoder.jalr(RA, T0, 0));
                mc.callSite();
            }
            case INTERFACE -> {
                a.emit(Encoder.ld(T0, A0, 0));
                a.emit(Encoder.ld(T0, T0, Layout.DESC_ITABLE));
                load(T0, 8L * site.index());
                a.emit(Encoder.jalr(RA, T0, 0));
                mc.callSite();
            }
        }
        result(i);
    }

    /** t0 = 64-bit load from t0 + offset, any offset. */
    private void load(int r, long offset) {
        if (offset < 2048) {
            a.emit(Encoder.ld(r, r, offset));
            return;
        }
        a.li(T1, offset);
        a.emit(Encoder.add(r, r, T1));
        a.emit(Encoder.ld(r, r, 0));
    }

    private ClassPool.MethodRef rt(String name, String desc) {
        ClassNode rt = mc.sym.pool().get("org/mkplay/rt/Rt");
        return new ClassPool.MethodRef(rt, ClassPool.declared(rt, name, desc));
    }

    /** Rt.multiNew(descriptor table, lengths, 0) builds the nested arrays from the int[] of lengths. */
    private void multiNewArray(Insn i) {
        arguments(i, 1);
        a.la(A0, mc.sym.arrayDescriptorTable(i.typeName(), (int) i.imm));
        a.li(A2, 0);
        mc.call(mc.sym.method(rt("multiNew", "(J[II)Ljava/lang/Object;")));
        result(i);
    }

    /** a1 = the target operand of Rt.isInstance: a descriptor address or -(interface id + 1). */
    private void typeTarget(String desc) {
        Layout.ClassInfo ci = desc.startsWith("[") ? null : mc.sym.layout().info(desc);
        if (ci != null && ci.isInterface) a.li(A1, -(ci.interfaceId + 1L));
        else a.la(A1, mc.sym.descriptor(desc));
    }

    private void instanceOf(Insn i) {
        Label isNull = a.newLabel(null), done = a.newLabel(null);
        arguments(i, 0);
        a.beq(A0, ZERO, isNull);
        typeTarget(i.typeName());
        mc.call(mc.sym.method(rt("isInstance", "(Ljava/lang/Object;J)Z")));
        a.j(done);
        a.bind(isNull);
        a.li(A0, 0);
        a.bind(done);
        result(i);
    }

    /** null passes; otherwise Rt.checkCast reports ClassCastException with the JVM's message. */
    private void checkCast(Insn i) {
        Label done = a.newLabel(null);
        arguments(i, 0);
        a.beq(A0, ZERO, done);
        String desc = i.typeName();
        typeTarget(desc);
        a.la(A2, mc.sym.string(desc.replace('/', '.')));
        mc.call(mc.sym.method(rt("checkCast", "(Ljava/lang/Object;JLjava/lang/String;)V")));
        a.bind(done);
    }

    /**
     * aastore's type check: Rt.checkStore(array, index, value, where) reports ArrayStoreException when the value
     * is not an instance of the array's element type. It ignores null arrays and bad indexes, which the checks
     * that follow report, so the JVM's order (NPE, AIOOBE, then ArrayStoreException) is kept.
     */
    private void storeCheck(Insn i) {
        arguments(i, 0);
        mc.call(mc.sym.method(rt("checkStore", "([Ljava/lang/Object;ILjava/lang/Object;)V")));
    }

    /** Runs cls's initialisation unless its flag says it has started. */
    private void initGuard(String cls) {
        Label done = a.newLabel(null);
        a.la(T0, mc.sym.initFlag(cls));
        a.emit(Encoder.lbu(T0, T0, 0));
        a.bne(T0, ZERO, done);
        mc.call(mc.sym.initRoutine(cls));
        a.bind(done);
    }

    /**
     * A user program's system call in registers (docs/kernel.md, *The system-call ABI*): a0..a7 = the arguments and
     * t0 = the number (staged in t1, which no value lives in and no move uses), the results array, if any, in t2,
     * which the ABI preserves; then ecall, or rt_ecall's jump into the kernel for a program placed in it; then a0..a7
     * and t1 into the array's first nine elements. a0 is the result.
     */
    private void syscall(Insn i) {
        ParallelMove p = new ParallelMove();
        ParallelMove.Source number = mc.source(i, 0);
        if (!number.isConstant()) p.toRegister(T1, number);
        for (int k = 1; k <= 8; k++) p.toRegister(A0 + k - 1, mc.source(i, k));
        boolean results = i.src.length == 10;
        if (results) p.toRegister(T2, mc.source(i, 9));
        p.emit(a);
        if (number.isConstant()) a.li(T0, number.constant());
        else a.mv(T0, T1);
        if (mc.sym.inKernel()) mc.call(mc.sym.routine("rt_ecall"));
        else a.emit(Encoder.ecall());
        if (results) {
            for (int k = 0; k < 8; k++) a.emit(Encoder.sd(A0 + k, T2, Layout.ARRAY_DATA + 8L * k));
            a.emit(Encoder.sd(T1, T2, Layout.ARRAY_DATA + 64));
        }
        result(i);
    }

    /** ecall with a7 = function, a0..a2 = arguments; a0 is the result. */
    private void ecall(Insn i) {
        ParallelMove p = new ParallelMove();
        p.toRegister(A7, mc.source(i, 0));
        for (int k = 1; k < 4; k++) p.toRegister(A0 + k - 1, mc.source(i, k));
        p.emit(a);
        a.emit(Encoder.ecall());
        result(i);
    }
}
