package org.mkplay.riscv.isa;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Instruction encodings for the differential test: every compressed halfword of RV64C (except the
 * D-extension forms, which are outside RV64IMAC), every CSR number, every instruction form of
 * RV64IMAC + Zicsr + Zifencei + privileged with random fields biased toward the register and
 * immediate values that trigger objdump's aliases, and random words inside each major opcode.
 */
final class InstructionCorpus {
    /** {match, mask}: bits set in mask are fixed to match's value, the others are free. */
    private static final int[][] FORMS = buildForms();

    private static final int[] MAJOR_OPCODES = {
        0x03, 0x0F, 0x13, 0x17, 0x1B, 0x23, 0x2F, 0x33, 0x37, 0x3B, 0x63, 0x67, 0x6F, 0x73
    };

    private final List<Integer> instructions = new ArrayList<>();
    private final Random random;

    InstructionCorpus(long seed) {
        random = new Random(seed);
        addCompressed();
        addCsrs();
        for (int[] form : FORMS) {
            for (int i = 0; i < 250; i++) {
                instructions.add(biased(form[0], form[1]));
            }
            addRegisterGrid(form[0], form[1]);
        }
        for (int opcode : MAJOR_OPCODES) {
            for (int i = 0; i < 1500; i++) {
                instructions.add((random.nextInt() & ~0x7F) | opcode);
            }
        }
    }

    List<Integer> instructions() {
        return instructions;
    }

    /** Little-endian image: 2 bytes per compressed instruction, 4 per full one, back to back. */
    byte[] image() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int instruction : instructions) {
            for (int i = 0; i < Disassembler.length(instruction); i++) {
                bytes.write(instruction >>> (8 * i));
            }
        }
        return bytes.toByteArray();
    }

    private void addCompressed() {
        for (int h = 0; h < 0x10000; h++) {
            int quadrant = h & 3;
            int funct3 = h >>> 13;
            boolean doubleFloat = (quadrant == 0 || quadrant == 2) && (funct3 == 1 || funct3 == 5);
            if (quadrant != 3 && !doubleFloat) {
                instructions.add(h);
            }
        }
    }

    /** Every CSR by name, and the alias-prone CSRs with every CSR instruction and rd/rs1 in {zero, ra, a0}. */
    private void addCsrs() {
        for (int csr = 0; csr < 4096; csr++) {
            instructions.add((csr << 20) | (11 << 15) | (2 << 12) | (10 << 7) | 0x73);
        }
        int[] special = {0x001, 0x002, 0x003, 0x100, 0x300, 0x7FF, 0xC00, 0xC01, 0xC02, 0xC80, 0xF14};
        int[] registers = {0, 1, 10};
        for (int csr : special) {
            for (int funct3 : new int[] {1, 2, 3, 5, 6, 7}) {
                for (int rd : registers) {
                    for (int rs1 : registers) {
                        instructions.add((csr << 20) | (rs1 << 15) | (funct3 << 12) | (rd << 7) | 0x73);
                    }
                }
            }
        }
    }

    /** rd, rs1 and rs2 each in {zero, ra, sp} (where the form leaves them free): all alias corner cases. */
    private void addRegisterGrid(int match, int mask) {
        for (int rd = 0; rd < 3; rd++) {
            for (int rs1 = 0; rs1 < 3; rs1++) {
                for (int rs2 = 0; rs2 < 3; rs2++) {
                    int word = (random.nextInt() & 0xFE000000) | (rs2 << 20) | (rs1 << 15) | (rd << 7);
                    instructions.add((word & ~mask) | match);
                }
            }
        }
    }

    /** A random instance of a form, with register fields often zero/ra/sp and immediates often 0, 1, -1, 255. */
    private int biased(int match, int mask) {
        int word = random.nextInt();
        word = biasField(word, 7, 0x1F);
        word = biasField(word, 15, 0x1F);
        word = biasField(word, 20, 0x1F);
        if (random.nextInt(4) == 0) {
            int[] immediates = {0, 1, 0xFFF, 0xFF};
            word = (word & 0x000FFFFF) | (immediates[random.nextInt(4)] << 20);
        }
        return (word & ~mask) | match;
    }

    private int biasField(int word, int shift, int fieldMask) {
        int choice = random.nextInt(8);
        if (choice >= 3) {
            return word;
        }
        return (word & ~(fieldMask << shift)) | (choice << shift);
    }

    private static int[][] buildForms() {
        List<int[]> forms = new ArrayList<>();
        forms.add(new int[] {0x37, 0x7F});
        forms.add(new int[] {0x17, 0x7F});
        forms.add(new int[] {0x6F, 0x7F});
        forms.add(new int[] {0x67, 0x707F});
        addFunct3(forms, 0x63, 0, 1, 4, 5, 6, 7);
        addFunct3(forms, 0x03, 0, 1, 2, 3, 4, 5, 6);
        addFunct3(forms, 0x23, 0, 1, 2, 3);
        addFunct3(forms, 0x13, 0, 2, 3, 4, 6, 7);
        forms.add(new int[] {0x1013, 0xFC00707F});
        forms.add(new int[] {0x5013, 0xFC00707F});
        forms.add(new int[] {0x40005013, 0xFC00707F});
        forms.add(new int[] {0x1B, 0x707F});
        for (int match : new int[] {0x101B, 0x501B, 0x4000501B}) {
            forms.add(new int[] {match, 0xFE00707F});
        }
        for (int funct7 : new int[] {0x00, 0x20, 0x01}) {
            for (int funct3 = 0; funct3 < 8; funct3++) {
                forms.add(new int[] {(funct7 << 25) | (funct3 << 12) | 0x33, 0xFE00707F});
                forms.add(new int[] {(funct7 << 25) | (funct3 << 12) | 0x3B, 0xFE00707F});
            }
        }
        forms.add(new int[] {0x0F, 0xF00FFFFF});
        for (int exact : new int[] {
            0x0000100F,
            0x8330000F,
            0x0FF0000F,
            0x73,
            0x00100073,
            0x00200073,
            0x10200073,
            0x30200073,
            0x7B200073,
            0x10500073
        }) {
            forms.add(new int[] {exact, -1});
        }
        forms.add(new int[] {0x12000073, 0xFE007FFF});
        addFunct3(forms, 0x73, 1, 2, 3, 5, 6, 7);
        addAtomics(forms);
        return forms.toArray(new int[0][]);
    }

    private static void addFunct3(List<int[]> forms, int opcode, int... functs) {
        for (int funct3 : functs) {
            forms.add(new int[] {(funct3 << 12) | opcode, 0x707F});
        }
    }

    private static void addAtomics(List<int[]> forms) {
        for (int funct5 : new int[] {0x00, 0x01, 0x02, 0x03, 0x04, 0x08, 0x0C, 0x10, 0x14, 0x18, 0x1C}) {
            for (int funct3 : new int[] {2, 3}) {
                int mask = funct5 == 0x02 ? 0xF9F0707F : 0xF800707F;
                forms.add(new int[] {(funct5 << 27) | (funct3 << 12) | 0x2F, mask});
            }
        }
    }
}
