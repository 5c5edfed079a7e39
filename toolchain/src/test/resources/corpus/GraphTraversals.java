import java.util.*;
import java.util.function.*;

/** BFS and DFS over an adjacency map built with computeIfAbsent, visitors as Consumers, components with TreeSet. */
public class GraphTraversals {
    static final Map<Integer, List<Integer>> adj = new TreeMap<>();

    static void edge(int a, int b) {
        adj.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
        adj.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
    }

    static void bfs(int start, BiConsumer<Integer, Integer> visit) {
        Map<Integer, Integer> depth = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        depth.put(start, 0);
        queue.add(start);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            visit.accept(v, depth.get(v));
            for (int w : adj.getOrDefault(v, List.of())) {
                if (depth.putIfAbsent(w, depth.get(v) + 1) == null) queue.add(w);
            }
        }
    }

    static void dfs(int v, Set<Integer> seen, Consumer<Integer> visit) {
        if (!seen.add(v)) return;
        visit.accept(v);
        adj.getOrDefault(v, List.of()).forEach(w -> dfs(w, seen, visit));
    }

    public static void main(String[] args) {
        int[][] edges = {{1, 2}, {1, 3}, {2, 4}, {3, 4}, {4, 5}, {6, 7}, {7, 8}, {8, 6}, {9, 10}, {5, 11}, {11, 12}, {2, 12}};
        for (int[] e : edges) edge(e[0], e[1]);
        adj.values().forEach(list -> list.sort(Comparator.reverseOrder()));
        System.out.println(adj);
        StringBuilder order = new StringBuilder();
        bfs(1, (v, d) -> order.append(v).append('@').append(d).append(' '));
        System.out.println("bfs " + order.toString().trim());
        List<Integer> dfsOrder = new ArrayList<>();
        dfs(1, new HashSet<>(), dfsOrder::add);
        System.out.println("dfs " + dfsOrder);
        Set<Integer> seen = new HashSet<>();
        List<TreeSet<Integer>> components = new ArrayList<>();
        for (int v : adj.keySet()) {
            if (seen.contains(v)) continue;
            TreeSet<Integer> comp = new TreeSet<>();
            dfs(v, seen, comp::add);
            components.add(comp);
        }
        components.sort(Comparator.comparingInt((TreeSet<Integer> c) -> c.size()).reversed().thenComparing(TreeSet::first));
        System.out.println(components.size() + " components " + components);
        Map<Integer, Integer> degrees = new TreeMap<>();
        adj.forEach((v, ns) -> degrees.put(v, ns.size()));
        Optional<Map.Entry<Integer, Integer>> hub = Optional.of(Collections.max(degrees.entrySet(), Map.Entry.comparingByValue()));
        System.out.println("degrees " + degrees + " hub " + hub.map(Map.Entry::getKey).orElse(-1));
    }
}
