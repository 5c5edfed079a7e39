public class ExUncaughtDeep {
    interface Visitor { void visit(int node); }

    static class Checker implements Visitor {
        int seen;
        public void visit(int node) {
            seen++;
            if (node == 6) throw new IllegalStateException("node " + node + " after " + seen);
        }
    }

    static void walk(int node, Visitor v) {
        if (node > 8) return;
        v.visit(node);
        walk(node * 2, v);
        walk(node * 2 + 1, v);
    }

    public static void main(String[] args) {
        Checker c = new Checker();
        try {
            walk(1, c);
        } finally {
            System.out.println("visited " + c.seen);
        }
    }
}
