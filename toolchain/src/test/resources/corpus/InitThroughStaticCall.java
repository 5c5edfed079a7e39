/** Class initialisation triggered by static calls from other classes: when, in what order, and which class. */
public class InitThroughStaticCall {
    static StringBuilder trace = new StringBuilder();

    static int note(String s, int v) {
        trace.append(s).append('=').append(v).append(' ');
        return v;
    }

    static class Target {
        static int base = note("Target.base", 40);

        static int plus(int x) {
            return note("Target.plus", base + x);
        }

        static int twice(int x) {
            return plus(x) + plus(x); // calls within the class
        }
    }

    static class Super {
        static int s = note("Super.s", 1);

        static int inherited() {
            return note("Super.inherited", s);
        }
    }

    static class Sub extends Super {
        static int t = note("Sub.t", 2);

        static int own() {
            return note("Sub.own", t + inherited());
        }
    }

    interface Shape {
        int SIDES = note("Shape.SIDES", 4);

        static int sides() {
            return note("Shape.sides", SIDES);
        }
    }

    static class Caller {
        int viaInstance() {
            return Later.value();
        }
    }

    static class Later {
        static int v = note("Later.v", 7);

        static int value() {
            return v;
        }
    }

    public static void main(String[] args) {
        note("start", 0);
        int r = Target.plus(note("argument", 2)); // the argument is evaluated before Target is initialised
        note("r", r);
        System.out.println(trace);
        trace.setLength(0);
        note("twice", Target.twice(1));
        System.out.println(trace);
        trace.setLength(0);
        note("through Sub", Sub.inherited()); // initialises Super only: the method is declared there
        System.out.println(trace);
        trace.setLength(0);
        note("own", Sub.own());
        System.out.println(trace);
        trace.setLength(0);
        note("sides", Shape.sides());
        System.out.println(trace);
        trace.setLength(0);
        Caller c = new Caller();
        note("made", 1);
        note("via instance", c.viaInstance());
        note("again", c.viaInstance());
        System.out.println(trace);
    }
}
