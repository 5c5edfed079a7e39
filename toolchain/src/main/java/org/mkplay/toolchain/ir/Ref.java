package org.mkplay.toolchain.ir;

import org.mkplay.toolchain.front.KernelIntrinsic;

/**
 * What an instruction names besides its operands ({@link Insn#ref}), one record type per kind of thing; the
 * printed IR shows it in brackets. Which ops carry which:
 * <ul>
 * <li>{@link Access}: LOAD, STORE (width and extension);</li>
 * <li>{@link CallSite}: CALL;</li>
 * <li>{@link StaticField}: STATIC_ADDR;</li>
 * <li>{@link SwitchKeys}: SWITCH;</li>
 * <li>{@link TypeName}: NEW, NEWARRAY, MULTINEWARRAY, CHECKCAST, INSTANCEOF, INIT;</li>
 * <li>{@link StringConstant}: STRING;</li>
 * <li>{@link LinkLabel}: ROUTINE (a hand-written assembly routine), LINK_ADDRESS;</li>
 * <li>{@link MachineOp}: CSR, SYSTEM (which intrinsic);</li>
 * <li>{@link Receiver}: the PARAM that is {@code this}.</li>
 * </ul>
 */
public sealed interface Ref
        permits Access,
                CallSite,
                StaticField,
                SwitchKeys,
                Ref.TypeName,
                Ref.StringConstant,
                Ref.LinkLabel,
                Ref.MachineOp,
                Ref.Receiver {

    /** A class (internal name, "java/lang/String") or array type (descriptor, "[I"). */
    record TypeName(String name) implements Ref {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A string literal's value. */
    record StringConstant(String value) implements Ref {
        @Override
        public String toString() {
            return value;
        }
    }

    /** A label the linker binds: a hand-written assembly routine ("rt_putc") or an image bound ("_end"). */
    record LinkLabel(String name) implements Ref {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The kernel intrinsic a CSR or SYSTEM instruction performs. */
    record MachineOp(KernelIntrinsic.Kind kind) implements Ref {
        @Override
        public String toString() {
            return kind.toString();
        }
    }

    /** Marks the method's {@code this} parameter, which is never null. */
    record Receiver() implements Ref {
        @Override
        public String toString() {
            return "this";
        }
    }
}
