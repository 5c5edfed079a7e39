public class UncaughtInlinedAccessor {
    static int created;

    static final class Cell {
        private int value;
        Cell next;

        Cell(int value, Cell next) {
            this.value = value;
            this.next = next;
        }

        int value() { return value; }
        void set(int v) { value = v; }
        private int twice() { return value + value; }
        int bumpAndGet() { created++; return created + value; }
    }

    static int walk(Cell c) {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            try {
                c.set(c.value() + i);
                sum += c.twice() + c.bumpAndGet();
            } catch (NullPointerException e) {
                sum += 1000;
            }
            System.out.println("step " + i + " sum " + sum + " created " + created);
            if (c != null) c = c.next;
        }
        return sum;
    }

    public static void main(String[] args) {
        Cell list = new Cell(1, new Cell(2, new Cell(3, null)));
        System.out.println(walk(list));
        Cell none = list.next.next.next;
        System.out.println("set on null");
        none.set(7);
        System.out.println("not reached");
    }
}
