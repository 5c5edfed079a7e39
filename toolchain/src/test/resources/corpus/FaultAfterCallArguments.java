public class FaultAfterCallArguments {
    static final class Target {
        String greet(String who, int times) { return ("hi " + who + " ").repeat(times); }
    }

    static String who(String s) {
        System.out.println("computing who: " + s);
        return s;
    }

    static int times(int n) {
        System.out.println("computing times: " + n);
        return n;
    }

    public static void main(String[] args) {
        Target t = new Target();
        System.out.println(t.greet(who("world"), times(2)));
        Target gone = args.length > 0 ? t : null;
        System.out.println(gone.greet(who("nobody"), times(3)));
    }
}
