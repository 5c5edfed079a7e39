package org.mkplay.emulator.cpu;

import static org.objectweb.asm.Opcodes.*;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mkplay.emulator.MachineConfig;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * JVM only (TeaVM never sees this class: only the {@link BlockTranslator} interface is shared): translates a
 * block into a hidden class whose {@code run} method HotSpot compiles like any other, so a hot loop runs without a
 * dispatch per instruction. The method keeps the registers the block uses in JVM locals (loaded at entry, written
 * back at every exit), does loads and stores through the hart's fast caches inline, and runs a block whose final
 * branch goes back to its own start again while a whole run fits in the budget (see {@link CompiledBlock}).
 *
 * <p>What it leaves to the interpreter, stopping before the op with {@link CompiledBlock#RESUME}: {@code jalr},
 * atomics, CSR and system instructions; and any load or store whose fast path does not apply (a fast-cache miss,
 * which covers devices, PMP, triggers and page faults; a misaligned address; a store into a page with decoded
 * code, so that the interpreter's store drops the blocks and leaves). Every arm computes what the interpreter's
 * arm computes; the tests run the same programs on every engine.
 */
public final class JvmBlockTranslator implements BlockTranslator {
    private static final String SUPER = Type.getInternalName(CompiledBlock.class);
    private static final String SELF = Type.getInternalName(JvmBlockTranslator.class);
    private static final String ARITHMETIC = Type.getInternalName(Arithmetic.class);
    private static final String HART = Type.getInternalName(Hart.class);
    private static final String CODE_PAGES = "[" + Type.getDescriptor(CodePage.class);
    private static final String NAME = "org/mkplay/emulator/cpu/CompiledBlockCode";
    private static final long MIN = Long.MIN_VALUE;

    // Locals of run: this, the hart, pc, room, generation (longs take two slots), the hart's arrays, the complete
    // runs, scratch for an address and a cache index, the exit code, then one long per guest register.
    private static final int HART_LOCAL = 1, PC = 2, ROOM = 4, GENERATION = 6;
    private static final int X = 8, MEMORY = 9, LOAD_TAG = 10, LOAD_PAGE = 11, STORE_TAG = 12, STORE_PAGE = 13;
    private static final int PAGES = 14, RETIRED = 15, VA = 17, INDEX = 19, CODE = 20, OFFSET = 21, REGISTERS = 23;

    /**
     * Blocks translated in this JVM, by what their code depends on ({@link #key}): compiled code reads the hart it
     * is given, so machines running the same code (every guest on the same kernel, a benchmark's runs) share one
     * class, which HotSpot has compiled already. Least recently used first; a dropped class is unloaded with the
     * last block holding it.
     */
    private static final Map<Key, CompiledBlock> SHARED = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CompiledBlock> eldest) {
            return size() > SHARED_BLOCKS;
        }
    };

    private static final int SHARED_BLOCKS = 4096;

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** Runs of a block before it is translated, on the JVM's default engine ({@link #onJvm}). */
    public static final int TRANSLATE_AFTER = 50;

    /**
     * The JVM's default engine on {@code config}: the block engine translating blocks after
     * {@value #TRANSLATE_AFTER} runs. Every JVM caller that runs guests starts from here (the browser keeps the
     * plain block engine: TeaVM never sees this class).
     */
    public static MachineConfig onJvm(MachineConfig config) {
        return config.blockTranslator(new JvmBlockTranslator(), TRANSLATE_AFTER);
    }

    @Override
    public CompiledBlock translate(Block block) {
        if (!translatable(Op.op((int) block.ops[0]))) {
            return null;
        }
        List<Block> region = region(block);
        Key key = key(region);
        synchronized (SHARED) {
            CompiledBlock code = SHARED.get(key);
            if (code == null) {
                code = define(classFor(region));
                SHARED.put(key, code);
            }
            return code;
        }
    }

    /** What a region's code depends on (see {@link #key(List)}). */
    private record Key(long[] words) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Arrays.equals(words, k.words);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(words);
        }
    }

    /** Per block of the region, in order: where it starts, its count, exits and links in the region, ops, offsets. */
    private static Key key(List<Block> region) {
        int length = 0;
        for (Block b : region) {
            length += 6 + 2 * b.ops.length;
        }
        long[] words = new long[length];
        int at = 0;
        for (Block b : region) {
            int ops = b.ops.length;
            words[at++] = b.pageOffset - region.get(0).pageOffset;
            words[at++] = b.count;
            words[at++] = b.takenOffset;
            words[at++] = b.fallOffset;
            words[at++] = b.linksTaken ? region.indexOf(b.taken) : -1;
            words[at++] = b.linksFall ? region.indexOf(b.fall) : -1;
            System.arraycopy(b.ops, 0, words, at, ops);
            at += ops;
            for (int k = 0; k < ops; k++) {
                words[at++] = b.offset[k];
            }
        }
        return new Key(words);
    }

    /** Most blocks, and ops, in one region: keeps {@code run} well below HotSpot's limit for compiling a method. */
    private static final int REGION_BLOCKS = 12, REGION_OPS = 160;

    /**
     * The entry block and the blocks reachable from it through links (each on the entry's page, as links are),
     * breadth first, that start with an op the code runs: the code follows a link into the region without leaving.
     */
    private static List<Block> region(Block entry) {
        List<Block> region = new ArrayList<>();
        region.add(entry);
        int ops = entry.ops.length;
        for (int i = 0; i < region.size() && region.size() < REGION_BLOCKS; i++) {
            Block b = region.get(i);
            for (Block next : new Block[] {b.linksTaken ? b.taken : null, b.linksFall ? b.fall : null}) {
                if (next != null
                        && next.cached
                        && !region.contains(next)
                        && region.size() < REGION_BLOCKS
                        && ops + next.ops.length <= REGION_OPS
                        && translatable(Op.op((int) next.ops[0]))) {
                    region.add(next);
                    ops += next.ops.length;
                }
            }
        }
        return region;
    }

    private static CompiledBlock define(byte[] bytes) {
        try {
            MethodHandles.Lookup hidden = LOOKUP.defineHiddenClass(bytes, true);
            return (CompiledBlock) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class))
                    .invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot define the code of a block", e);
        }
    }

    /** Ops the compiled code runs (loads and stores only on their fast path); the others stop it. */
    private static boolean translatable(int op) {
        switch (op) {
            case Op.AMO_W, Op.AMO_D, Op.JALR:
                return false;
            default:
                return op < Op.ECALL || op > Op.ILLEGAL;
        }
    }

    private static boolean isLoad(int op) {
        return op >= Op.LB && op <= Op.LWU;
    }

    private static boolean isStore(int op) {
        return op >= Op.SB && op <= Op.SD;
    }

    private static byte[] classFor(List<Block> region) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, NAME, null, SUPER, null);
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, SUPER, "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "run", "(L" + HART + ";JJJ)J", null, null);
        mv.visitCode();
        new Emitter(mv, region).emitRun();
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** The {@code run} method of a region: the entry block and the blocks linked from it on its page. */
    private static final class Emitter {
        private final MethodVisitor mv;
        private final Block entry;
        private final List<Block> region;
        /** Per region block: the ops compiled (up to the first untranslatable op, or through the terminator). */
        private final int[] compiled;
        /** Registers the compiled ops read or write (bit r), and those they write. */
        private final long used, written;

        private final Label exit = new Label();
        private final Label[] starts;
        /** The block being emitted. */
        private Block block;

        Emitter(MethodVisitor mv, List<Block> region) {
            this.mv = mv;
            this.entry = region.get(0);
            this.region = region;
            this.compiled = new int[region.size()];
            this.starts = new Label[region.size()];
            long usedBits = 0, writtenBits = 0;
            for (int j = 0; j < region.size(); j++) {
                Block b = region.get(j);
                starts[j] = new Label();
                int k = 0;
                while (true) {
                    int w = (int) b.ops[k];
                    int op = Op.op(w);
                    if (!translatable(op)) {
                        break;
                    }
                    usedBits |= 1L << Op.rs1(w) | 1L << Op.rs2(w);
                    if (writes(op)) {
                        writtenBits |= 1L << Op.rd(w);
                    }
                    k++;
                    if (op == Op.END || endsBlock(op)) {
                        break;
                    }
                }
                compiled[j] = k;
            }
            long mask = 0xFFFF_FFFEL; // x1..x31 (not x0, nor the sink)
            this.written = writtenBits & mask;
            this.used = (usedBits | writtenBits) & mask;
        }

        private static boolean writes(int op) {
            return !isStore(op)
                    && !(op >= Op.BEQ && op <= Op.BGEU)
                    && op != Op.END
                    && op != Op.FENCE
                    && op != Op.FENCE_I;
        }

        private static boolean endsBlock(int op) {
            return (op >= Op.JAL && op <= Op.BGEU) || (op >= Op.ECALL && op <= Op.ILLEGAL);
        }

        void emitRun() {
            loadState();
            for (int j = 0; j < region.size(); j++) {
                block = region.get(j);
                mv.visitLabel(starts[j]);
                for (int k = 0; k < compiled[j]; k++) {
                    emitOp(k, block.ops[k]);
                }
                if (!ends(compiled[j] - 1)) {
                    stop(compiled[j]); // the first op left to the interpreter
                }
            }
            mv.visitLabel(exit);
            for (int r = 1; r < 32; r++) {
                if ((written & 1L << r) != 0) {
                    mv.visitVarInsn(ALOAD, X);
                    mv.visitLdcInsn(r);
                    mv.visitVarInsn(LLOAD, local(r));
                    mv.visitInsn(LASTORE);
                }
            }
            mv.visitVarInsn(ILOAD, CODE);
            mv.visitInsn(I2L);
            mv.visitVarInsn(LLOAD, RETIRED);
            mv.visitLdcInsn(CompiledBlock.RETIRED_SHIFT);
            mv.visitInsn(LSHL);
            mv.visitInsn(LOR);
            mv.visitInsn(LRETURN);
        }

        private boolean ends(int k) {
            int op = Op.op((int) block.ops[k]);
            return op == Op.END || endsBlock(op);
        }

        private void loadState() {
            field("x", "[J", X);
            field("memory", "[J", MEMORY);
            field("loadTag", "[J", LOAD_TAG);
            field("loadPage", "[J", LOAD_PAGE);
            field("storeTag", "[J", STORE_TAG);
            field("storePage", "[J", STORE_PAGE);
            field("codePages", CODE_PAGES, PAGES);
            mv.visitInsn(LCONST_0);
            mv.visitVarInsn(LSTORE, RETIRED);
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ISTORE, CODE);
            for (int r = 1; r < 32; r++) {
                if ((used & 1L << r) != 0) {
                    mv.visitVarInsn(ALOAD, X);
                    mv.visitLdcInsn(r);
                    mv.visitInsn(LALOAD);
                    mv.visitVarInsn(LSTORE, local(r));
                }
            }
        }

        private void field(String name, String descriptor, int local) {
            mv.visitVarInsn(ALOAD, HART_LOCAL);
            mv.visitFieldInsn(GETFIELD, HART, name, descriptor);
            mv.visitVarInsn(ASTORE, local);
        }

        private static int local(int r) {
            return REGISTERS + 2 * (r - 1);
        }

        /** Leaves the block being emitted with {@code code} (the registers are written back at the exit label). */
        private void leave(int code) {
            mv.visitLdcInsn(CompiledBlock.place(delta()) | code);
            mv.visitVarInsn(ISTORE, CODE);
            mv.visitJumpInsn(GOTO, exit);
        }

        /** Leaves before op k: the interpreter runs it. */
        private void stop(int k) {
            leave(k << 3 | CompiledBlock.RESUME);
        }

        private void register(int r) {
            if (r == 0) {
                mv.visitInsn(LCONST_0);
            } else {
                mv.visitVarInsn(LLOAD, local(r));
            }
        }

        /** Stores the long on the stack into rd (dropped for the sink). */
        private void setRegister(int rd) {
            if (rd == Op.SINK || rd == 0) {
                mv.visitInsn(POP2);
            } else {
                mv.visitVarInsn(LSTORE, local(rd));
            }
        }

        private void emitOp(int k, long decoded) {
            int w = (int) decoded;
            int imm = (int) (decoded >> 32);
            int rd = Op.rd(w), rs1 = Op.rs1(w), rs2 = Op.rs2(w);
            int op = Op.op(w);
            switch (op) {
                case Op.END -> fallExit();
                case Op.JAL -> {
                    mv.visitVarInsn(LLOAD, PC);
                    mv.visitLdcInsn((long) delta() + block.fallOffset);
                    mv.visitInsn(LADD);
                    setRegister(rd);
                    takenExit();
                }
                case Op.BEQ, Op.BNE, Op.BLT, Op.BGE, Op.BLTU, Op.BGEU -> branch(op, rs1, rs2);
                case Op.FENCE, Op.FENCE_I -> {}
                case Op.LB, Op.LH, Op.LW, Op.LD, Op.LBU, Op.LHU, Op.LWU -> load(k, op, rd, rs1, imm);
                case Op.SB, Op.SH, Op.SW, Op.SD -> store(k, op, rs1, rs2, imm);
                default -> {
                    value(k, op, rs1, rs2, imm);
                    setRegister(rd);
                }
            }
        }

        /** Where the block being emitted starts, from the entry block's start. */
        private int delta() {
            return block.pageOffset - entry.pageOffset;
        }

        private void takenExit() {
            follow(CompiledBlock.TAKEN, block.linksTaken ? block.taken : null);
        }

        private void fallExit() {
            follow(CompiledBlock.FALL, block.linksFall ? block.fall : null);
        }

        /**
         * Leaves the block being emitted through {@code kind}, to {@code next} (its linked successor there, or null):
         * when {@code next} is in the region and a whole run of it fits in the room left, the block's instructions
         * are counted as retired and the code goes on in {@code next}; else it leaves with {@code kind}.
         */
        private void follow(int kind, Block next) {
            int j = next == null ? -1 : region.indexOf(next);
            if (j >= 0) {
                Label out = new Label();
                mv.visitVarInsn(LLOAD, ROOM);
                mv.visitLdcInsn((long) block.count + next.count);
                mv.visitInsn(LCMP);
                mv.visitJumpInsn(IFLT, out);
                mv.visitVarInsn(LLOAD, ROOM);
                mv.visitLdcInsn((long) block.count);
                mv.visitInsn(LSUB);
                mv.visitVarInsn(LSTORE, ROOM);
                mv.visitVarInsn(LLOAD, RETIRED);
                mv.visitLdcInsn((long) block.count);
                mv.visitInsn(LADD);
                mv.visitVarInsn(LSTORE, RETIRED);
                mv.visitJumpInsn(GOTO, starts[j]);
                mv.visitLabel(out);
            }
            leave(kind);
        }

        /** The block's final branch: TAKEN or FALL by the comparison the interpreter's arm makes. */
        private void branch(int op, int rs1, int rs2) {
            boolean unsigned = op == Op.BLTU || op == Op.BGEU;
            register(rs1);
            if (unsigned) {
                flipSign();
            }
            register(rs2);
            if (unsigned) {
                flipSign();
            }
            mv.visitInsn(LCMP);
            Label taken = new Label();
            int jump = switch (op) {
                case Op.BEQ -> IFEQ;
                case Op.BNE -> IFNE;
                case Op.BLT, Op.BLTU -> IFLT;
                default -> IFGE;
            };
            mv.visitJumpInsn(jump, taken);
            fallExit();
            mv.visitLabel(taken);
            takenExit();
        }

        private void flipSign() {
            mv.visitLdcInsn(MIN);
            mv.visitInsn(LXOR);
        }

        private static int width(int op) {
            return switch (op) {
                case Op.LB, Op.LBU, Op.SB -> 1;
                case Op.LH, Op.LHU, Op.SH -> 2;
                case Op.LW, Op.LWU, Op.SW -> 4;
                default -> 8;
            };
        }

        /**
         * VA = rs1 + imm, INDEX = its fast-cache entry; leaves before op k unless {@code tags[INDEX]} holds VA's page
         * in this generation and VA is aligned to {@code width}.
         */
        private void address(int k, int rs1, int imm, int width, int tags) {
            register(rs1);
            mv.visitLdcInsn((long) imm);
            mv.visitInsn(LADD);
            mv.visitVarInsn(LSTORE, VA);
            mv.visitVarInsn(LLOAD, VA);
            mv.visitLdcInsn(12);
            mv.visitInsn(LUSHR);
            mv.visitInsn(L2I);
            mv.visitLdcInsn(org.mkplay.emulator.mmu.Mmu.FAST_ENTRIES - 1);
            mv.visitInsn(IAND);
            mv.visitVarInsn(ISTORE, INDEX);
            Label miss = new Label(), hit = new Label();
            mv.visitVarInsn(ALOAD, tags);
            mv.visitVarInsn(ILOAD, INDEX);
            mv.visitInsn(LALOAD);
            mv.visitVarInsn(LLOAD, VA);
            mv.visitLdcInsn(12);
            mv.visitInsn(LUSHR);
            mv.visitVarInsn(LLOAD, GENERATION);
            mv.visitInsn(LOR);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFNE, miss);
            if (width > 1) {
                mv.visitVarInsn(LLOAD, VA);
                mv.visitInsn(L2I);
                mv.visitLdcInsn(width - 1);
                mv.visitInsn(IAND);
                mv.visitJumpInsn(IFNE, miss);
            }
            mv.visitJumpInsn(GOTO, hit);
            mv.visitLabel(miss);
            stop(k);
            mv.visitLabel(hit);
        }

        /** OFFSET = the RAM offset of VA: {@code pages[INDEX] | (VA & 0xFFF)}. */
        private void ramOffset(int pages) {
            mv.visitVarInsn(ALOAD, pages);
            mv.visitVarInsn(ILOAD, INDEX);
            mv.visitInsn(LALOAD);
            mv.visitVarInsn(LLOAD, VA);
            mv.visitLdcInsn(0xFFFL);
            mv.visitInsn(LAND);
            mv.visitInsn(LOR);
            mv.visitVarInsn(LSTORE, OFFSET);
        }

        /** memory[OFFSET >>> 3], for an XALOAD or XASTORE. */
        private void wordIndex() {
            mv.visitVarInsn(ALOAD, MEMORY);
            mv.visitVarInsn(LLOAD, OFFSET);
            mv.visitLdcInsn(3);
            mv.visitInsn(LUSHR);
            mv.visitInsn(L2I);
        }

        /** (OFFSET & 7) << 3: the bit position of the access in its RAM word. */
        private void bitShift() {
            mv.visitVarInsn(LLOAD, OFFSET);
            mv.visitInsn(L2I);
            mv.visitLdcInsn(7);
            mv.visitInsn(IAND);
            mv.visitLdcInsn(3);
            mv.visitInsn(ISHL);
        }

        /** The interpreter's load arm on its fast path: the lane of the RAM word, extended as the op says. */
        private void load(int k, int op, int rd, int rs1, int imm) {
            int width = width(op);
            address(k, rs1, imm, width, LOAD_TAG);
            ramOffset(LOAD_PAGE);
            wordIndex();
            mv.visitInsn(LALOAD);
            if (width < 8) {
                bitShift();
                mv.visitInsn(LUSHR);
            }
            switch (op) {
                case Op.LB -> narrow(I2B);
                case Op.LH -> narrow(I2S);
                case Op.LW -> narrow(NOP);
                case Op.LBU -> mask(0xFFL);
                case Op.LHU -> mask(0xFFFFL);
                case Op.LWU -> mask(0xFFFF_FFFFL);
                default -> {}
            }
            setRegister(rd);
        }

        private void narrow(int opcode) {
            mv.visitInsn(L2I);
            if (opcode != NOP) {
                mv.visitInsn(opcode);
            }
            mv.visitInsn(I2L);
        }

        private void mask(long bits) {
            mv.visitLdcInsn(bits);
            mv.visitInsn(LAND);
        }

        /**
         * The interpreter's store arm on its fast path, except into a page with decoded code: there it leaves before
         * the store, and the interpreter stores, drops the page's blocks and leaves the block.
         */
        private void store(int k, int op, int rs1, int rs2, int imm) {
            int width = width(op);
            address(k, rs1, imm, width, STORE_TAG);
            ramOffset(STORE_PAGE);
            Label plain = new Label();
            mv.visitVarInsn(ALOAD, PAGES);
            mv.visitVarInsn(LLOAD, OFFSET);
            mv.visitLdcInsn(12);
            mv.visitInsn(LUSHR);
            mv.visitInsn(L2I);
            mv.visitInsn(AALOAD);
            mv.visitJumpInsn(IFNULL, plain);
            stop(k);
            mv.visitLabel(plain);
            wordIndex();
            if (width == 8) {
                register(rs2);
            } else {
                long bits = width == 1 ? 0xFFL : width == 2 ? 0xFFFFL : 0xFFFF_FFFFL;
                // (word & ~(mask << shift)) | ((value & mask) << shift)
                wordIndex();
                mv.visitInsn(LALOAD);
                mv.visitLdcInsn(bits);
                bitShift();
                mv.visitInsn(LSHL);
                mv.visitLdcInsn(-1L);
                mv.visitInsn(LXOR);
                mv.visitInsn(LAND);
                register(rs2);
                mv.visitLdcInsn(bits);
                mv.visitInsn(LAND);
                bitShift();
                mv.visitInsn(LSHL);
                mv.visitInsn(LOR);
            }
            mv.visitInsn(LASTORE);
        }

        /** Pushes the 64-bit result of a register-only op, as the interpreter's arm computes it. */
        private void value(int k, int op, int rs1, int rs2, int imm) {
            switch (op) {
                case Op.LUI, Op.LI -> mv.visitLdcInsn((long) imm);
                case Op.AUIPC, Op.LA -> {
                    mv.visitVarInsn(LLOAD, PC);
                    mv.visitLdcInsn((long) delta() + block.offset[k] + imm);
                    mv.visitInsn(LADD);
                }
                case Op.ADDI -> longOp(rs1, imm, LADD);
                case Op.XORI -> longOp(rs1, imm, LXOR);
                case Op.ORI -> longOp(rs1, imm, LOR);
                case Op.ANDI -> longOp(rs1, imm, LAND);
                case Op.SLTI -> compare(rs1, -1, imm, "compare");
                case Op.SLTIU -> compare(rs1, -1, imm, "compareUnsigned");
                case Op.SLLI -> shiftImmediate(rs1, imm, LSHL);
                case Op.SRLI -> shiftImmediate(rs1, imm, LUSHR);
                case Op.SRAI -> shiftImmediate(rs1, imm, LSHR);
                case Op.ADD -> twoLongs(rs1, rs2, LADD);
                case Op.SUB -> twoLongs(rs1, rs2, LSUB);
                case Op.XOR -> twoLongs(rs1, rs2, LXOR);
                case Op.OR -> twoLongs(rs1, rs2, LOR);
                case Op.AND -> twoLongs(rs1, rs2, LAND);
                case Op.MUL -> twoLongs(rs1, rs2, LMUL);
                case Op.SLL -> shift(rs1, rs2, LSHL);
                case Op.SRL -> shift(rs1, rs2, LUSHR);
                case Op.SRA -> shift(rs1, rs2, LSHR);
                case Op.SLT -> compare(rs1, rs2, 0, "compare");
                case Op.SLTU -> compare(rs1, rs2, 0, "compareUnsigned");
                case Op.ADDIW -> intImmediate(rs1, imm, IADD);
                case Op.SLLIW -> intImmediate(rs1, imm, ISHL);
                case Op.SRLIW -> intImmediate(rs1, imm, IUSHR);
                case Op.SRAIW -> intImmediate(rs1, imm, ISHR);
                case Op.ADDW -> twoInts(rs1, rs2, IADD);
                case Op.SUBW -> twoInts(rs1, rs2, ISUB);
                case Op.SLLW -> twoInts(rs1, rs2, ISHL);
                case Op.SRLW -> twoInts(rs1, rs2, IUSHR);
                case Op.SRAW -> twoInts(rs1, rs2, ISHR);
                case Op.MULW -> twoInts(rs1, rs2, IMUL);
                case Op.MULH -> call(rs1, rs2, ARITHMETIC, "mulh", "(JJ)J", false);
                case Op.MULHSU -> call(rs1, rs2, ARITHMETIC, "mulhsu", "(JJ)J", false);
                case Op.MULHU -> call(rs1, rs2, ARITHMETIC, "mulhu", "(JJ)J", false);
                case Op.DIV -> call(rs1, rs2, SELF, "div", "(JJ)J", false);
                case Op.DIVU -> call(rs1, rs2, SELF, "divu", "(JJ)J", false);
                case Op.REM -> call(rs1, rs2, SELF, "rem", "(JJ)J", false);
                case Op.REMU -> call(rs1, rs2, SELF, "remu", "(JJ)J", false);
                case Op.DIVW -> call(rs1, rs2, ARITHMETIC, "divw", "(II)J", true);
                case Op.DIVUW -> call(rs1, rs2, ARITHMETIC, "divuw", "(II)J", true);
                case Op.REMW -> call(rs1, rs2, ARITHMETIC, "remw", "(II)J", true);
                case Op.REMUW -> call(rs1, rs2, ARITHMETIC, "remuw", "(II)J", true);
                default -> throw new IllegalStateException("no translation for op " + op);
            }
        }

        private void longOp(int rs1, int imm, int opcode) {
            register(rs1);
            mv.visitLdcInsn((long) imm);
            mv.visitInsn(opcode);
        }

        private void twoLongs(int rs1, int rs2, int opcode) {
            register(rs1);
            register(rs2);
            mv.visitInsn(opcode);
        }

        /** Shifts by the low 6 bits of rs2, as Java's long shifts do. */
        private void shift(int rs1, int rs2, int opcode) {
            register(rs1);
            register(rs2);
            mv.visitInsn(L2I);
            mv.visitInsn(opcode);
        }

        private void shiftImmediate(int rs1, int imm, int opcode) {
            register(rs1);
            mv.visitLdcInsn(imm);
            mv.visitInsn(opcode);
        }

        /** (int) rs1 OP imm, sign-extended. */
        private void intImmediate(int rs1, int imm, int opcode) {
            register(rs1);
            mv.visitInsn(L2I);
            mv.visitLdcInsn(imm);
            mv.visitInsn(opcode);
            mv.visitInsn(I2L);
        }

        /** (int) rs1 OP (int) rs2, sign-extended; int shifts use the low 5 bits, as RV64's *W shifts. */
        private void twoInts(int rs1, int rs2, int opcode) {
            register(rs1);
            mv.visitInsn(L2I);
            register(rs2);
            mv.visitInsn(L2I);
            mv.visitInsn(opcode);
            mv.visitInsn(I2L);
        }

        /** 1 if rs1 < (rs2, or imm when rs2 is -1) by Long.{@code method}, else 0: the sign bit of the comparison. */
        private void compare(int rs1, int rs2, int imm, String method) {
            register(rs1);
            if (rs2 < 0) {
                mv.visitLdcInsn((long) imm);
            } else {
                register(rs2);
            }
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", method, "(JJ)I", false);
            mv.visitLdcInsn(31);
            mv.visitInsn(IUSHR);
            mv.visitInsn(I2L);
        }

        private void call(int rs1, int rs2, String owner, String method, String descriptor, boolean ints) {
            register(rs1);
            if (ints) {
                mv.visitInsn(L2I);
            }
            register(rs2);
            if (ints) {
                mv.visitInsn(L2I);
            }
            mv.visitMethodInsn(INVOKESTATIC, owner, method, descriptor, false);
        }
    }

    // The interpreter's DIV, DIVU, REM and REMU arms (RISC-V defines division by zero; Java would throw).

    public static long div(long a, long b) {
        return b == 0 ? -1 : a / b;
    }

    public static long divu(long a, long b) {
        return b == 0 ? -1 : Arithmetic.divu(a, b);
    }

    public static long rem(long a, long b) {
        return b == 0 ? a : a % b;
    }

    public static long remu(long a, long b) {
        return b == 0 ? a : Arithmetic.remu(a, b);
    }
}
