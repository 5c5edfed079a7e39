package org.mkplay.toolchain.codegen;

import static org.mkplay.toolchain.asm.Reg.*;
import static org.objectweb.asm.Opcodes.*;

import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Encoder;
import org.mkplay.toolchain.asm.Label;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/** Per-opcode translation: constants, locals, arithmetic, conversions, stack shuffles, branches, switches. */
final class Ops {
    private final MethodCompiler mc;
    private final Assembler a;

    /** While a rotated loop test is emitted: its branch is inverted and goes to this loop body label. */
    private Label rotatedBody;

    Ops(MethodCompiler mc) {
        this.mc = mc;
        this.a = mc.a;
    }

    /** The next conditional branch translated goes, inverted, to {@code body} (see LoopRotation). */
    void invertNextBranchTo(Label body) {
        rotatedBody = body;
    }

    /** Translates one instruction; returns true if it also consumed the following branch (fused compare). */
    boolean translate(AbstractInsnNode insn, Frame<BasicValue> f) {
        int op = insn.getOpcode();
        if (op >= ICONST_M1 && op <= ICONST_5) mc.push(Entry.constant(op - ICONST_0));
        else if (op == LCONST_0 || op == LCONST_1) mc.push(Entry.constant(op - LCONST_0));
        else if (op == ACONST_NULL) mc.push(Entry.constant(0));
        else if (op == BIPUSH || op == SIPUSH) mc.push(Entry.constant(((IntInsnNode) insn).operand));
        else if (op == LDC) ldc((LdcInsnNode) insn);
        else if (op >= ILOAD && op <= ALOAD) load((VarInsnNode) insn);
        else if (op >= ISTORE && op <= ASTORE) store((VarInsnNode) insn, f);
        else if (op == IINC) iinc((IincInsnNode) insn);
        else if (op >= POP && op <= SWAP) shuffle(op, f);
        else if (op >= IADD && op <= LXOR) return arithmetic(op, insn);
        else if (op >= I2L && op <= I2S) convert(op, insn);
        else if (op == LCMP) return lcmp(insn);
        else if (op >= IFEQ && op <= IF_ACMPNE || op == IFNULL || op == IFNONNULL) branch((JumpInsnNode) insn);
        else if (op == GOTO) {
            mc.flushAll();
            a.j(mc.label(((JumpInsnNode) insn).label));
        } else if (op == TABLESWITCH) tableSwitch((TableSwitchInsnNode) insn);
        else if (op == LOOKUPSWITCH) lookupSwitch((LookupSwitchInsnNode) insn);
        else if (op >= IRETURN && op <= RETURN) ret(op, insn);
        else mc.calls.translate(insn);
        return false;
    }

    private void ldc(LdcInsnNode ldc) {
        if (ldc.cst instanceof Integer i) mc.push(Entry.constant(i));
        else if (ldc.cst instanceof Long l) mc.push(Entry.constant(l));
        else if (ldc.cst instanceof String s) {
            a.la(T0, mc.sym.string(s));
            mc.pushReg(T0, true);
        } else throw new IllegalStateException("unsupported constant " + ldc.cst);
    }

    private void load(VarInsnNode v) {
        boolean nonNull = v.var == 0 && mc.thisStable;
        mc.push(Entry.local(v.var, nonNull));
    }

    private void store(VarInsnNode v, Frame<BasicValue> f) {
        mc.invalidateLocal(v.var);
        int k = mc.depth - 1;
        int home = mc.fl.localReg[v.var];
        Entry e = mc.vs[k];
        boolean nonNull = mc.knownNonNull(k) || RefInterpreter.nonNull(f.getStack(f.getStackSize() - 1));
        if (e.kind == Entry.CONST && home >= 0) {
            mc.clearNonNull(v.var);
            a.li(home, e.value);
        } else if (e.kind == Entry.REG && home >= 0 && mc.homeOf(k) >= 0 && !mc.heldByOther(mc.homeOf(k), k)
            && a.retargetLast(mc.homeOf(k), home)) {
            mc.clearNonNull(v.var); // the instruction that computed the entry now computes the local
        } else {
            mc.storeLocal(v.var, mc.reg(k, T0));
        }
        mc.pop();
        if (v.getOpcode() == ASTORE) mc.updateShadow(v.var, nonNull);
    }

    private void iinc(IincInsnNode inc) {
        mc.invalidateLocal(inc.var);
        int r = mc.localReg(inc.var, T0);
        if (inc.incr >= -2048 && inc.incr < 2048) {
            a.emit(Encoder.addiw(r, r, inc.incr));
        } else {
            a.li(T1, inc.incr);
            a.emit(Encoder.addw(r, r, T1));
        }
        mc.storeLocal(inc.var, r);
    }

    // ---- stack shuffles ----

    private void shuffle(int op, Frame<BasicValue> f) {
        int top = f.getStackSize() - 1;
        boolean topWide = f.getStack(top).getSize() == 2;
        boolean secondWide = top >= 1 && f.getStack(top - 1).getSize() == 2;
        switch (op) {
            case POP -> mc.pop();
            case POP2 -> {
                mc.pop();
                if (!topWide) mc.pop();
            }
            case DUP -> permute(1, 0, 0);
            case DUP_X1 -> permute(2, 1, 0, 1);
            case DUP_X2 -> {
                if (secondWide) permute(2, 1, 0, 1);
                else permute(3, 2, 0, 1, 2);
            }
            case DUP2 -> {
                if (topWide) permute(1, 0, 0);
                else permute(2, 0, 1, 0, 1);
            }
            case DUP2_X1 -> {
                if (topWide) permute(2, 1, 0, 1);
                else permute(3, 1, 2, 0, 1, 2);
            }
            case DUP2_X2 -> dup2x2(f, top, topWide);
            default -> permute(2, 1, 0); // SWAP
        }
    }

    private void dup2x2(Frame<BasicValue> f, int top, boolean topWide) {
        if (topWide) {
            if (f.getStack(top - 1).getSize() == 2) permute(2, 1, 0, 1);
            else permute(3, 2, 0, 1, 2);
        } else if (f.getStack(top - 2).getSize() == 2) {
            permute(3, 1, 2, 0, 1, 2);
        } else {
            permute(4, 2, 3, 0, 1, 2, 3);
        }
    }

    /**
     * Replaces the top {@code take} entries by the entries listed in {@code order} (indexes into the taken
     * entries, 0 = deepest). Register-held entries go through a0..a3 so overlapping homes are safe; a single
     * one is copied straight from its register (writing a copy of it cannot overwrite another).
     */
    private void permute(int take, int... order) {
        int base = mc.depth - take;
        Entry[] taken = new Entry[take];
        int[] held = new int[take];
        long computed = java.util.Arrays.stream(mc.vs, base, base + take).filter(e -> e.kind == Entry.REG).count();
        for (int k = 0; k < take; k++) {
            taken[k] = mc.vs[base + k];
            if (taken[k].kind == Entry.REG && computed == 1) {
                held[k] = mc.reg(base + k, A0 + k);
            } else if (taken[k].kind == Entry.REG) {
                held[k] = A0 + k;
                mc.regInto(base + k, held[k]);
            }
        }
        mc.depth = base;
        for (int idx : order) {
            if (taken[idx].kind == Entry.REG) mc.pushReg(held[idx], taken[idx].nonNull);
            else mc.push(taken[idx]);
        }
    }

    // ---- arithmetic ----

    /** Local the result can be computed straight into (the next instruction stores it there), or -1. */
    private int fusedStore(AbstractInsnNode insn) {
        AbstractInsnNode next = MethodCompiler.nextInBlock(insn);
        if (next == null || next.getOpcode() < ISTORE || next.getOpcode() > LSTORE) return -1;
        int local = ((VarInsnNode) next).var;
        return mc.fl.localReg[local] >= 0 ? local : -1;
    }

    /** Binary operation; returns true if the following store was fused (result computed into the local). */
    private boolean arithmetic(int op, AbstractInsnNode insn) {
        if (op >= INEG && op <= DNEG) {
            negate(op == LNEG);
            return false;
        }
        boolean wide = (op - IADD) % 4 == 1 || op == LSHL || op == LSHR || op == LUSHR || op == LAND || op == LOR || op == LXOR;
        int kind = kindOf(op);
        Entry rhs = mc.vs[mc.depth - 1], lhs = mc.vs[mc.depth - 2];
        if (lhs.isConst() && rhs.isConst() && Fold.foldable(kind, rhs.value)) {
            mc.pop();
            mc.pop();
            mc.push(Entry.constant(Fold.apply(kind, wide, lhs.value, rhs.value)));
            return false;
        }
        int k = mc.depth - 2;
        int fuse = fusedStore(insn);
        if (fuse >= 0) mc.invalidateLocalBelow(fuse, k);
        if (rhs.isConst() && immediate(kind, wide, k, rhs.value, fuse)) return fuse >= 0;
        int rb = mc.reg(k + 1, T1);
        int ra = mc.reg(k, T0);
        if ((kind == Fold.DIV || kind == Fold.REM) && (!rhs.isConst() || rhs.value == 0)) mc.divCheck(rb);
        mc.depth = k;
        int d = fuse >= 0 ? mc.fl.localReg[fuse] : mc.dest(k, T0);
        a.emit(Fold.instruction(kind, wide, d, ra, rb));
        return finish(k, d, fuse);
    }

    /** Completes an operation whose result is in d: pushed as entry k, or already in local fuse's register. */
    private boolean finish(int k, int d, int fuse) {
        if (fuse >= 0) {
            mc.depth = k;
            mc.clearNonNull(fuse);
            return true;
        }
        mc.commit(k, d, false);
        mc.depth = k + 1;
        return false;
    }

    /** lhs op constant with an immediate form (addi[w], andi, ori, xori, shifts); false if none fits. */
    private boolean immediate(int kind, boolean wide, int k, long c, int fuse) {
        long imm = kind == Fold.SUB ? -c : c;
        boolean shift = kind == Fold.SHL || kind == Fold.SHR || kind == Fold.USHR;
        if (shift) imm = c & (wide ? 63 : 31);
        boolean fits = imm >= -2048 && imm < 2048;
        int insnKind = kind == Fold.SUB ? Fold.ADD : kind;
        if (!fits || !Fold.hasImmediate(insnKind)) return false;
        int ra = mc.reg(k, T0);
        mc.depth = k;
        int d = fuse >= 0 ? mc.fl.localReg[fuse] : mc.dest(k, T0);
        a.emit(Fold.immediateInstruction(insnKind, wide, d, ra, imm));
        finish(k, d, fuse);
        return true;
    }

    private static int kindOf(int op) {
        if (op >= IADD && op <= DREM) return (op - IADD) / 4;
        return switch (op) {
            case ISHL, LSHL -> Fold.SHL;
            case ISHR, LSHR -> Fold.SHR;
            case IUSHR, LUSHR -> Fold.USHR;
            case IAND, LAND -> Fold.AND;
            case IOR, LOR -> Fold.OR;
            default -> Fold.XOR;
        };
    }

    private void negate(boolean wide) {
        int k = mc.depth - 1;
        Entry e = mc.vs[k];
        if (e.isConst()) {
            mc.vs[k] = Entry.constant(wide ? -e.value : (long) (int) -e.value);
            return;
        }
        int r = mc.reg(k, T0);
        int d = mc.dest(k, T0);
        a.emit(wide ? Encoder.sub(d, ZERO, r) : Encoder.subw(d, ZERO, r));
        mc.commit(k, d, false);
    }

    private void convert(int op, AbstractInsnNode insn) {
        int k = mc.depth - 1;
        Entry e = mc.vs[k];
        if (op == I2L) return; // ints are kept sign-extended to 64 bits
        if (onlyLowBitsUsed(op, MethodCompiler.nextInBlock(insn))) return;
        if (e.isConst()) {
            mc.vs[k] = Entry.constant(Fold.convert(op, e.value));
            return;
        }
        int r = mc.reg(k, T0);
        int d = mc.dest(k, T0);
        switch (op) {
            case L2I -> a.emit(Encoder.addiw(d, r, 0));
            case I2B -> {
                a.emit(Encoder.slli(d, r, 56));
                a.emit(Encoder.srai(d, d, 56));
            }
            case I2C -> {
                a.emit(Encoder.slli(d, r, 48));
                a.emit(Encoder.srli(d, d, 48));
            }
            case I2S -> {
                a.emit(Encoder.slli(d, r, 48));
                a.emit(Encoder.srai(d, d, 48));
            }
            default -> throw new IllegalStateException("conversion " + op + " is not supported");
        }
        mc.commit(k, d, false);
    }

    /**
     * True if the instruction after a narrowing conversion reads only bits the conversion keeps, so the
     * conversion changes nothing: a store of at most that width ((byte) x stored by sb), or a conversion to at
     * most that width (which reads only the low bits).
     */
    private static boolean onlyLowBitsUsed(int op, AbstractInsnNode next) {
        if (next == null) return false;
        int width = switch (op) {
            case I2B -> 8;
            case I2C, I2S -> 16;
            case L2I -> 32;
            default -> 0;
        };
        int n = next.getOpcode();
        int used = switch (n) {
            case BASTORE, I2B -> 8;
            case CASTORE, SASTORE, I2C, I2S -> 16;
            case IASTORE -> 32;
            case PUTFIELD, PUTSTATIC -> storedWidth(((org.objectweb.asm.tree.FieldInsnNode) next).desc);
            default -> 64;
        };
        return used <= width;
    }

    /** Bits a field store of this type writes (64 for types whose value must be exact in the register). */
    private static int storedWidth(String desc) {
        return switch (desc) {
            case "B" -> 8;
            case "C", "S" -> 16;
            case "I" -> 32;
            default -> 64;
        };
    }

    // ---- compares and branches ----

    /** lcmp; fused with an immediately following if&lt;cond&gt; into one 64-bit branch when possible. */
    private boolean lcmp(AbstractInsnNode insn) {
        AbstractInsnNode next = insn.getNext();
        while (next != null && next.getOpcode() < 0 && !(next instanceof org.objectweb.asm.tree.LabelNode)) next = next.getNext();
        int k = mc.depth - 2;
        if (next != null && next.getOpcode() >= IFEQ && next.getOpcode() <= IFLE) {
            int cond = next.getOpcode() - IFEQ;
            mc.depth = k;
            mc.flushAll();
            int rb = reg2(k + 1, T1), ra = reg2(k, T0);
            condBranch(cond, ra, rb, (JumpInsnNode) next);
            return true;
        }
        int rb = mc.reg(k + 1, T1), ra = mc.reg(k, T0);
        a.emit(Encoder.slt(T2, ra, rb));
        a.emit(Encoder.slt(T1, rb, ra));
        mc.depth = k;
        int d = mc.dest(k, T0);
        a.emit(Encoder.sub(d, T1, T2));
        mc.commit(k, d, false);
        mc.depth = k + 1;
        return false;
    }

    /** Reads an entry that is above the current depth (already popped, not flushed). */
    private int reg2(int k, int scratch) {
        return mc.reg(k, scratch);
    }

    private void branch(JumpInsnNode j) {
        int op = j.getOpcode();
        if (op >= IF_ICMPEQ && op <= IF_ACMPNE) {
            int k = mc.depth - 2;
            mc.depth = k;
            mc.flushAll();
            int cond = op <= IF_ICMPLE ? op - IF_ICMPEQ : op - IF_ACMPEQ;
            condBranch(cond, reg2(k, T0), reg2(k + 1, T1), j);
            return;
        }
        int k = mc.depth - 1;
        mc.depth = k;
        mc.flushAll();
        int cond = op == IFNULL ? 0 : op == IFNONNULL ? 1 : op - IFEQ;
        condBranch(cond, reg2(k, T0), ZERO, j);
    }

    /** cond: 0 eq, 1 ne, 2 lt, 3 ge, 4 gt, 5 le (the JVM's order; cond ^ 1 is the opposite). */
    private void condBranch(int cond, int ra, int rb, JumpInsnNode j) {
        Label target = mc.label(j.label);
        if (rotatedBody != null) {
            target = rotatedBody;
            cond ^= 1;
            rotatedBody = null;
        }
        switch (cond) {
            case 0 -> a.beq(ra, rb, target);
            case 1 -> a.bne(ra, rb, target);
            case 2 -> a.blt(ra, rb, target);
            case 3 -> a.bge(ra, rb, target);
            case 4 -> a.blt(rb, ra, target);
            default -> a.bge(rb, ra, target);
        }
    }

    private void tableSwitch(TableSwitchInsnNode ts) {
        int k = mc.depth - 1;
        mc.depth = k;
        mc.flushAll();
        int r = reg2(k, T0);
        a.li(T1, ts.min);
        a.emit(Encoder.subw(T0, r, T1));
        a.li(T1, (long) ts.max - ts.min + 1);
        a.bgeu(T0, T1, mc.label(ts.dflt));
        Label table = a.newLabel(null);
        a.la(T1, table);
        a.emit(Encoder.slli(T0, T0, 3));
        a.emit(Encoder.add(T0, T0, T1));
        a.emit(Encoder.ld(T0, T0, 0));
        a.emit(Encoder.jalr(ZERO, T0, 0));
        mc.stubs.add(() -> {
            a.align(8);
            a.bind(table);
            for (org.objectweb.asm.tree.LabelNode l : ts.labels) a.dword(mc.label(l), 0);
        });
    }

    private void lookupSwitch(LookupSwitchInsnNode ls) {
        int k = mc.depth - 1;
        mc.depth = k;
        mc.flushAll();
        int r = reg2(k, T0);
        if (r != T0) a.mv(T0, r);
        for (int i = 0; i < ls.keys.size(); i++) {
            int key = ls.keys.get(i);
            if (key == 0) {
                a.beq(T0, ZERO, mc.label(ls.labels.get(i)));
            } else {
                a.li(T1, key);
                a.beq(T0, T1, mc.label(ls.labels.get(i)));
            }
        }
        a.j(mc.label(ls.dflt));
    }

    private void ret(int op, AbstractInsnNode insn) {
        if (op != RETURN) mc.regInto(--mc.depth, A0);
        mc.depth = 0;
        if (!MethodCompiler.isLastInstruction(insn)) mc.jumpToEpilogue();
    }
}
