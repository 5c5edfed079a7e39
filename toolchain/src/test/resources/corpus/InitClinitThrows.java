/**
 * An exception escaping a static initialiser triggered by a static call from another class: what ran before it
 * and that the call did not happen. (The JVM wraps it in ExceptionInInitializerError and fails every later use
 * with NoClassDefFoundError; we report the exception itself and do not retry, so the program catches Throwable
 * and never touches the class again.)
 */
public class InitClinitThrows {
    static StringBuilder trace = new StringBuilder();

    static int note(String s, int v) {
        trace.append(s).append('=').append(v).append(' ');
        return v;
    }

    static class Fragile {
        static int before = note("Fragile.before", 1);
        static int[] table = new int[Integer.parseInt("2")];
        static int broken = note("Fragile.broken", table[5]);

        static int use(int x) {
            return note("Fragile.use", x + broken);
        }
    }

    static class Helper {
        static int tries;

        static int attempt(int x) {
            tries++;
            return Fragile.use(x);
        }
    }

    static class Sturdy {
        static int value = note("Sturdy.value", 8);

        static int use() {
            return value;
        }
    }

    public static void main(String[] args) {
        int result = -1;
        try {
            result = Helper.attempt(note("argument", 3));
            note("not reached", 0);
        } catch (Throwable t) {
            note("caught", Helper.tries);
        }
        note("result", result);
        note("Sturdy", Sturdy.use());
        System.out.println(trace);
    }
}
