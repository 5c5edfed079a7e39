import java.util.*;

/** Build order of modules (Kahn's algorithm) with a PriorityQueue for the lexicographically smallest order. */
public class TopologicalOrder {
    record Dep(String module, String needs) {}

    public static void main(String[] args) {
        List<Dep> deps = List.of(new Dep("web", "backend"), new Dep("backend", "toolchain"), new Dep("backend", "emulator"),
            new Dep("toolchain", "riscv"), new Dep("emulator", "riscv"), new Dep("kernel", "toolchain"), new Dep("kernel", "vmmagic"),
            new Dep("toolchain", "vmmagic"), new Dep("bench", "toolchain"), new Dep("bench", "emulator"), new Dep("e2e", "web"),
            new Dep("testkit", "riscv"), new Dep("toolchain", "testkit"));
        Map<String, Set<String>> users = new TreeMap<>();
        Map<String, Integer> indegree = new TreeMap<>();
        for (Dep d : deps) {
            users.computeIfAbsent(d.needs(), k -> new TreeSet<>()).add(d.module());
            indegree.merge(d.module(), 1, Integer::sum);
            indegree.putIfAbsent(d.needs(), 0);
        }
        System.out.println(indegree);
        PriorityQueue<String> ready = new PriorityQueue<>();
        indegree.forEach((m, n) -> { if (n == 0) ready.add(m); });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String m = ready.poll();
            order.add(m);
            for (String u : users.getOrDefault(m, Set.of())) {
                if (indegree.merge(u, -1, Integer::sum) == 0) ready.add(u);
            }
        }
        System.out.println(order.size() == indegree.size() ? "order " + order : "cycle!");
        Map<String, Integer> level = new HashMap<>();
        for (String m : order) {
            int l = 0;
            for (Dep d : deps) if (d.module().equals(m)) l = Math.max(l, level.get(d.needs()) + 1);
            level.put(m, l);
        }
        Map<Integer, List<String>> byLevel = new TreeMap<>();
        level.forEach((m, l) -> byLevel.computeIfAbsent(l, k -> new ArrayList<>()).add(m));
        byLevel.values().forEach(Collections::sort);
        System.out.println(byLevel);
    }
}
