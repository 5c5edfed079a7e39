package org.mkplay.toolchain.asm;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mkplay.riscv.isa.Encoder;
import org.mkplay.riscv.isa.Reg;

/**
 * A growable RV64 instruction and data buffer placed at a fixed base address, with labels and forward
 * references. References (branches, jumps, auipc pairs, absolute data words) are recorded as fix-ups and
 * patched by {@link #finish()}; an out-of-range reference throws {@link IllegalArgumentException} (no
 * relaxation). Instructions can be tagged with the source position that produced them, for listings.
 */
public final class Assembler {
    private final long base;
    private final Buffer out = new Buffer();
    private final List<Fixup> fixups = new ArrayList<>();
    private final Map<String, Label> named = new HashMap<>();
    private final List<Instruction> instructions = new ArrayList<>();
    private SourceTag tag; // attached to every instruction emitted until changed (null: no source, e.g. glue)
    private boolean finished;
    private boolean longBranches;
    private int anonymous;
    private int lastBound = -1; // offset of the most recently bound label

    /** The byte buffer, writable in place for {@link #retargetLast}. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(1 << 14);
        }

        int get32(int at) {
            return Assembler.get32(buf, at);
        }

        void set32(int at, int w) {
            Assembler.set32(buf, at, w);
        }

        void dropLast4() {
            count -= 4;
        }
    }

    /** Told what emitted code does to registers: for analyses that track register contents while code is emitted. */
    public interface Observer {
        /** An instruction writing register rd (x1 for a call's return address) was emitted. */
        void written(int rd);

        /** A label was bound: control may arrive here from elsewhere. */
        void bound();
    }

    private Observer observer;

    public void setObserver(Observer o) {
        this.observer = o;
    }

    /** One emitted instruction: byte offset and the tag current when it was emitted. */
    public record Instruction(int offset, SourceTag tag) {}

    private enum Kind {
        BRANCH,
        JAL,
        PCREL_ADDI,
        PCREL_LD,
        PCREL_STORE,
        PCREL_JALR,
        /** An auipc alone: the high part of the offset from itself to the target. */
        PCREL_HI,
        /** An I-type (load) or S-type (store) taking the low part of the offset from its anchor's auipc. */
        PCREL_LO_I,
        PCREL_LO_S,
        ABS64,
        ABS32
    }

    /** anchor: for PCREL_LO_I and PCREL_LO_S, the label of the auipc whose high part they complete. */
    private record Fixup(Kind kind, int at, Label target, int word, long addend, Label anchor) {
        Fixup(Kind kind, int at, Label target, int word, long addend) {
            this(kind, at, target, word, addend, null);
        }
    }

    public Assembler(long baseAddress) {
        this.base = baseAddress;
    }

    public long base() {
        return base;
    }

    /** Current byte offset from the buffer start. */
    public int position() {
        return out.size();
    }

    /** Absolute address of the next byte to be emitted. */
    public long pc() {
        return base + out.size();
    }

    // ---- labels ----

    /** A new unbound label; names need not be unique (use {@link #label(String)} for shared names). */
    public Label newLabel(String name) {
        return new Label(name == null ? ".L" + anonymous++ : name);
    }

    /** The label with this global name, created on first use. */
    public Label label(String name) {
        return named.computeIfAbsent(name, Label::new);
    }

    public void bind(Label l) {
        if (l.offset >= 0) throw new IllegalStateException("label " + l.name() + " bound twice");
        l.offset = out.size();
        lastBound = l.offset;
        if (observer != null) observer.bound();
    }

    /** Absolute address of a bound label. */
    public long address(Label l) {
        return base + l.offset();
    }

    public void setTag(SourceTag tag) {
        this.tag = tag;
    }

    public List<Instruction> instructions() {
        return instructions;
    }

    /** Copy of the bytes emitted so far (fix-ups not applied). */
    public byte[] snapshot() {
        return out.toByteArray();
    }

    // ---- raw emission ----

    /** Appends a 32-bit instruction word (from {@link Encoder}). */
    public void emit(int word) {
        instructions.add(new Instruction(out.size(), tag));
        put32(word);
        int opcode = word & 0x7f, rd = word >> 7 & 31;
        boolean writes = opcode != 0x23 && opcode != 0x63; // stores and branches have no rd
        if (observer != null && writes && rd != Reg.ZERO) observer.written(rd);
    }

    private void put32(int w) {
        out.write(w);
        out.write(w >> 8);
        out.write(w >> 16);
        out.write(w >> 24);
    }

    /**
     * If the last thing emitted is an instruction computing register {@code rd} (an integer operation or load,
     * without fix-up) and no label has been bound after it, makes it compute {@code newRd} instead (or drops it
     * if it was a copy from newRd): a value computed only to be copied elsewhere goes there directly. Returns
     * whether it did.
     */
    public boolean retargetLast(int rd, int newRd) {
        if (instructions.isEmpty() || rd == Reg.ZERO) return false;
        int at = instructions.get(instructions.size() - 1).offset();
        if (at + 4 != out.size() || lastBound == out.size()) return false;
        if (!fixups.isEmpty() && patches(fixups.get(fixups.size() - 1), at)) return false;
        int w = out.get32(at);
        int opcode = w & 0x7f;
        boolean computes = opcode == 0x03
                || opcode == 0x13
                || opcode == 0x1b
                || opcode == 0x33
                || opcode == 0x3b
                || opcode == 0x37;
        if (!computes || (w >> 7 & 31) != rd) return false;
        int retargeted = w & ~(31 << 7) | newRd << 7;
        if (retargeted == Encoder.addi(newRd, newRd, 0)) { // became "mv r, r": nothing left to do
            out.dropLast4();
            instructions.remove(instructions.size() - 1);
        } else {
            out.set32(at, retargeted);
            if (observer != null) observer.written(newRd);
        }
        return true;
    }

    /** True if fix-up f rewrites the instruction at offset {@code at} (auipc pairs also patch the second word). */
    private static boolean patches(Fixup f, int at) {
        boolean pair = f.kind() == Kind.PCREL_ADDI
                || f.kind() == Kind.PCREL_LD
                || f.kind() == Kind.PCREL_STORE
                || f.kind() == Kind.PCREL_JALR;
        return f.at() == at || (pair && f.at() + 4 == at);
    }

    // ---- control flow with labels ----

    /**
     * While set, conditional branches to labels are emitted as the inverted branch over a {@code jal}
     * (reach ±1 MiB instead of ±4 KiB) — for code too large for short branches (there is no relaxation).
     */
    public void setLongBranches(boolean on) {
        this.longBranches = on;
    }

    /** Conditional branch; {@code f3} selects beq(0) bne(1) blt(4) bge(5) bltu(6) bgeu(7). */
    public void branch(int f3, int rs1, int rs2, Label target) {
        if (longBranches) {
            Label skip = newLabel(null);
            shortBranch(f3 ^ 1, rs1, rs2, skip); // the spec pairs each condition with its inverse in f3 bit 0
            jal(Reg.ZERO, target);
            bind(skip);
            return;
        }
        shortBranch(f3, rs1, rs2, target);
    }

    private void shortBranch(int f3, int rs1, int rs2, Label target) {
        int word = Encoder.b("b", f3, rs1, rs2, 0);
        fixups.add(new Fixup(Kind.BRANCH, out.size(), target, word, 0));
        emit(word);
    }

    public void beq(int rs1, int rs2, Label l) {
        branch(0, rs1, rs2, l);
    }

    public void bne(int rs1, int rs2, Label l) {
        branch(1, rs1, rs2, l);
    }

    public void blt(int rs1, int rs2, Label l) {
        branch(4, rs1, rs2, l);
    }

    public void bge(int rs1, int rs2, Label l) {
        branch(5, rs1, rs2, l);
    }

    public void bltu(int rs1, int rs2, Label l) {
        branch(6, rs1, rs2, l);
    }

    public void bgeu(int rs1, int rs2, Label l) {
        branch(7, rs1, rs2, l);
    }

    public void jal(int rd, Label target) {
        fixups.add(new Fixup(Kind.JAL, out.size(), target, Encoder.jal(rd, 0), 0));
        emit(Encoder.jal(rd, 0));
    }

    public void j(Label target) {
        jal(Reg.ZERO, target);
    }

    /** Far call: auipc ra + jalr ra (±2 GiB). */
    public void call(Label target) {
        fixups.add(new Fixup(Kind.PCREL_JALR, out.size(), target, Encoder.jalr(Reg.RA, Reg.RA, 0), 0));
        emit(Encoder.auipc(Reg.RA, 0));
        emit(Encoder.jalr(Reg.RA, Reg.RA, 0));
    }

    /** rd = address of label (+ addend): auipc + addi. */
    public void la(int rd, Label target, long addend) {
        fixups.add(new Fixup(Kind.PCREL_ADDI, out.size(), target, Encoder.addi(rd, rd, 0), addend));
        emit(Encoder.auipc(rd, 0));
        emit(Encoder.addi(rd, rd, 0));
    }

    public void la(int rd, Label target) {
        la(rd, target, 0);
    }

    /** rd = 64-bit load from label (+ addend): auipc + ld. */
    public void ldLabel(int rd, Label target, long addend) {
        fixups.add(new Fixup(Kind.PCREL_LD, out.size(), target, Encoder.ld(rd, rd, 0), addend));
        emit(Encoder.auipc(rd, 0));
        emit(Encoder.ld(rd, rd, 0));
    }

    /**
     * A load from label (+ addend) in two instructions: auipc tmp, then {@code load}, an I-type load encoded
     * with base tmp and offset 0 (its offset becomes the label's low 12 bits). tmp may be the load's rd.
     */
    public void loadLabel(int load, int tmp, Label target, long addend) {
        fixups.add(new Fixup(Kind.PCREL_LD, out.size(), target, load, addend));
        emit(Encoder.auipc(tmp, 0));
        emit(load);
    }

    /**
     * A store to label (+ addend) in two instructions: auipc tmp, then {@code store}, an S-type store encoded
     * with base tmp and offset 0. tmp must not be the register stored.
     */
    public void storeLabel(int store, int tmp, Label target, long addend) {
        fixups.add(new Fixup(Kind.PCREL_STORE, out.size(), target, store, addend));
        emit(Encoder.auipc(tmp, 0));
        emit(store);
    }

    /**
     * An auipc of rd alone, with the high part of the pc-relative offset to target; {@code anchor} (a new label,
     * not bound elsewhere) names it for the accesses that complete it ({@link #loadLo}, {@link #storeLo}): one
     * auipc serves every access to the same address, wherever they are. Binding the anchor tells no observer of a
     * join: control does not arrive there from elsewhere.
     */
    public void auipcHi(int rd, Label target, Label anchor) {
        if (anchor.offset >= 0) throw new IllegalStateException("anchor " + anchor.name() + " bound twice");
        anchor.offset = out.size();
        fixups.add(new Fixup(Kind.PCREL_HI, out.size(), target, Encoder.auipc(rd, 0), 0));
        emit(Encoder.auipc(rd, 0));
    }

    /** An I-type load {@code word} (offset 0, its base the anchor's auipc register) of target's low 12 bits. */
    public void loadLo(int word, Label target, Label anchor) {
        fixups.add(new Fixup(Kind.PCREL_LO_I, out.size(), target, word, 0, anchor));
        emit(word);
    }

    /** An S-type store {@code word} (offset 0, its base the anchor's auipc register) of target's low 12 bits. */
    public void storeLo(int word, Label target, Label anchor) {
        fixups.add(new Fixup(Kind.PCREL_LO_S, out.size(), target, word, 0, anchor));
        emit(word);
    }

    // ---- pseudo-instructions ----

    public void mv(int rd, int rs) {
        if (rd != rs) emit(Encoder.addi(rd, rs, 0));
    }

    public void ret() {
        emit(Encoder.jalr(Reg.ZERO, Reg.RA, 0));
    }

    public void nop() {
        emit(Encoder.addi(0, 0, 0));
    }

    /** Loads any 64-bit constant into rd (at most 8 instructions, no memory access). */
    public void li(int rd, long value) {
        if (value >= -2048 && value < 2048) {
            emit(Encoder.addi(rd, Reg.ZERO, value));
        } else if (value == (int) value) {
            long hi20 = ((value + 0x800) >> 12) & 0xfffff;
            long lo12 = value << 52 >> 52;
            emit(Encoder.lui(rd, hi20 >= 0x80000 ? hi20 - 0x100000 : hi20));
            if (lo12 != 0) emit(Encoder.addiw(rd, rd, lo12));
        } else {
            long lo12 = value << 52 >> 52;
            long hi = (value - lo12) >> 12;
            int shift = 12 + Long.numberOfTrailingZeros(hi);
            li(rd, (value - lo12) >> shift);
            emit(Encoder.slli(rd, rd, shift));
            if (lo12 != 0) emit(Encoder.addi(rd, rd, lo12));
        }
    }

    // ---- data directives ----

    public void bytes(byte[] data) {
        out.write(data, 0, data.length);
    }

    public void byte8(int v) {
        out.write(v);
    }

    public void half(int v) {
        out.write(v);
        out.write(v >> 8);
    }

    public void word(int v) {
        put32(v);
    }

    public void dword(long v) {
        put32((int) v);
        put32((int) (v >>> 32));
    }

    /** A 64-bit data word holding the absolute address of a label (+ addend). */
    public void dword(Label target, long addend) {
        fixups.add(new Fixup(Kind.ABS64, out.size(), target, 0, addend));
        dword(0);
    }

    /** A 32-bit data word holding the low half of the absolute address of a label. */
    public void word(Label target) {
        fixups.add(new Fixup(Kind.ABS32, out.size(), target, 0, 0));
        word(0);
    }

    public void asciz(String s) {
        bytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.write(0);
    }

    /** Pads with zero bytes up to a multiple of {@code alignment} (a power of two). */
    public void align(int alignment) {
        if (Integer.bitCount(alignment) != 1)
            throw new IllegalArgumentException("align: " + alignment + " is not a power of two");
        while ((out.size() & (alignment - 1)) != 0) out.write(0);
    }

    public void zeros(int n) {
        for (int k = 0; k < n; k++) out.write(0);
    }

    // ---- result ----

    /** Resolves every fix-up and returns the image; throws if a label is unbound or a reference is out of range. */
    public byte[] finish() {
        byte[] image = out.toByteArray();
        for (Fixup f : fixups) {
            if (!f.target().isBound())
                throw new IllegalStateException("undefined label " + f.target().name());
            patch(image, f);
        }
        finished = true;
        return image;
    }

    public boolean isFinished() {
        return finished;
    }

    private void patch(byte[] image, Fixup f) {
        long target = base + f.target().offset + f.addend();
        long rel = target - (base + f.at());
        switch (f.kind()) {
            case BRANCH -> {
                int w = f.word();
                set32(image, f.at(), Encoder.b("b" + (w >> 12 & 7), w >> 12 & 7, w >> 15 & 31, w >> 20 & 31, rel));
            }
            case JAL -> set32(image, f.at(), Encoder.jal(f.word() >> 7 & 31, rel));
            case PCREL_ADDI, PCREL_LD, PCREL_STORE, PCREL_JALR -> patchPcrel(image, f, rel);
            case PCREL_HI -> set32(image, f.at(), (f.word() & 0xfff) | (int) (high(f, rel) << 12));
            case PCREL_LO_I, PCREL_LO_S -> {
                if (!f.anchor().isBound())
                    throw new IllegalStateException(
                            "unbound anchor " + f.anchor().name());
                long lo = (target - (base + f.anchor().offset)) << 52 >> 52;
                set32(image, f.at(), lowPart(f.kind() == Kind.PCREL_LO_S, f.word(), lo));
            }
            case ABS64 -> {
                set32(image, f.at(), (int) target);
                set32(image, f.at() + 4, (int) (target >>> 32));
            }
            case ABS32 -> set32(image, f.at(), (int) target);
        }
    }

    /** auipc rd, %pcrel_hi ; op rd', rd, %pcrel_lo — the low 12 bits are sign-extended, hence the +0x800. */
    private static void patchPcrel(byte[] image, Fixup f, long rel) {
        long hi = high(f, rel);
        long lo = rel << 52 >> 52;
        int auipc = get32(image, f.at());
        set32(image, f.at(), (auipc & 0xfff) | (int) (hi << 12));
        set32(image, f.at() + 4, lowPart(f.kind() == Kind.PCREL_STORE, f.word(), lo));
    }

    private static long high(Fixup f, long rel) {
        if (rel != (int) rel || rel + 0x800 != (int) (rel + 0x800)) {
            throw new IllegalArgumentException("auipc: offset to " + f.target().name() + " out of ±2 GiB range");
        }
        return ((rel + 0x800) >> 12) & 0xfffff;
    }

    /** An I-type or S-type word with its 12-bit immediate set to lo (S-type: imm[11:5] in 31..25, imm[4:0] in 11..7). */
    private static int lowPart(boolean store, int word, long lo) {
        return store
                ? word & 0x01fff07f | (int) ((lo >> 5 & 0x7f) << 25) | (int) ((lo & 0x1f) << 7)
                : word & 0x000fffff | (int) ((lo & 0xfff) << 20);
    }

    private static int get32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    private static void set32(byte[] b, int at, int w) {
        b[at] = (byte) w;
        b[at + 1] = (byte) (w >> 8);
        b[at + 2] = (byte) (w >> 16);
        b[at + 3] = (byte) (w >> 24);
    }
}
