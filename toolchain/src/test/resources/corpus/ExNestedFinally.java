public class ExNestedFinally {
    static StringBuilder trace = new StringBuilder();

    static void step(String s) { trace.append(s).append(' '); }

    static int level3(int x) {
        try {
            step("l3");
            if (x == 1) throw new IllegalStateException("l3 fails");
            return x * 3;
        } finally {
            step("f3");
        }
    }

    static int level2(int x) {
        try {
            try {
                step("l2");
                return level3(x) + 1;
            } finally {
                step("f2a");
                if (x == 2) throw new UnsupportedOperationException("f2a fails");
            }
        } catch (IllegalStateException e) {
            step("c2:" + e.getMessage());
            return -2;
        } finally {
            step("f2b");
        }
    }

    static int level1(int x) {
        try {
            return level2(x);
        } catch (RuntimeException e) {
            step("c1:" + e.getMessage());
            try {
                if (x == 2) throw new RuntimeException("again", e);
            } catch (RuntimeException again) {
                step("c1b:" + again.getCause().getMessage());
            } finally {
                step("f1b");
            }
            return -1;
        } finally {
            step("f1");
        }
    }

    public static void main(String[] args) {
        for (int x = 0; x < 4; x++) {
            trace.setLength(0);
            int r = level1(x);
            System.out.println(x + " -> " + r + " : " + trace);
        }
    }
}
