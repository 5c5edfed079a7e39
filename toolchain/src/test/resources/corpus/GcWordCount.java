// mkplay-heap: 262144
import java.util.HashMap;
import java.util.Map;

/** Word counts of generated text in a HashMap, one map per batch, the keys fresh strings each time. */
public class GcWordCount {
    public static void main(String[] args) {
        String[] words = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"};
        long seed = 7, total = 0;
        Map<String, Integer> last = null;
        for (int batch = 0; batch < 150; batch++) {
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i < 400; i++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                String w = words[(int) ((seed >>> 33) & 7)] + ((seed >>> 50) & 31);
                Integer c = counts.get(w);
                counts.put(w, c == null ? 1 : c + 1);
            }
            total += counts.size();
            last = counts;
        }
        System.out.println("distinct total " + total + ", last batch " + last.size() + " alpha0=" + last.get("alpha0"));
    }
}
