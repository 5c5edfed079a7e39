import java.util.*;

/** Grouping and indexing with computeIfAbsent: anagram classes, an inverted index, a histogram. */
public class GroupAndIndex {
    static String key(String word) {
        char[] cs = word.toCharArray();
        Arrays.sort(cs);
        return new String(cs);
    }

    public static void main(String[] args) {
        String[] words = "listen silent enlist inlets google banana tinsel stone notes onset tones seton gogole".split(" ");
        Map<String, TreeSet<String>> anagrams = new TreeMap<>();
        for (String w : words) anagrams.computeIfAbsent(key(w), k -> new TreeSet<>()).add(w);
        anagrams.forEach((k, v) -> { if (v.size() > 1) System.out.println(k + " -> " + v); });
        String[] docs = {"the cat sat", "the dog sat down", "a cat and a dog", "down by the river"};
        Map<String, List<Integer>> index = new HashMap<>();
        for (int d = 0; d < docs.length; d++) {
            for (String w : docs[d].split(" ")) {
                List<Integer> postings = index.computeIfAbsent(w, k -> new ArrayList<>());
                if (postings.isEmpty() || postings.get(postings.size() - 1) != d) postings.add(d);
            }
        }
        System.out.println(index);
        for (String q : List.of("cat", "sat", "river", "fish")) System.out.println(q + ": " + index.getOrDefault(q, List.of()));
        Map<Integer, Integer> histogram = new TreeMap<>();
        for (String w : words) histogram.compute(w.length(), (len, n) -> n == null ? 1 : n + 1);
        histogram.forEach((len, n) -> System.out.println(len + " " + "#".repeat(n)));
        Map<Boolean, List<String>> split = new HashMap<>();
        for (String w : words) split.computeIfAbsent(w.length() % 2 == 0, k -> new ArrayList<>()).add(w);
        System.out.println(split);
        Map<Character, Integer> firstSeen = new LinkedHashMap<>();
        for (int i = 0; i < words.length; i++) firstSeen.putIfAbsent(words[i].charAt(0), i);
        System.out.println(firstSeen);
        firstSeen.computeIfPresent('g', (c, i) -> null);
        firstSeen.computeIfPresent('b', (c, i) -> i * 100);
        firstSeen.remove('s', 1);
        firstSeen.replace('l', 77);
        System.out.println(firstSeen);
    }
}
