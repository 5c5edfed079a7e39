public class FaultAfterArguments {
    static final class Target {
        int field;
        int twice(int x) { return 2 * x; }
    }

    static int arg(String name, int v) {
        System.out.println("argument " + name + " = " + v);
        return v;
    }

    public static void main(String[] args) {
        Target t = new Target();
        System.out.println(t.twice(arg("first", 21)));
        t.field = arg("field value", 5);
        System.out.println("field " + t.field);
        Target none = t.field > 100 ? t : null;
        System.out.println("sum " + (arg("left", 1) + arg("right", 2)));
        none.field = arg("field value before the fault", 7);
        System.out.println("not reached");
    }
}
