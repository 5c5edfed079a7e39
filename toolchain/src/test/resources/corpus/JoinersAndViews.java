import java.util.*;

/** StringJoiner, String.join, Collections views and factories, List.subList, Map.of lookups. */
public class JoinersAndViews {
    public static void main(String[] args) {
        StringJoiner csv = new StringJoiner(",");
        for (String f : new String[] {"id", "name", "qty"}) csv.add(f);
        System.out.println(csv + " (" + csv.length() + ")");
        StringJoiner set = new StringJoiner(", ", "{", "}");
        System.out.println(set + " " + set.length());
        set.setEmptyValue("none");
        System.out.println(set);
        set.add("a");
        set.add("b");
        StringJoiner more = new StringJoiner("+", "<", ">");
        more.add("x").add("y");
        set.merge(more);
        System.out.println(set + " " + more);
        List<String> parts = List.of("usr", "local", "bin");
        System.out.println("/" + String.join("/", parts));
        List<Integer> nums = new ArrayList<>();
        for (int i = 1; i <= 12; i++) nums.add(i * i);
        List<Integer> middle = nums.subList(3, 9);
        System.out.println(middle + " " + middle.get(0) + " " + middle.indexOf(49) + " " + middle.contains(4));
        middle.set(0, -1);
        middle.remove(Integer.valueOf(36));
        middle.add(0, 0);
        System.out.println(nums + " " + middle.size());
        nums.subList(0, 3).clear();
        System.out.println(nums);
        List<String> fixed = Collections.unmodifiableList(new ArrayList<>(parts));
        System.out.println(fixed + " " + fixed.size() + " " + fixed.get(2));
        System.out.println(Collections.nCopies(4, "ha") + " " + String.join("", Collections.nCopies(3, "ab")));
        System.out.println(Collections.singletonList("one") + " " + Collections.singleton(7) + " " + Collections.singletonMap("k", "v"));
        System.out.println(Collections.emptyList() + " " + Collections.emptySet() + " " + Collections.emptyMap() + " " + Collections.emptyMap().size());
        Map<String, Integer> ages = Map.of("ann", 31, "bob", 27, "cid", 45);
        int total = 0;
        for (String n : List.of("ann", "bob", "cid", "dan")) total += ages.getOrDefault(n, 0);
        System.out.println(total + " " + ages.get("bob") + " " + ages.containsKey("dan") + " " + ages.size() + " " + new TreeMap<>(ages));
        Map<String, List<Integer>> entries = Map.ofEntries(Map.entry("evens", List.of(2, 4)), Map.entry("odds", List.of(1, 3, 5)));
        System.out.println(entries.get("odds") + " " + entries.get("evens").size());
        Set<String> ro = Collections.unmodifiableSet(new TreeSet<>(Set.of("b", "c", "a")));
        Map<String, Integer> rom = Collections.unmodifiableMap(new LinkedHashMap<>(Map.of("z", 1)));
        System.out.println(ro + " " + rom + " " + ro.contains("a"));
        List<Integer> filled = new ArrayList<>(Collections.nCopies(5, 0));
        Collections.fill(filled, 9);
        filled.replaceAll(x -> x + filled.size());
        System.out.println(filled + " " + Collections.frequency(filled, 14));
    }
}
