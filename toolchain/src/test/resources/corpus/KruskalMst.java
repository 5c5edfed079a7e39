import java.util.*;

/** Minimum spanning tree (Kruskal): edges as records sorted by weight then endpoints, union-find with path halving. */
public class KruskalMst {
    record Edge(int u, int v, int w) implements Comparable<Edge> {
        public int compareTo(Edge o) {
            return Comparator.comparingInt(Edge::w).thenComparingInt(Edge::u).thenComparingInt(Edge::v).compare(this, o);
        }
    }

    static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public static void main(String[] args) {
        int n = 12;
        List<Edge> edges = new ArrayList<>();
        long seed = 12345;
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                seed = (seed * 6364136223846793005L + 1442695040888963407L);
                if (((seed >>> 33) & 3) != 0) edges.add(new Edge(u, v, (int) ((seed >>> 40) % 50) + 1));
            }
        }
        Collections.sort(edges);
        System.out.println(edges.size() + " edges, lightest " + edges.get(0) + ", heaviest " + edges.get(edges.size() - 1));
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        List<Edge> tree = new ArrayList<>();
        int weight = 0;
        for (Edge e : edges) {
            int a = find(parent, e.u()), b = find(parent, e.v());
            if (a != b) {
                parent[a] = b;
                tree.add(e);
                weight += e.w();
            }
        }
        System.out.println("tree weight " + weight + " with " + tree.size() + " edges");
        tree.sort(Comparator.comparingInt(Edge::u).thenComparingInt(Edge::v));
        tree.forEach(System.out::println);
        Map<Integer, Integer> degree = new TreeMap<>();
        for (Edge e : tree) {
            degree.merge(e.u(), 1, Integer::sum);
            degree.merge(e.v(), 1, Integer::sum);
        }
        System.out.println("degrees " + degree);
        Set<Edge> unique = new HashSet<>(edges);
        System.out.println(unique.size() + " " + unique.contains(new Edge(tree.get(0).u(), tree.get(0).v(), tree.get(0).w())));
    }
}
