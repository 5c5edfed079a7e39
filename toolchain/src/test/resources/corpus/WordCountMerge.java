import java.util.*;

/** Word frequencies with Map.merge, then the entries sorted by count (descending) and word. */
public class WordCountMerge {
    static final String TEXT = """
        It was the best of times, it was the worst of times, it was the age of wisdom,
        it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
        it was the season of Light, it was the season of Darkness, it was the spring of hope,
        it was the winter of despair.""";

    public static void main(String[] args) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : TEXT.toLowerCase().split("[^a-z]+")) {
            if (!word.isEmpty()) counts.merge(word, 1, Integer::sum);
        }
        System.out.println(counts.size() + " distinct words");
        System.out.println(counts);
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Integer> e : entries.subList(0, 8)) System.out.printf("%-8s %2d%n", e.getKey(), e.getValue());
        Map<Integer, List<String>> byCount = new TreeMap<>(Comparator.reverseOrder());
        counts.forEach((w, c) -> byCount.computeIfAbsent(c, k -> new ArrayList<>()).add(w));
        byCount.values().forEach(list -> list.sort(null));
        System.out.println(byCount);
        Map<Character, Integer> initials = new TreeMap<>();
        counts.keySet().forEach(w -> initials.merge(w.charAt(0), counts.get(w), Integer::sum));
        System.out.println(initials);
        counts.replaceAll((w, c) -> c * w.length());
        System.out.println(counts.get("was") + " " + counts.get("it") + " " + counts.getOrDefault("dickens", -1));
    }
}
