package org.mkplay.toolchain.ir;

/**
 * IR operations. Each belongs to one {@link Kind}, which is what most passes need to know: a VALUE has no
 * effect besides its result (dead ones are deleted, equal ones within a block are merged), a CHECK may
 * raise a Java exception and is deleted only by the pass that proves it cannot fail, a CALL may run any
 * code (caller-saved registers do not survive it), an END closes a block.
 */
public enum Op {
    // values: dst = f(sources)
    CONST(Kind.VALUE),
    STRING(Kind.VALUE),
    MOV(Kind.VALUE),
    PARAM(Kind.VALUE),
    ADD(Kind.VALUE),
    SUB(Kind.VALUE),
    MUL(Kind.VALUE),
    DIV(Kind.VALUE),
    REM(Kind.VALUE),
    SHL(Kind.VALUE),
    SHR(Kind.VALUE),
    USHR(Kind.VALUE),
    AND(Kind.VALUE),
    OR(Kind.VALUE),
    XOR(Kind.VALUE),
    NEG(Kind.VALUE),
    I2B(Kind.VALUE),
    I2C(Kind.VALUE),
    I2S(Kind.VALUE),
    L2I(Kind.VALUE),
    LCMP(Kind.VALUE),
    SETCC(Kind.VALUE),
    /** Address of a static field's slot. */
    STATIC_ADDR(Kind.VALUE),
    /** Length of a non-null array. */
    ALEN(Kind.VALUE),
    /** Length of an array, 0 for null: never faults, so it may be computed ahead of a null check. */
    ALEN0(Kind.VALUE),
    /** Address of a label the linker binds (ref: its name), e.g. the trap entry or an image bound. */
    LINK_ADDRESS(Kind.VALUE),

    // memory and machine effects
    LOAD(Kind.EFFECT),
    STORE(Kind.EFFECT),
    CSR(Kind.EFFECT),
    SYSTEM(Kind.EFFECT),
    ENTER_SUPERVISOR(Kind.EFFECT),
    /** First instruction of a handler block: dst = the exception being caught (never deleted: it is the landing pad). */
    CATCH(Kind.EFFECT),

    // checks that raise a Java exception
    NULL_CHECK(Kind.CHECK),
    /** (array, index, length of the array or 0 if null): NullPointerException for null, else index out of bounds. */
    BOUNDS_CHECK(Kind.CHECK),
    DIV_CHECK(Kind.CHECK),
    SIZE_CHECK(Kind.CHECK),

    // calls (and everything compiled as one)
    CALL(Kind.CALL),
    ROUTINE(Kind.CALL),
    NEW(Kind.CALL),
    NEWARRAY(Kind.CALL),
    MULTINEWARRAY(Kind.CALL),
    CLONE(Kind.CALL),
    INSTANCEOF(Kind.CALL),
    CHECKCAST(Kind.CALL),
    STORE_CHECK(Kind.CALL),
    INIT(Kind.CALL),
    ECALL(Kind.CALL),
    /**
     * A user-profile system call in registers (number, a0..a7 [, results array]): the kernel's ABI, inline. A
     * call: the caller-saved registers do not survive it.
     */
    SYSCALL(Kind.CALL),

    // block ends
    GOTO(Kind.END),
    BR(Kind.END),
    SWITCH(Kind.END),
    RETURN(Kind.END),
    THROW(Kind.END);

    public enum Kind {
        VALUE,
        EFFECT,
        CHECK,
        CALL,
        END
    }

    public final Kind kind;

    Op(Kind kind) {
        this.kind = kind;
    }

    /** The binary arithmetic operations (foldable with Java semantics, see {@link Arith}). */
    public boolean isArithmetic() {
        return ordinal() >= ADD.ordinal() && ordinal() <= XOR.ordinal();
    }

    public boolean isCheck() {
        return kind == Kind.CHECK;
    }

    public boolean isCall() {
        return kind == Kind.CALL;
    }
}
