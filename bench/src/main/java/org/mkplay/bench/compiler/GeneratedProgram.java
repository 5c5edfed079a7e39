package org.mkplay.bench.compiler;

/**
 * A synthetic Java program of a requested length for timing the compiler: shape classes behind an
 * interface (fields, constructors, virtual and interface calls, string concatenation) and static
 * methods with loops, switches, arrays and long arithmetic, each calling the one before it.
 * It prints one checksum line and exits normally.
 */
final class GeneratedProgram {
    static final String CLASS_NAME = "Generated";

    private GeneratedProgram() {}

    /** A source of at least {@code lines} lines. */
    static String source(int lines) {
        StringBuilder sb = new StringBuilder();
        sb.append("public class ").append(CLASS_NAME).append(" {\n");
        sb.append("    interface Shape { int area(); String describe(); }\n");
        int shapes = 0, methods = 0;
        while (lineCount(sb) + mainLines(shapes) < lines) {
            if (shapes <= methods / 3) shape(sb, shapes++);
            else method(sb, methods++);
        }
        main(sb, shapes, methods);
        sb.append("}\n");
        return sb.toString();
    }

    static int lineCount(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
        return n;
    }

    private static void shape(StringBuilder sb, int k) {
        sb.append("    static final class Shape")
                .append(k)
                .append(" implements Shape {\n")
                .append("        private final int w, h;\n")
                .append("        Shape")
                .append(k)
                .append("(int w, int h) {\n")
                .append("            this.w = w + ")
                .append(k)
                .append(";\n")
                .append("            this.h = h * ")
                .append(k % 5 + 1)
                .append(";\n")
                .append("        }\n")
                .append("        public int area() { return w * h + ")
                .append(k)
                .append("; }\n")
                .append("        public String describe() { return \"shape")
                .append(k)
                .append(" \" + w + \"x\" + h; }\n")
                .append("    }\n");
    }

    private static void method(StringBuilder sb, int k) {
        sb.append("    static int f")
                .append(k)
                .append("(int x) {\n")
                .append("        int a = x * ")
                .append(2 * k + 3)
                .append(" + ")
                .append(k)
                .append(";\n")
                .append("        int b = a ^ (a >>> 3);\n")
                .append("        int[] v = new int[4];\n")
                .append("        for (int i = 0; i < v.length; i++) {\n")
                .append("            v[i] = b + i * a;\n")
                .append("            if ((v[i] & 1) == 0) b += v[i] / 3; else b -= v[i] % 7;\n")
                .append("        }\n")
                .append("        switch (b & 3) {\n")
                .append("            case 0: a += ")
                .append(k + 11)
                .append("; break;\n")
                .append("            case 1: a -= ")
                .append(k + 7)
                .append("; break;\n")
                .append("            case 2: a ^= b; break;\n")
                .append("            default: a = a * 2 + v[3];\n")
                .append("        }\n")
                .append("        long l = (long) a * b + ")
                .append(k)
                .append("L;\n")
                .append("        String s = \"f")
                .append(k)
                .append(":\" + a + \"/\" + l;\n")
                .append("        if (s.length() > 24) a++;\n")
                .append("        return (int) (l ^ (l >>> 32)) + ")
                .append(k == 0 ? "s.length()" : "f" + (k - 1) + "(a & 15)")
                .append(";\n")
                .append("    }\n");
    }

    /** Lines main() will take: the fixed ones plus one allocation per shape. */
    private static int mainLines(int shapes) {
        return 8 + shapes;
    }

    private static void main(StringBuilder sb, int shapes, int methods) {
        sb.append("    public static void main(String[] args) {\n")
                .append("        Shape[] all = new Shape[")
                .append(shapes)
                .append("];\n");
        for (int k = 0; k < shapes; k++) {
            sb.append("        all[")
                    .append(k)
                    .append("] = new Shape")
                    .append(k)
                    .append("(")
                    .append(k)
                    .append(", 3);\n");
        }
        sb.append("        long sum = 0;\n")
                .append("        for (Shape s : all) sum += s.area() + s.describe().length();\n")
                .append("        for (int i = 0; i < ")
                .append(methods)
                .append("; i += 7) sum += f")
                .append(methods - 1)
                .append("(i);\n")
                .append("        System.out.println(\"generated: \" + sum);\n")
                .append("    }\n");
    }
}
