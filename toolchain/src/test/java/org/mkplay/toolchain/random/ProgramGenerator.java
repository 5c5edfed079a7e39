package org.mkplay.toolchain.random;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded, reproducible random programs for differential testing: the same seed always gives the same text.
 * About one program in five ends with a function whose divisions are unguarded, so that an
 * ArithmeticException (and its report) is compared too; it is called last so the others all run.
 */
final class ProgramGenerator {
    /** Up to 16 locals: with parameters, fields and loop variables, more values than registers to keep them in. */
    private static final JType[] LOCAL_TYPES = {
        JType.INT,
        JType.LONG,
        JType.BYTE,
        JType.SHORT,
        JType.CHAR,
        JType.BOOLEAN,
        JType.INT,
        JType.LONG,
        JType.LONG,
        JType.INT,
        JType.CHAR,
        JType.LONG,
        JType.INT,
        JType.SHORT,
        JType.LONG,
        JType.INT
    };

    private static final JType[] ELEMENT_TYPES = {JType.INT, JType.LONG, JType.BYTE, JType.SHORT, JType.CHAR};

    private ProgramGenerator() {}

    static GeneratedProgram generate(long seed, int functionCount) {
        Random rnd = new Random(seed);
        long[] inputs = Literals.inputs(rnd, 6);
        boolean risky = rnd.nextInt(5) == 0;
        List<GeneratedFunction> functions = new ArrayList<>();
        List<GeneratedProgram.Call> calls = new ArrayList<>();
        for (int i = 0; i < functionCount; i++) {
            GeneratedFunction f = function(rnd, "f" + i, risky && i == functionCount - 1);
            functions.add(f);
            calls.add(new GeneratedProgram.Call(f.name(), 0, inputs.length));
        }
        return new GeneratedProgram(seed, "Gen" + Long.toUnsignedString(seed, 36), inputs, functions, calls);
    }

    private static GeneratedFunction function(Random rnd, String name, boolean mayDivideByZero) {
        ExpressionGenerator.Helper helper = new ExpressionGenerator.Helper("g" + name.substring(1));
        Scope scope = parameters();
        List<String> prologue = new ArrayList<>();
        prologue.add("        long " + StatementGenerator.ACC + " = l0 ^ i0;");
        declareFieldsAndStatics(scope, prologue);
        declareLocals(rnd, scope, helper, prologue);
        declareArrays(rnd, scope, prologue);
        prologue.add(
                "        java.util.ArrayList<Long> " + StatementGenerator.LIST + " = new java.util.ArrayList<>();");
        prologue.add(
                "        java.util.HashMap<Integer, Long> " + StatementGenerator.MAP + " = new java.util.HashMap<>();");
        StatementGenerator statements = new StatementGenerator(rnd, helper, mayDivideByZero);
        List<String> body = new ArrayList<>();
        int n = 4 + rnd.nextInt(7);
        for (int i = 0; i < n; i++) body.add(statements.statement(scope, 0, StatementGenerator.Loops.NONE, "        "));
        return new GeneratedFunction(name, helperMethod(rnd, helper), prologue, body, checksum(scope));
    }

    private static Scope parameters() {
        Scope scope = new Scope();
        scope.add(new Scope.Var("b0", JType.BYTE, true));
        scope.add(new Scope.Var("s0", JType.SHORT, true));
        scope.add(new Scope.Var("c0", JType.CHAR, true));
        scope.add(new Scope.Var("i0", JType.INT, true));
        scope.add(new Scope.Var("l0", JType.LONG, true));
        return scope;
    }

    /**
     * Instance fields of a fresh {@code Cell} and the program's static fields, as variables: every function
     * sets the statics from its parameters first, so results depend only on the inputs (and reductions hold).
     */
    private static void declareFieldsAndStatics(Scope scope, List<String> prologue) {
        prologue.add("        Cell o = new Cell();");
        prologue.add(
                "        o.i = i0 ^ 0x5a5a; o.l = l0 - 17; o.c = (char) (c0 + 1); o.s = (short) (s0 - 1); o.b = (byte) (b0 ^ 0x40);");
        prologue.add("        si = s0 * 3; sl = ~l0; sc = c0; sb = b0; ss = s0; sz = i0 < 0;");
        for (GeneratedProgram.Field f : GeneratedProgram.CELL_FIELDS)
            scope.add(new Scope.Var("o." + f.name(), f.type(), true));
        for (GeneratedProgram.Field f : GeneratedProgram.STATICS) scope.add(new Scope.Var(f.name(), f.type(), true));
    }

    /** Locals of every type, each initialised from what is declared before it. */
    private static void declareLocals(
            Random rnd, Scope scope, ExpressionGenerator.Helper helper, List<String> prologue) {
        int n = 3 + rnd.nextInt(LOCAL_TYPES.length - 2);
        for (int i = 0; i < n; i++) {
            JType t = LOCAL_TYPES[i];
            String name = (t == JType.BOOLEAN ? "z" : t.java.substring(0, 1)) + (i + 1);
            String init = new ExpressionGenerator(rnd, scope, helper, false).of(t, 3);
            prologue.add("        " + t.java + " " + name + " = " + init + ";");
            scope.add(new Scope.Var(name, t, true));
        }
    }

    private static void declareArrays(Random rnd, Scope scope, List<String> prologue) {
        int n = 1 + rnd.nextInt(2);
        for (int i = 0; i < n; i++) {
            JType t = ELEMENT_TYPES[rnd.nextInt(ELEMENT_TYPES.length)];
            String name = "a" + t.java.charAt(0) + i;
            prologue.add("        " + t.java + "[] " + name + " = new " + t.java + "[" + Scope.Array.LENGTH + "];");
            prologue.add("        for (int q = 0; q < " + Scope.Array.LENGTH + "; q++) " + name + "[q] = (" + t.java
                    + ") (l0 * (q + " + (2 + i) + ") + i0 - q);");
            scope.add(new Scope.Array(name, t));
        }
    }

    /**
     * {@code static long gN(...)}: {@link ExpressionGenerator#HELPER_PARAMETERS}, more than fit in argument
     * registers, so some are passed on the stack; one expression over them (they are assignable).
     */
    private static String helperMethod(Random rnd, ExpressionGenerator.Helper helper) {
        Scope scope = new Scope();
        StringBuilder params = new StringBuilder();
        for (Scope.Var v : ExpressionGenerator.HELPER_PARAMETERS) {
            scope.add(v);
            params.append(params.length() == 0 ? "" : ", ")
                    .append(v.type().java)
                    .append(' ')
                    .append(v.name());
        }
        String body = new ExpressionGenerator(rnd, scope, null, false).of(JType.LONG, 5);
        return "    static long " + helper.name() + "(" + params + ") {\n        return " + body + ";\n    }\n";
    }

    /** Folds every variable (parameters may have been assigned too) and array element into the result. */
    private static List<String> checksum(Scope scope) {
        List<String> lines = new ArrayList<>();
        lines.add("        long r = " + StatementGenerator.ACC + ";");
        for (Scope.Var v : scope.vars()) {
            String value = v.type() == JType.BOOLEAN ? "(" + v.name() + " ? 1 : 2)" : v.name();
            lines.add("        r = r * 31 + " + value + ";");
        }
        for (Scope.Array a : scope.arrays()) {
            lines.add("        for (int q = 0; q < " + Scope.Array.LENGTH + "; q++) r = r * 31 + " + a.name() + "[q];");
        }
        lines.add("        r = r * 31 + " + StatementGenerator.LIST + ".hashCode();");
        lines.add("        for (java.util.Map.Entry<Integer, Long> en : " + StatementGenerator.MAP
                + ".entrySet()) r = r * 31 + en.getKey() * 7L + en.getValue();");
        lines.add("        return r;");
        return lines;
    }
}
