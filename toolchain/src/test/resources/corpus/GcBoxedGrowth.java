// mkplay-heap: 262144
import java.util.ArrayList;
import java.util.List;

/** ArrayLists of boxed Integers and Longs grown from empty (their arrays copied and dropped at each growth). */
public class GcBoxedGrowth {
    public static void main(String[] args) {
        long sum = 0;
        for (int round = 0; round < 120; round++) {
            List<Integer> ints = new ArrayList<>();
            List<Long> longs = new ArrayList<>();
            for (int i = 0; i < 1500; i++) {
                ints.add(i * 1000 + round);
                longs.add((long) i << 20);
            }
            for (int i = 0; i < ints.size(); i += 50) sum += ints.get(i) + longs.get(i);
        }
        System.out.println("sum " + sum);
    }
}
