public class ExDeepFrames {
    interface Shape { long area(int scale); }

    static class Square implements Shape {
        final int side;
        Square(int side) { this.side = side; }
        public long area(int scale) {
            if (scale <= 0) throw new IllegalArgumentException("scale " + scale + " for square " + side);
            return (long) side * side * scale;
        }
    }

    static abstract class Base implements Shape {
        abstract long inner(int scale);
        public long area(int scale) { return helper(scale, 3); }
        private long helper(int scale, int depth) {
            if (depth == 0) return inner(scale);
            long before = depth * 1000L + scale;
            long r = helper(scale, depth - 1);
            return r + before - before;
        }
    }

    static class Rect extends Base {
        final int w, h;
        Rect(int w, int h) { this.w = w; this.h = h; }
        long inner(int scale) {
            int[] dims = {w, h};
            return (long) dims[scale] * dims[scale + 1];
        }
    }

    static long total(Shape[] shapes, int scale) {
        long sum = 0;
        int done = 0;
        for (Shape s : shapes) {
            try {
                sum += s.area(scale);
                done++;
            } catch (IllegalArgumentException e) {
                System.out.println("  skip: " + e.getMessage() + " (done " + done + ", sum " + sum + ")");
            }
        }
        return sum * 10 + done;
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Square(2), new Rect(3, 4), new Square(5), new Rect(6, 7)};
        for (int scale = -1; scale <= 2; scale++) {
            try {
                System.out.println("scale " + scale + ": " + total(shapes, scale));
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("scale " + scale + " failed: " + e.getMessage());
            }
        }
    }
}
