package org.mkplay.backend.loadtest;

/** The sources the load benchmark saves and builds, distinct per index. */
final class Programs {
    private Programs() {}

    /** A module's file: 1 to 4 KiB of Java, with characters JSON must escape, unique to {@code i}. */
    static String module(int i) {
        StringBuilder text = new StringBuilder("// module ").append(i).append(" \u00e9\u2603 \"q\" \\ \t\n");
        text.append("public class Server").append(i % 7).append(" {\n");
        for (int line = 0; line < 20 + i % 80; line++) {
            text.append("    static int f")
                    .append(line)
                    .append("(int x) { return x * ")
                    .append(i + line)
                    .append(" + 1; }\n");
        }
        return text.append("}\n").toString();
    }

    /** A 200-line program (a small key-value server's logic) that compiles in the standalone profile; unique to {@code i}. */
    static String twoHundredLines(int i) {
        StringBuilder s = new StringBuilder();
        s.append("public class Server {\n");
        s.append("    static final int SALT = ").append(i).append(";\n");
        s.append(
                "    static int[] keys = new int[64];\n    static int[] values = new int[64];\n    static int size;\n\n");
        for (int m = 0; m < 12; m++) {
            s.append("    static int op").append(m).append("(int key, int value) {\n");
            s.append("        int h = (key * 31 + ").append(m).append(") & 63;\n");
            s.append("        for (int probe = 0; probe < 64; probe++) {\n");
            s.append("            int slot = (h + probe) & 63;\n");
            s.append("            if (keys[slot] == key || keys[slot] == 0) {\n");
            s.append("                if (keys[slot] == 0) size++;\n");
            s.append("                keys[slot] = key;\n");
            s.append("                values[slot] = value + SALT;\n");
            s.append("                return slot;\n");
            s.append("            }\n");
            s.append("        }\n");
            s.append("        return -1;\n");
            s.append("    }\n\n");
        }
        s.append("    public static void main(String[] args) {\n");
        s.append("        int total = 0;\n");
        for (int m = 0; m < 12; m++) {
            s.append("        total += op")
                    .append(m)
                    .append("(")
                    .append(m + 1)
                    .append(", ")
                    .append(m * 7)
                    .append(");\n");
        }
        s.append("        System.out.println(\"entries \" + size + \" total \" + total);\n");
        s.append("    }\n}\n");
        return s.toString();
    }
}
