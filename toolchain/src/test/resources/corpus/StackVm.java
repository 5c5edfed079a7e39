public class StackVm {
    static final int PUSH = 0, ADD = 1, SUB = 2, MUL = 3, DIV = 4, MOD = 5, LT = 6, DUP = 7, SWAP = 8, DROP = 9,
        JZ = 10, JMP = 11, LOAD = 12, STORE = 13, PRINT = 14, CALL = 15, RET = 16, HALT = 17;
    static final String[] NAMES = {"push", "add", "sub", "mul", "div", "mod", "lt", "dup", "swap", "drop",
        "jz", "jmp", "load", "store", "print", "call", "ret", "halt"};

    static boolean hasOperand(int op) { return op == PUSH || op == JZ || op == JMP || op == LOAD || op == STORE || op == CALL; }

    /** Assembles with symbolic labels: jumps to a label are patched when the label is bound. */
    static final class Asm {
        int[] code = new int[512];
        int size;
        final int[] labelAt = new int[32];
        final int[] fixupPos = new int[128], fixupLabel = new int[128];
        int fixups;

        Asm op(int op) { code[size++] = op; return this; }
        Asm op(int op, int arg) { code[size++] = op; code[size++] = arg; return this; }
        Asm jump(int op, int label) { code[size++] = op; fixupPos[fixups] = size; fixupLabel[fixups++] = label; code[size++] = -1; return this; }
        Asm bind(int label) { labelAt[label] = size; return this; }

        int[] link() {
            for (int i = 0; i < fixups; i++) code[fixupPos[i]] = labelAt[fixupLabel[i]];
            int[] out = new int[size];
            for (int i = 0; i < size; i++) out[i] = code[i];
            return out;
        }
    }

    static final class Vm {
        final long[] stack = new long[256];
        final int[] returns = new int[64];
        final long[] vars = new long[16];
        int sp, rsp, pc;
        long steps;
        final StringBuilder out = new StringBuilder();

        void run(int[] code) {
            while (true) {
                steps++;
                int op = code[pc++];
                switch (op) {
                    case PUSH -> stack[sp++] = code[pc++];
                    case ADD -> { sp--; stack[sp - 1] += stack[sp]; }
                    case SUB -> { sp--; stack[sp - 1] -= stack[sp]; }
                    case MUL -> { sp--; stack[sp - 1] *= stack[sp]; }
                    case DIV -> { sp--; stack[sp - 1] /= stack[sp]; }
                    case MOD -> { sp--; stack[sp - 1] %= stack[sp]; }
                    case LT -> { sp--; stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0; }
                    case DUP -> { stack[sp] = stack[sp - 1]; sp++; }
                    case SWAP -> { long t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; }
                    case DROP -> sp--;
                    case JZ -> { int target = code[pc++]; if (stack[--sp] == 0) pc = target; }
                    case JMP -> pc = code[pc];
                    case LOAD -> stack[sp++] = vars[code[pc++]];
                    case STORE -> vars[code[pc++]] = stack[--sp];
                    case PRINT -> out.append(stack[--sp]).append(' ');
                    case CALL -> { returns[rsp++] = pc + 1; pc = code[pc]; }
                    case RET -> pc = returns[--rsp];
                    case HALT -> { return; }
                    default -> throw new IllegalStateException("bad opcode " + op);
                }
            }
        }
    }

    static String disassemble(int[] code) {
        StringBuilder sb = new StringBuilder();
        for (int pc = 0; pc < code.length; ) {
            int op = code[pc++];
            sb.append(NAMES[op]);
            if (hasOperand(op)) sb.append(' ').append(code[pc++]);
            sb.append("; ");
        }
        return sb.toString();
    }

    /** Prints sum(i*i, i < 100), factorial(k) for k in 1..20 via a subroutine, and the primes below 80. */
    static int[] program() {
        final int loop = 0, done = 1, factCalls = 2, fact = 3, factLoop = 4, factEnd = 5;
        final int primes = 6, next = 7, trial = 8, prime = 9, composite = 10, end = 11;
        Asm a = new Asm();
        a.op(PUSH, 0).op(STORE, 0).op(PUSH, 0).op(STORE, 1);
        a.bind(loop).op(LOAD, 0).op(PUSH, 100).op(LT).jump(JZ, done);
        a.op(LOAD, 1).op(LOAD, 0).op(DUP).op(MUL).op(ADD).op(STORE, 1);
        a.op(LOAD, 0).op(PUSH, 1).op(ADD).op(STORE, 0).jump(JMP, loop);
        a.bind(done).op(LOAD, 1).op(PRINT).op(PUSH, 1).op(STORE, 7);
        a.bind(factCalls).op(LOAD, 7).jump(CALL, fact).op(PRINT);
        a.op(LOAD, 7).op(PUSH, 1).op(ADD).op(DUP).op(STORE, 7).op(PUSH, 21).op(LT).jump(JZ, primes).jump(JMP, factCalls);
        a.bind(fact).op(STORE, 2).op(PUSH, 1).op(STORE, 3);
        a.bind(factLoop).op(LOAD, 2).jump(JZ, factEnd).op(LOAD, 3).op(LOAD, 2).op(MUL).op(STORE, 3);
        a.op(LOAD, 2).op(PUSH, 1).op(SUB).op(STORE, 2).jump(JMP, factLoop);
        a.bind(factEnd).op(LOAD, 3).op(RET);
        a.bind(primes).op(PUSH, 2).op(STORE, 4);
        a.bind(next).op(LOAD, 4).op(PUSH, 80).op(LT).jump(JZ, end).op(PUSH, 2).op(STORE, 5);
        a.bind(trial).op(LOAD, 5).op(DUP).op(MUL).op(LOAD, 4).op(PUSH, 1).op(ADD).op(LT).jump(JZ, prime);
        a.op(LOAD, 4).op(LOAD, 5).op(MOD).jump(JZ, composite);
        a.op(LOAD, 5).op(PUSH, 1).op(ADD).op(STORE, 5).jump(JMP, trial);
        a.bind(prime).op(LOAD, 4).op(PRINT);
        a.bind(composite).op(LOAD, 4).op(PUSH, 1).op(ADD).op(STORE, 4).jump(JMP, next);
        a.bind(end).op(HALT);
        return a.link();
    }

    public static void main(String[] args) {
        int[] code = program();
        Vm vm = new Vm();
        vm.run(code);
        System.out.println(vm.out);
        System.out.println("steps=" + vm.steps + " sp=" + vm.sp + " size=" + code.length);
        System.out.println(disassemble(code));
        Vm small = new Vm();
        small.run(new int[] {PUSH, 7, DUP, MUL, PUSH, 3, SWAP, SUB, PUSH, 4, DIV, PRINT, PUSH, -17, PUSH, 5, MOD, PRINT, HALT});
        System.out.println(small.out + "steps=" + small.steps);
    }
}
