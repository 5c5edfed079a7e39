import java.util.HashMap;
import java.util.Map;

/**
 * Word count: SIZE pseudo-random words of 1 to 5 letters, each built in a StringBuilder and counted in a
 * HashMap of String to Integer (boxing, hashing, resizing, and garbage for the collector); then the number of
 * distinct words, the highest count, and a checksum over the entries that does not depend on their order.
 */
public class WordCount {
    static final int SIZE = 200000;

    public static void main(String[] args) {
        Map<String, Integer> counts = new HashMap<>();
        StringBuilder sb = new StringBuilder();
        long seed = 42;
        for (int i = 0; i < SIZE; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int length = 1 + (int) ((seed >>> 60) % 5);
            long bits = seed >>> 20;
            sb.setLength(0);
            for (int k = 0; k < length; k++) {
                sb.append((char) ('a' + (bits & 7)));
                bits >>>= 3;
            }
            String word = sb.toString();
            Integer count = counts.get(word);
            counts.put(word, count == null ? 1 : count + 1);
        }
        long checksum = 0;
        int max = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            checksum += (long) e.getKey().hashCode() * e.getValue();
            max = Math.max(max, e.getValue());
        }
        System.out.println("wordcount " + SIZE + ": distinct " + counts.size() + ", max " + max + ", checksum " + checksum);
    }
}
