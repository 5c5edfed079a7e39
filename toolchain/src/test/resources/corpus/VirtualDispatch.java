public class VirtualDispatch {
    static class Shape {
        final String name;
        Shape(String name) { this.name = name; }
        long area() { return 0; }
        long perimeter() { return 0; }
        String describe() { return name + " area=" + area() + " perimeter=" + perimeter(); }
        public String toString() { return "Shape(" + name + ")"; }
    }

    static class Rect extends Shape {
        final int w, h;
        Rect(int w, int h) { this("rect", w, h); }
        Rect(String name, int w, int h) { super(name); this.w = w; this.h = h; }
        long area() { return (long) w * h; }
        long perimeter() { return 2L * (w + h); }
    }

    static class Square extends Rect {
        Square(int s) { super("square", s, s); }
        String describe() { return "[" + super.describe() + "]"; }
    }

    static class Circle extends Shape {
        final int r;
        Circle(int r) { super("circle"); this.r = r; }
        long area() { return 314159L * r * r / 100000; }
        long perimeter() { return 2 * 314159L * r / 100000; }
        public String toString() { return "Circle r=" + r; }
    }

    static class Triangle extends Shape {
        final int a, b, c;
        Triangle(int a, int b, int c) { super("triangle"); this.a = a; this.b = b; this.c = c; }
        long perimeter() { return a + b + c; }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Rect(3, 4), new Square(5), new Circle(10), new Triangle(3, 4, 5), new Shape("blob"), new Square(100000)};
        long total = 0;
        for (Shape s : shapes) {
            System.out.println(s.describe() + " " + s);
            total += s.area() * 3 + s.perimeter();
        }
        System.out.println("total " + total);
        int[] counts = new int[4];
        for (int i = 0; i < 1000; i++) {
            Shape s = shapes[i % shapes.length];
            if (s instanceof Square) counts[0]++;
            if (s instanceof Rect) counts[1]++;
            if (s instanceof Circle) counts[2]++;
            if (!(s instanceof Rect) && !(s instanceof Circle)) counts[3]++;
        }
        System.out.println(counts[0] + " " + counts[1] + " " + counts[2] + " " + counts[3]);
        Shape s = shapes[1];
        Rect r = (Rect) s;
        System.out.println(r.w + " " + ((Square) s).area() + " " + (s == r));
        Object o = shapes[2];
        System.out.println(o.toString() + " " + (o instanceof Shape) + " " + o.equals(shapes[2]) + " " + o.equals(shapes[3]));
    }
}
