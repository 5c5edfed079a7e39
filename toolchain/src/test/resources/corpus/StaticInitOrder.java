public class StaticInitOrder {
    static StringBuilder trace = new StringBuilder();

    static int note(String s, int v) {
        trace.append(s).append('=').append(v).append(' ');
        return v;
    }

    static class A {
        static int a1 = note("A.a1", 1);
        static final int CONST = 99;
        static int a2;
        static { a2 = note("A.static", a1 + 10); }
        static void touch() { note("A.touch", a2); }
    }

    static class B extends A {
        static int b1 = note("B.b1", a2 * 2);
        static int value() { return b1; }
    }

    static class C {
        static int c = note("C.c", D.d + 1);
    }

    static class D {
        static int d = note("D.d", C.c + 100);
    }

    static class Counter {
        static int created;
        static final Counter FIRST = new Counter();
        static int afterFirst = note("Counter.afterFirst", created);
        final int serial;
        Counter() { serial = ++created; }
    }

    interface WithConstant {
        int NOT_TRIGGERING = 5;
        int COMPUTED = note("WithConstant.COMPUTED", 7);
    }

    static class Implementor implements WithConstant {
        static int x = note("Implementor.x", 3);
    }

    public static void main(String[] args) {
        note("main", 0);
        note("A.CONST", A.CONST);
        System.out.println(trace);
        note("B.value", B.value());
        System.out.println(trace);
        trace.setLength(0);
        A.touch();
        note("D.d", D.d);
        note("C.c", C.c);
        System.out.println(trace);
        trace.setLength(0);
        Counter c = new Counter();
        note("serial", c.serial);
        note("first", Counter.FIRST.serial);
        note("created", Counter.created);
        System.out.println(trace);
        trace.setLength(0);
        note("NOT_TRIGGERING", WithConstant.NOT_TRIGGERING);
        new Implementor();
        note("COMPUTED", WithConstant.COMPUTED);
        System.out.println(trace);
    }
}
