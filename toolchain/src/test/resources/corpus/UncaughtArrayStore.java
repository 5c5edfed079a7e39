public class UncaughtArrayStore {
    interface Shape { int sides(); }
    static final class Square implements Shape { public int sides() { return 4; } }
    static final class Triangle implements Shape { public int sides() { return 3; } }

    static void fill(Object[] slots, Object value) {
        for (int i = 0; i < slots.length; i++) slots[i] = value;
    }

    public static void main(String[] args) {
        Shape[] shapes = new Square[2];
        shapes[0] = new Square();
        Object[] objects = shapes;
        objects[1] = null;
        System.out.println(shapes[0].sides() + " " + objects.length);
        Object[] anything = new Object[2];
        fill(anything, "text");
        fill(anything, new int[1]);
        Object[] strings = new String[3];
        fill(strings, "ok");
        System.out.println(strings[2] + " " + anything.length);
        Object[][] grid = new String[2][2];
        grid[1] = new String[] {"row"};
        System.out.println("grid rows " + grid.length + " " + grid[1][0]);
        System.out.println("storing a Triangle into a Square[] seen as Shape[]:");
        shapes[1] = new Triangle();
        System.out.println("not reached: " + shapes[1].sides());
    }
}
