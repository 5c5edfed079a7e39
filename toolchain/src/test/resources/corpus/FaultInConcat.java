public class FaultInConcat {
    static final class Box { String label = "box"; }

    static String part(String s) {
        System.out.println("part " + s);
        return s;
    }

    public static void main(String[] args) {
        Box b = new Box();
        System.out.println(part("a") + b.label + part("b"));
        Box none = args.length == 0 ? null : b;
        System.out.println(part("c") + part("d") + none.label + part("never"));
    }
}
