// mkplay-heap: 131072
/** A graph of cells pointing at each other through fields and Object[] arrays, rewired and partly replaced. */
public class GcObjectGraph {
    static final class Cell {
        final int id;
        Cell next;
        Object[] links;
        Cell(int id, boolean linked) {
            this.id = id;
            links = linked ? new Object[4] : null;
        }
    }

    public static void main(String[] args) {
        Cell[] cells = new Cell[100];
        for (int i = 0; i < cells.length; i++) cells[i] = new Cell(i, true);
        long seed = 3, sum = 0;
        for (int step = 0; step < 60000; step++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int a = (int) ((seed >>> 33) % 100), b = (int) ((seed >>> 41) % 100);
            Cell c = cells[a];
            c.next = cells[b];
            c.links[step & 3] = step % 5 == 0 ? new Cell(10000 + step, false) : cells[b];
            if (step % 7 == 0) {
                Cell old = cells[b];
                old.next = null;
                old.links = new Object[4];
                cells[b] = new Cell(old.id, true);
            }
            String tag = "cell " + a + " -> " + b;
            Object o = c.links[(step + 1) & 3];
            if (o instanceof Cell l) sum += l.id;
            if (c.next != null) sum += c.next.id + tag.length();
        }
        System.out.println("sum " + sum);
    }
}
