import java.util.*;

/** A priority task scheduler: PriorityQueue ordered by priority then arrival, printed in heap (array) order. */
public class TaskScheduler {
    record Task(int priority, int seq, String name) {}

    public static void main(String[] args) {
        Comparator<Task> order = Comparator.comparingInt(Task::priority).reversed().thenComparingInt(Task::seq);
        PriorityQueue<Task> queue = new PriorityQueue<>(order);
        String[] names = {"backup", "email", "compile", "deploy", "lint", "test", "index", "report", "cleanup", "alert", "sync", "audit"};
        int[] prio = {1, 3, 2, 5, 2, 4, 1, 3, 1, 5, 2, 4};
        for (int i = 0; i < names.length; i++) queue.offer(new Task(prio[i], i, names[i]));
        StringBuilder heap = new StringBuilder();
        for (Task t : queue) heap.append(t.name()).append(' ');
        System.out.println("heap: " + heap.toString().trim());
        System.out.println("peek: " + queue.peek() + " size " + queue.size());
        int tick = 0;
        while (!queue.isEmpty()) {
            Task t = queue.poll();
            System.out.println(tick + ": " + t.name() + " (p" + t.priority() + ")");
            if (t.name().equals("deploy")) queue.add(new Task(5, 100 + tick, "verify"));
            if (t.priority() >= 4 && tick % 2 == 0) queue.add(new Task(t.priority() - 3, 200 + tick, t.name() + "-followup"));
            tick++;
        }
        PriorityQueue<Integer> ints = new PriorityQueue<>(List.of(31, 41, 59, 26, 53, 58, 97, 93, 23, 84));
        System.out.println(ints);
        ints.remove(26);
        ints.removeIf(x -> x % 2 == 0);
        System.out.println(ints + " " + ints.contains(93));
        PriorityQueue<String> maxq = new PriorityQueue<>(Collections.reverseOrder());
        maxq.addAll(List.of("kiwi", "apple", "fig", "pear", "banana"));
        System.out.println(maxq + " -> " + maxq.poll() + " " + maxq.poll() + " " + maxq);
    }
}
