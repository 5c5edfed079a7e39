// mkplay-heap: 262144
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

/** Linked and array lists built and dropped, a window of the last few kept alive; about 80 heaps' worth in total. */
public class GcListChurn {
    public static void main(String[] args) {
        List<LinkedList<Integer>> window = new ArrayList<>();
        long sum = 0;
        for (int round = 0; round < 800; round++) {
            LinkedList<Integer> list = new LinkedList<>();
            for (int i = 0; i < 400; i++) list.add(round * 1000 + i);
            window.add(list);
            if (window.size() > 4) window.remove(0);
            for (LinkedList<Integer> l : window) sum += l.getFirst() + l.getLast() + l.size();
        }
        System.out.println("sum " + sum + " window " + window.size() + " first " + window.get(0).getFirst());
    }
}
