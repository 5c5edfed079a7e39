/** Class initialisation triggered inside loops: once, at the first use, whichever iteration that is. */
public class InitInLoop {
    static StringBuilder trace = new StringBuilder();

    static int note(String s, int v) {
        trace.append(s).append('=').append(v).append(' ');
        return v;
    }

    static class Squares {
        static int[] table = new int[10];

        static {
            for (int i = 0; i < table.length; i++) table[i] = i * i;
            note("Squares.init", table[9]);
        }

        static int of(int i) {
            return table[i];
        }
    }

    static class Late {
        static int offset = note("Late.init", 1000);

        static int shift(int i) {
            return i + offset;
        }
    }

    static class Never {
        static int n = note("Never.init", -1);

        static int get() {
            return n;
        }
    }

    static class Nested {
        static int k = note("Nested.init", 5);

        static int k() {
            return k;
        }
    }

    public static void main(String[] args) {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            note("iteration", i);
            sum += Squares.of(i);
        }
        note("sum", sum);
        System.out.println(trace);
        trace.setLength(0);
        for (int i = 0; i < 6; i++) {
            if (i >= 3) sum += Late.shift(i); // first used at i == 3
            else note("before", i);
        }
        note("sum", sum);
        System.out.println(trace);
        trace.setLength(0);
        int n = args.length;
        for (int i = 0; i < n; i++) sum += Never.get(); // runs zero times: Never is never initialised
        note("sum", sum);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) sum += Nested.k() * i + j;
        }
        note("sum", sum);
        System.out.println(trace);
    }
}
