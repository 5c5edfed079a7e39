package org.mkplay.toolchain.random;

import java.util.List;
import java.util.Random;

/**
 * Random statements: assignments, checksum updates, array stores, if/else, bounded for/while/do loops (with
 * break, continue and labelled jumps), dense, sparse and fall-through switches, and try statements (a block that
 * may throw, a multi-catch folding the message into the checksum, sometimes a finally; jumps inside them leave
 * through the finally), and allocation with boxing and collections (a list and a map every function declares). Loops run at most {@value #MAX_TRIPS} times per level, so
 * every generated method terminates; blocks declare their own loop variables in a copied scope.
 */
final class StatementGenerator {
    static final int MAX_TRIPS = 9;
    /** The long accumulator every generated function declares and returns. */
    static final String ACC = "acc";

    private final Random rnd;
    private final boolean mayDivideByZero;
    private final ExpressionGenerator.Helper helper;
    private int loopCounter;

    StatementGenerator(Random rnd, ExpressionGenerator.Helper helper, boolean mayDivideByZero) {
        this.rnd = rnd;
        this.helper = helper;
        this.mayDivideByZero = mayDivideByZero;
    }

    /**
     * The loops around a statement: which jumps are safe. {@code continue} may only target a for loop (its update
     * still counts the trip); while/do loops count trips at the end of the body, where a continue would skip it.
     */
    record Loops(boolean any, boolean innermostIsFor, List<String> forLabels) {
        static final Loops NONE = new Loops(false, false, List.of());

        Loops enterFor(String label) {
            List<String> labels = new java.util.ArrayList<>(forLabels);
            labels.add(label);
            return new Loops(true, true, labels);
        }

        Loops enterCounted() {
            return new Loops(true, false, forLabels);
        }
    }

    /** One statement (possibly compound) at nesting {@code level}. */
    String statement(Scope scope, int level, Loops loops, String indent) {
        ExpressionGenerator e = new ExpressionGenerator(rnd, scope, helper, mayDivideByZero);
        int kinds = level >= 2 ? 4 : 11;
        return switch (rnd.nextInt(kinds)) {
            case 0 -> indent + ACC + " = " + ACC + " * 31 + " + e.of(JType.LONG, checksumDepth()) + ";";
            case 1 -> indent + assignment(scope, e) + ";";
            case 2 -> arrayStore(scope, e, indent);
            case 3 ->
                loops.any() && rnd.nextInt(3) > 0
                        ? indent + "if (" + e.of(JType.BOOLEAN, 2) + ") " + jump(loops) + ";"
                        : indent + ACC + " ^= " + e.of(JType.LONG, 3) + ";";
            case 4, 5 -> ifElse(scope, e, level, loops, indent);
            case 6 -> forLoop(scope, e, level, loops, indent);
            case 7 -> counted(scope, e, level, loops, indent);
            case 8 -> tryStatement(scope, e, level, loops, indent);
            case 9 -> collectionStatement(e, indent);
            default -> switchStatement(scope, e, level, loops, indent);
        };
    }

    /** The list and the map every generated function declares (ProgramGenerator.COLLECTIONS). */
    static final String LIST = "list", MAP = "map";

    /**
     * Allocation, boxing and collections: an element added to or taken from the list, a map entry merged or computed
     * (through a method reference or a lambda), a string built and measured. The checksum folds the list's hash and
     * the map's entries in iteration order, so HashMap's layout is compared with the JVM's too.
     */
    private String collectionStatement(ExpressionGenerator e, String indent) {
        String key = "(int) (" + e.of(JType.INT, 2) + " & 63)";
        return indent
                + switch (rnd.nextInt(6)) {
                    case 0 -> LIST + ".add((long) (" + e.of(JType.LONG, 3) + "));";
                    case 1 -> MAP + ".merge(" + key + ", (long) (" + e.of(JType.LONG, 2) + "), Long::sum);";
                    case 2 ->
                        "if (!" + LIST + ".isEmpty()) " + ACC + " = " + ACC + " * 31 + " + LIST + ".remove(" + LIST
                                + ".size() - 1);";
                    case 3 ->
                        ACC + " = " + ACC + " * 31 + (\"v\" + " + e.of(JType.LONG, 2) + ").length() + " + MAP
                                + ".getOrDefault(" + key + ", 3L);";
                    case 4 -> MAP + ".computeIfAbsent(" + key + ", k -> (long) k * k + 1);";
                    default -> "java.util.Collections.sort(" + LIST + ");";
                };
    }

    /** Mostly small; now and then deep enough that the operand stack outgrows the registers that hold it. */
    private int checksumDepth() {
        return rnd.nextInt(12) == 0 ? 8 : 2 + rnd.nextInt(4);
    }

    /** break, continue, or a labelled break/continue to an enclosing for loop. */
    private String jump(Loops loops) {
        List<String> labels = loops.forLabels();
        return switch (rnd.nextInt(4)) {
            case 0 -> loops.innermostIsFor() ? "continue" : "break";
            case 1 -> labels.isEmpty() ? "break" : "break " + labels.get(rnd.nextInt(labels.size()));
            case 2 -> labels.isEmpty() ? "break" : "continue " + labels.get(rnd.nextInt(labels.size()));
            default -> "break";
        };
    }

    private String assignment(Scope scope, ExpressionGenerator e) {
        Scope.Var v = scope.pickVar(rnd, JType.values()[rnd.nextInt(JType.values().length)], true);
        if (v == null) return ACC + " += " + e.of(JType.LONG, 3);
        if (v.type() == JType.BOOLEAN) return v.name() + " = " + e.of(JType.BOOLEAN, 3);
        return e.update(v.name(), v.type(), 3);
    }

    private String arrayStore(Scope scope, ExpressionGenerator e, String indent) {
        List<Scope.Array> arrays = scope.arrays();
        if (arrays.isEmpty()) return indent + ACC + " -= " + e.of(JType.LONG, 3) + ";";
        Scope.Array a = arrays.get(rnd.nextInt(arrays.size()));
        return indent + e.update(a.name() + "[" + e.index(2) + "]", a.element(), 3) + ";";
    }

    private String block(Scope scope, int level, Loops loops, String indent) {
        return block(scope, level, loops, indent, null);
    }

    /** A braced block of one to three statements, then {@code trailer} (a statement) if not null. */
    private String block(Scope scope, int level, Loops loops, String indent, String trailer) {
        StringBuilder sb = new StringBuilder("{\n");
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++)
            sb.append(statement(scope, level, loops, indent + "    ")).append('\n');
        if (trailer != null) sb.append(indent).append("    ").append(trailer).append('\n');
        return sb.append(indent).append('}').toString();
    }

    private String ifElse(Scope scope, ExpressionGenerator e, int level, Loops loops, String indent) {
        String s = indent + "if (" + e.of(JType.BOOLEAN, 3) + ") " + block(scope.copy(), level + 1, loops, indent);
        return rnd.nextBoolean() ? s + " else " + block(scope.copy(), level + 1, loops, indent) : s;
    }

    /** The loop variable is readable in the body but never assigned there, so the trip count stays bounded. */
    private String forLoop(Scope scope, ExpressionGenerator e, int level, Loops loops, String indent) {
        String k = "k" + loopCounter++;
        String bound = rnd.nextBoolean()
                ? Integer.toString(1 + rnd.nextInt(MAX_TRIPS))
                : "((" + e.of(JType.INT, 2) + ") & 7) + 1";
        Scope inner = scope.copy();
        inner.add(new Scope.Var(k, JType.INT, false));
        String label = "L" + k;
        return indent + label + ": for (int " + k + " = 0; " + k + " < " + bound + "; " + k + "++) "
                + block(inner, level + 1, loops.enterFor(label), indent);
    }

    /** A while or do-while loop counting trips in a block-local variable (incremented last in the body). */
    private String counted(Scope scope, ExpressionGenerator e, int level, Loops loops, String indent) {
        String w = "w" + loopCounter++;
        Scope inner = scope.copy();
        inner.add(new Scope.Var(w, JType.INT, false));
        String condition = w + " < " + (1 + rnd.nextInt(MAX_TRIPS)) + " && " + e.of(JType.BOOLEAN, 2);
        String body = block(inner, level + 1, loops.enterCounted(), indent + "    ", w + "++;");
        String loop =
                rnd.nextBoolean() ? "while (" + condition + ") " + body : "do " + body + " while (" + condition + ");";
        return indent + "{\n" + indent + "    int " + w + " = 0;\n" + indent + "    " + loop + "\n" + indent + "}";
    }

    /**
     * try { statements; maybe throw } catch (IllegalStateException | ArithmeticException x) { fold the message }
     * [finally { statements }]: the handler reads the accumulator and locals as the block left them, whichever
     * statement raised (a division by zero in a function that may divide by zero, or the throw).
     */
    private String tryStatement(Scope scope, ExpressionGenerator e, int level, Loops loops, String indent) {
        String x = "x" + loopCounter++;
        String thrower = "if (" + e.of(JType.BOOLEAN, 2) + ") throw new IllegalStateException(\"" + x + ":\" + ("
                + e.of(JType.INT, 2) + "));";
        StringBuilder sb = new StringBuilder(indent + "try " + block(scope.copy(), level + 1, loops, indent, thrower));
        sb.append(" catch (IllegalStateException | ArithmeticException ")
                .append(x)
                .append(") {\n")
                .append(indent)
                .append("    ")
                .append(ACC)
                .append(" = ")
                .append(ACC)
                .append(" * 31 + ")
                .append(x)
                .append(".getMessage().hashCode();\n")
                .append(indent)
                .append('}');
        if (rnd.nextBoolean()) sb.append(" finally ").append(block(scope.copy(), level + 1, loops, indent));
        return sb.toString();
    }

    /** Dense (tableswitch) or sparse (lookupswitch) labels, with fall-through between some cases. */
    private String switchStatement(Scope scope, ExpressionGenerator e, int level, Loops loops, String indent) {
        boolean dense = rnd.nextBoolean();
        String selector = (dense ? "(" : "(int) (") + e.of(JType.INT, 2) + (dense ? ") & 7" : ")");
        int[] labels = dense ? new int[] {0, 1, 2, 3, 5, 6} : new int[] {-1000000, -1, 0, 7, 65536, Integer.MAX_VALUE};
        StringBuilder sb = new StringBuilder(indent + "switch (" + selector + ") {\n");
        for (int label : labels) {
            if (rnd.nextInt(3) == 0) continue;
            sb.append(indent)
                    .append("    case ")
                    .append(Literals.intLiteral(label))
                    .append(": ")
                    .append(block(scope.copy(), level + 1, loops, indent + "    "));
            sb.append(rnd.nextInt(3) == 0 ? "\n" : " break;\n");
        }
        sb.append(indent)
                .append("    default: ")
                .append(block(scope.copy(), level + 1, loops, indent + "    "))
                .append('\n');
        return sb.append(indent).append('}').toString();
    }
}
