// An uncaught fault in a method whose frame is built only on the path that calls: once inside that path (after
// the calls, the frame built) and once where it is not, the stack trace names the same frames as the JVM's.
public class UncaughtAfterColdCalls {
    static long seen;

    static void note(long x) {
        if (x > 100000) System.out.println("big " + x); // a call: note stays a call
        seen = seen * 3 + x;
    }

    static int lookup(int[] xs, int i, boolean log) {
        if (log) {
            note(i);
            note(xs.length);
            return xs[i] + 1;
        }
        return xs[i];
    }

    static int outer(int[] xs, int i, boolean log) {
        return lookup(xs, i, log) * 2;
    }

    public static void main(String[] args) {
        int[] xs = {5, 6, 7};
        System.out.println(outer(xs, 1, true) + " " + outer(xs, 2, false) + " seen " + seen);
        try {
            outer(xs, 3, false);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
        }
        System.out.println("inside the calling path");
        System.out.println(outer(xs, 5, true));
    }
}
