import java.util.*;

/** Shortest routes on a small road map: Dijkstra with a PriorityQueue of records ordered by distance. */
public class DijkstraRoutes {
    record Road(String to, int km) {}
    record Visit(String city, int dist) {}

    static final Map<String, List<Road>> roads = new TreeMap<>();

    static void road(String a, String b, int km) {
        roads.computeIfAbsent(a, k -> new ArrayList<>()).add(new Road(b, km));
        roads.computeIfAbsent(b, k -> new ArrayList<>()).add(new Road(a, km));
    }

    static Map<String, Integer> shortest(String from, Map<String, String> previous) {
        Map<String, Integer> dist = new HashMap<>();
        PriorityQueue<Visit> queue = new PriorityQueue<>(Comparator.comparingInt(Visit::dist).thenComparing(Visit::city));
        dist.put(from, 0);
        queue.add(new Visit(from, 0));
        while (!queue.isEmpty()) {
            Visit v = queue.poll();
            if (v.dist() > dist.getOrDefault(v.city(), Integer.MAX_VALUE)) continue;
            for (Road r : roads.getOrDefault(v.city(), List.of())) {
                int d = v.dist() + r.km();
                if (d < dist.getOrDefault(r.to(), Integer.MAX_VALUE)) {
                    dist.put(r.to(), d);
                    previous.put(r.to(), v.city());
                    queue.add(new Visit(r.to(), d));
                }
            }
        }
        return dist;
    }

    static String path(Map<String, String> previous, String to) {
        Deque<String> stack = new ArrayDeque<>();
        for (String c = to; c != null; c = previous.get(c)) stack.push(c);
        return String.join(" -> ", stack);
    }

    public static void main(String[] args) {
        road("Amsterdam", "Utrecht", 45);
        road("Amsterdam", "Haarlem", 20);
        road("Haarlem", "Leiden", 33);
        road("Leiden", "The Hague", 19);
        road("Utrecht", "Arnhem", 64);
        road("Utrecht", "Rotterdam", 57);
        road("The Hague", "Rotterdam", 27);
        road("Rotterdam", "Breda", 50);
        road("Breda", "Eindhoven", 59);
        road("Arnhem", "Eindhoven", 83);
        road("Utrecht", "Eindhoven", 92);
        Map<String, String> previous = new HashMap<>();
        Map<String, Integer> dist = shortest("Amsterdam", previous);
        new TreeMap<>(dist).forEach((city, d) -> System.out.println(city + ": " + d + " km via " + path(previous, city)));
        List<Map.Entry<String, Integer>> far = new ArrayList<>(dist.entrySet());
        far.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        System.out.println("farthest: " + far.get(0) + ", nearest: " + far.get(far.size() - 1));
    }
}
