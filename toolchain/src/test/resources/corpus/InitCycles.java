/** Initialisation cycles through static calls: a class whose initialiser is running is seen half-initialised. */
public class InitCycles {
    static StringBuilder trace = new StringBuilder();

    static int note(String s, int v) {
        trace.append(s).append('=').append(v).append(' ');
        return v;
    }

    static class A {
        static int first = note("A.first", 1);
        static int fromB = note("A.fromB", B.peekA());
        static int last = note("A.last", 3);

        static int first() {
            return first;
        }

        static int last() {
            return last;
        }
    }

    static class B {
        static int b = note("B.b", 10);

        static int peekA() {
            // A's initialiser is running (it called this): A is not initialised again, last is still 0
            return note("B.peekA", A.first() * 100 + A.last());
        }
    }

    static class Ping {
        static int p = note("Ping.p", Pong.q() + 1);

        static int p() {
            return p;
        }
    }

    static class Pong {
        static int q = note("Pong.q", Ping.p() + 5);

        static int q() {
            return q;
        }
    }

    static class Self {
        static int[] table = build();
        static int size = note("Self.size", table.length);

        static int[] build() {
            note("Self.build sees size", size);
            return new int[] {1, 2, 3};
        }
    }

    public static void main(String[] args) {
        note("A.last()", A.last());
        System.out.println(trace);
        trace.setLength(0);
        note("Pong.q()", Pong.q());
        note("Ping.p()", Ping.p());
        System.out.println(trace);
        trace.setLength(0);
        note("Self.size", Self.size);
        System.out.println(trace);
    }
}
