import java.util.*;

public class GraphSearch {
    public static void main(String[] args) {
        int n = 60;
        List<List<Integer>> adjacency = new ArrayList<>();
        for (int i = 0; i < n; i++) adjacency.add(new ArrayList<>());
        long s = 42;
        for (int e = 0; e < 140; e++) {
            s = s * 1103515245 + 12345 & 0x7fffffffL;
            int a = (int) (s % n);
            s = s * 1103515245 + 12345 & 0x7fffffffL;
            int b = (int) (s % n);
            if (a != b && !adjacency.get(a).contains(b)) {
                adjacency.get(a).add(b);
                adjacency.get(b).add(a);
            }
        }
        int[] dist = new int[n];
        Arrays.fill(dist, -1);
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        dist[0] = 0;
        List<Integer> order = new ArrayList<>();
        while (!queue.isEmpty()) {
            int u = queue.poll();
            order.add(u);
            for (int v : adjacency.get(u)) {
                if (dist[v] < 0) {
                    dist[v] = dist[u] + 1;
                    queue.offer(v);
                }
            }
        }
        System.out.println("bfs order " + order);
        System.out.println("distances " + Arrays.toString(dist));
        Deque<Integer> stack = new ArrayDeque<>();
        Set<Integer> seen = new LinkedHashSet<>();
        stack.push(0);
        while (!stack.isEmpty()) {
            int u = stack.pop();
            if (!seen.add(u)) continue;
            List<Integer> next = new ArrayList<>(adjacency.get(u));
            Collections.sort(next, Collections.reverseOrder());
            for (int v : next) if (!seen.contains(v)) stack.push(v);
        }
        System.out.println("dfs order " + seen);
        Map<Integer, Integer> componentSizes = new TreeLikeCounter().count(adjacency);
        System.out.println("components " + componentSizes);
    }

    static final class TreeLikeCounter {
        Map<Integer, Integer> count(List<List<Integer>> adjacency) {
            int[] comp = new int[adjacency.size()];
            Arrays.fill(comp, -1);
            Map<Integer, Integer> sizes = new HashMap<>();
            int next = 0;
            for (int i = 0; i < adjacency.size(); i++) {
                if (comp[i] >= 0) continue;
                LinkedList<Integer> work = new LinkedList<>();
                work.add(i);
                comp[i] = next;
                int size = 0;
                while (!work.isEmpty()) {
                    int u = work.removeFirst();
                    size++;
                    for (int v : adjacency.get(u)) if (comp[v] < 0) { comp[v] = next; work.addLast(v); }
                }
                sizes.put(next++, size);
            }
            return sizes;
        }
    }
}
