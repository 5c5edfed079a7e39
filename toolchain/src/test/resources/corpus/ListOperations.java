import java.util.*;

public class ListOperations {
    /** A read-only view of the squares 0..n-1, as a user class built on AbstractList. */
    static final class Squares extends AbstractList<Integer> {
        private final int n;
        Squares(int n) { this.n = n; }
        public Integer get(int i) { return i * i; }
        public int size() { return n; }
    }

    public static void main(String[] args) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < 12; i++) list.add("item" + i);
        list.add(0, "head");
        list.add(5, "middle");
        list.add(list.size(), "tail");
        System.out.println(list.remove(3) + " " + list.set(7, "seven") + " " + list);
        System.out.println(list.indexOf("item9") + " " + list.lastIndexOf("nothing") + " " + list.isEmpty());
        List<String> other = new LinkedList<>(list);
        System.out.println(other.equals(list) + " " + (other.hashCode() == list.hashCode()) + " " + other.get(6));
        other.remove("middle");
        other.add(2, "inserted");
        System.out.println(other + " " + other.equals(list));
        Object[] array = list.toArray();
        System.out.println(array.length + " " + Arrays.toString(array));
        List<String> view = Arrays.asList("c", "a", "b");
        view.set(0, "z");
        Collections.sort(view);
        System.out.println(view);
        Squares squares = new Squares(10);
        System.out.println(squares + " " + squares.contains(49) + " " + squares.indexOf(64) + " " + squares.equals(List.of(0, 1, 4, 9, 16, 25, 36, 49, 64, 81)));
        List<Integer> copy = new ArrayList<>(squares);
        Collections.reverse(copy);
        Collections.swap(copy, 0, 9);
        System.out.println(copy + " " + Collections.unmodifiableList(copy).get(1));
        ListIteratorFree(copy);
        List<List<Integer>> nested = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            List<Integer> row = new ArrayList<>();
            for (int j = 0; j <= i; j++) row.add(i == 0 || j == 0 || j == i ? 1 : nested.get(i - 1).get(j - 1) + nested.get(i - 1).get(j));
            nested.add(row);
        }
        System.out.println(nested);
        copy.clear();
        System.out.println(copy + " " + copy.size());
    }

    static void ListIteratorFree(List<Integer> values) {
        int sum = 0;
        for (Iterator<Integer> it = values.iterator(); it.hasNext(); ) {
            int v = it.next();
            if (v % 2 == 1) it.remove();
            else sum += v;
        }
        System.out.println(values + " even sum " + sum);
    }
}
