package org.mkplay.toolchain.random;

import java.util.List;
import java.util.Random;

/**
 * Random, well-typed Java expressions over the variables and arrays of a scope: every integral operator, casts,
 * compares, ternaries, assignments and increments as values, array elements and calls to a helper method.
 * Every sub-expression is parenthesised, so the text never depends on precedence. Divisors are made non-zero
 * unless {@code mayDivideByZero} (then ArithmeticException is part of what is being tested).
 */
final class ExpressionGenerator {
    private static final String[] ARITH = {"+", "-", "*", "&", "|", "^"};
    private static final String[] SHIFTS = {"<<", ">>", ">>>"};
    private static final String[] COMPARES = {"<", "<=", ">", ">=", "==", "!="};
    private static final String[] COMPOUND = {"+=", "-=", "*=", "&=", "|=", "^=", "<<=", ">>=", ">>>="};
    private static final String[] LOGICAL = {"&&", "||", "&", "|", "^", "==", "!="};

    /** A static method the expressions may call: {@code long name(HELPER_PARAMETERS)}. */
    record Helper(String name) {}

    /** Ten parameters of mixed types: more than the eight RV64 argument registers. */
    static final List<Scope.Var> HELPER_PARAMETERS = List.of(
            new Scope.Var("a", JType.INT, true),
            new Scope.Var("b", JType.LONG, true),
            new Scope.Var("c", JType.CHAR, true),
            new Scope.Var("d", JType.BYTE, true),
            new Scope.Var("e", JType.SHORT, true),
            new Scope.Var("f", JType.INT, true),
            new Scope.Var("g", JType.LONG, true),
            new Scope.Var("h", JType.BOOLEAN, true),
            new Scope.Var("m", JType.LONG, true),
            new Scope.Var("n", JType.INT, true));

    private final Random rnd;
    private final Scope scope;
    private final Helper helper;
    private final boolean mayDivideByZero;

    ExpressionGenerator(Random rnd, Scope scope, Helper helper, boolean mayDivideByZero) {
        this.rnd = rnd;
        this.scope = scope;
        this.helper = helper;
        this.mayDivideByZero = mayDivideByZero;
    }

    /** An expression whose static type fits {@code type}, nested at most {@code depth} operators deep. */
    String of(JType type, int depth) {
        if (depth <= 0 || rnd.nextInt(8) == 0) return leaf(type);
        return switch (type) {
            case BOOLEAN -> bool(depth - 1);
            case INT, LONG -> wide(type, depth - 1);
            default -> narrow(type, depth - 1);
        };
    }

    String leaf(JType type) {
        Scope.Var v = scope.pickVar(rnd, type, false);
        return v != null && rnd.nextInt(4) > 0 ? v.name() : Literals.of(type, rnd);
    }

    private String wide(JType type, int depth) {
        return switch (rnd.nextInt(14)) {
            case 0, 1, 2 -> binary(pick(ARITH), operand(type, depth), operand(type, depth));
            case 3 -> division(type, depth);
            case 4 ->
                binary(
                        pick(SHIFTS),
                        type == JType.INT ? operand(type, depth) : of(JType.LONG, depth),
                        of(pick(JType.INTEGRAL), depth));
            case 5 -> "(" + (rnd.nextBoolean() ? "-" : "~") + of(type, depth) + ")";
            case 6 -> "((" + type.java + ") " + of(rnd.nextBoolean() ? JType.LONG : pick(JType.UP_TO_INT), depth) + ")";
            case 7 -> ternary(type, depth);
            case 8, 9 -> sideEffect(type, depth);
            case 10 -> arrayElement(type, depth);
            case 11 ->
                helper == null ? of(type, depth) : type == JType.LONG ? call(depth) : "((int) " + call(depth) + ")";
            default -> of(pick(type == JType.INT ? JType.UP_TO_INT : JType.INTEGRAL), depth);
        };
    }

    /** byte, short and char values come from variables, casts, ternaries, array elements and assignments. */
    private String narrow(JType type, int depth) {
        return switch (rnd.nextInt(5)) {
            case 0, 1 -> "((" + type.java + ") " + of(rnd.nextBoolean() ? JType.INT : JType.LONG, depth) + ")";
            case 2 -> ternary(type, depth);
            case 3 -> sideEffect(type, depth);
            default -> arrayElement(type, depth);
        };
    }

    private String bool(int depth) {
        return switch (rnd.nextInt(6)) {
            case 0, 1, 2 -> binary(pick(COMPARES), of(pick(JType.INTEGRAL), depth), of(pick(JType.INTEGRAL), depth));
            case 3 -> binary(pick(LOGICAL), of(JType.BOOLEAN, depth), of(JType.BOOLEAN, depth));
            case 4 -> "(!" + of(JType.BOOLEAN, depth) + ")";
            default -> rnd.nextBoolean() ? ternary(JType.BOOLEAN, depth) : sideEffect(JType.BOOLEAN, depth);
        };
    }

    /** An operand of an arithmetic operator whose result must fit {@code type}. */
    private String operand(JType type, int depth) {
        return of(type == JType.INT ? pick(JType.UP_TO_INT) : pick(JType.INTEGRAL), depth);
    }

    private String division(JType type, int depth) {
        return binary(rnd.nextBoolean() ? "/" : "%", operand(type, depth), divisor(type, depth));
    }

    /** A divisor that cannot be zero (odd, a non-zero constant, or a guarded variable), unless zero is allowed. */
    String divisor(JType type, int depth) {
        Scope.Var v = scope.pickVar(rnd, type == JType.INT ? JType.INT : JType.LONG, false);
        return switch (rnd.nextInt(mayDivideByZero ? 4 : 3)) {
            case 0 -> "(" + operand(type, depth) + " | 1)";
            case 1 ->
                rnd.nextBoolean()
                        ? "(-1)"
                        : Literals.intLiteral(new int[] {2, 3, 7, -8, 10, 1000, Integer.MIN_VALUE}[rnd.nextInt(7)]);
            case 2 -> v == null ? "3" : "(" + v.name() + " == 0 ? 3 : " + v.name() + ")";
            default -> operand(type, depth);
        };
    }

    private String ternary(JType type, int depth) {
        return "(" + of(JType.BOOLEAN, depth) + " ? " + of(type, depth) + " : " + of(type, depth) + ")";
    }

    /** Assignment, compound assignment or increment of a variable (or array element) used as a value. */
    private String sideEffect(JType type, int depth) {
        Scope.Var v = scope.pickVar(rnd, type, true);
        if (v == null) return leaf(type);
        if (v.type() == JType.BOOLEAN)
            return "(" + v.name() + " " + pick(new String[] {"=", "&=", "|=", "^="}) + " " + of(JType.BOOLEAN, depth)
                    + ")";
        return "(" + update(v.name(), v.type(), depth) + ")";
    }

    /** An update of an integral lvalue, as text without outer parentheses. */
    String update(String lvalue, JType type, int depth) {
        return switch (rnd.nextInt(7)) {
            case 0 -> lvalue + "++";
            case 1 -> "--" + lvalue;
            case 2 -> rnd.nextBoolean() ? lvalue + "--" : "++" + lvalue;
            case 3 -> lvalue + " = " + of(type, depth);
            case 4 ->
                lvalue + " " + (rnd.nextBoolean() ? "/=" : "%=") + " "
                        + divisor(type == JType.LONG ? JType.LONG : JType.INT, depth);
            default -> lvalue + " " + pick(COMPOUND) + " " + of(pick(JType.INTEGRAL), depth);
        };
    }

    private String arrayElement(JType type, int depth) {
        Scope.Array a = scope.pickArray(rnd, type);
        if (a == null) return leaf(type);
        String element = a.name() + "[" + index(depth) + "]";
        return rnd.nextInt(3) == 0 ? "(" + update(element, a.element(), depth) + ")" : element;
    }

    String index(int depth) {
        return "(" + of(JType.INT, depth) + ") & " + Scope.Array.MASK;
    }

    /** A call of the helper (arguments evaluated left to right, side effects included); its static type is long. */
    private String call(int depth) {
        StringBuilder args = new StringBuilder();
        for (Scope.Var p : HELPER_PARAMETERS)
            args.append(args.length() == 0 ? "" : ", ").append(of(p.type(), depth / 2));
        return helper.name() + "(" + args + ")";
    }

    private static String binary(String op, String left, String right) {
        return "(" + left + " " + op + " " + right + ")";
    }

    private String pick(String[] options) {
        return options[rnd.nextInt(options.length)];
    }

    private JType pick(List<JType> options) {
        return options.get(rnd.nextInt(options.size()));
    }
}
