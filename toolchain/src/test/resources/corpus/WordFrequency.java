import java.util.*;

public class WordFrequency {
    static final String[] VOCABULARY = {"kernel", "thread", "endpoint", "message", "badge", "reply", "server",
        "client", "page", "frame", "trap", "capability", "notify", "wait", "yield", "map"};

    public static void main(String[] args) {
        long seed = 12345;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int pick = (int) ((seed >>> 33) % VOCABULARY.length);
            int skew = (int) ((seed >>> 20) & 3);
            words.add(VOCABULARY[skew == 0 ? pick / 2 : pick]);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String w : words) {
            Integer c = counts.get(w);
            counts.put(w, c == null ? 1 : c + 1);
        }
        System.out.println(counts);
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        Collections.sort(entries, new Comparator<Map.Entry<String, Integer>>() {
            public int compare(Map.Entry<String, Integer> a, Map.Entry<String, Integer> b) {
                int byCount = Integer.compare(b.getValue(), a.getValue());
                return byCount != 0 ? byCount : a.getKey().compareTo(b.getKey());
            }
        });
        for (int i = 0; i < 5; i++) System.out.println((i + 1) + ". " + entries.get(i));
        Map<Integer, List<String>> byLength = new LinkedHashMap<>();
        for (String w : VOCABULARY) {
            List<String> bucket = byLength.get(w.length());
            if (bucket == null) {
                bucket = new ArrayList<>();
                byLength.put(w.length(), bucket);
            }
            bucket.add(w);
        }
        System.out.println(byLength);
        Set<Character> letters = new HashSet<>();
        for (String w : VOCABULARY) for (char ch : w.toCharArray()) letters.add(ch);
        System.out.println(letters.size() + " letters: " + letters);
        Map<Character, Integer> firstLetters = new HashMap<>();
        for (String w : words) firstLetters.put(w.charAt(0), firstLetters.getOrDefault(w.charAt(0), 0) + 1);
        System.out.println(firstLetters + " total " + words.size());
    }
}
