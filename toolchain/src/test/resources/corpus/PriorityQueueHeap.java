public class PriorityQueueHeap {
    static final class Task {
        final String name;
        final int priority;
        final long seq;
        Task(String name, int priority, long seq) { this.name = name; this.priority = priority; this.seq = seq; }
        boolean before(Task o) { return priority != o.priority ? priority < o.priority : seq < o.seq; }
    }

    static final class MinHeap {
        Task[] items = new Task[4];
        int size;

        void push(Task t) {
            if (size == items.length) {
                Task[] bigger = new Task[size * 2];
                for (int i = 0; i < size; i++) bigger[i] = items[i];
                items = bigger;
            }
            int i = size++;
            items[i] = t;
            while (i > 0 && items[i].before(items[(i - 1) / 2])) {
                swap(i, (i - 1) / 2);
                i = (i - 1) / 2;
            }
        }

        Task pop() {
            Task top = items[0];
            items[0] = items[--size];
            items[size] = null;
            int i = 0;
            while (true) {
                int l = 2 * i + 1, r = l + 1, best = i;
                if (l < size && items[l].before(items[best])) best = l;
                if (r < size && items[r].before(items[best])) best = r;
                if (best == i) break;
                swap(i, best);
                i = best;
            }
            return top;
        }

        void swap(int a, int b) { Task t = items[a]; items[a] = items[b]; items[b] = t; }
    }

    public static void main(String[] args) {
        MinHeap q = new MinHeap();
        String[] names = {"disk", "net", "timer", "kbd", "audio", "gpu"};
        long seq = 0;
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < names.length; i++) q.push(new Task(names[i] + round, (i * 7 + round * 3) % 5, seq++));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            Task t = q.pop();
            sb.append(t.name).append('/').append(t.priority).append(' ');
        }
        System.out.println(sb);
        System.out.println("left " + q.size);
        int x = 17;
        for (int i = 0; i < 3000; i++) {
            x = x * 48271 % 2147483647;
            q.push(new Task("t", x % 1000, seq++));
        }
        int last = -1;
        boolean ordered = true;
        long h = 0;
        while (q.size > 0) {
            Task t = q.pop();
            if (t.priority < last) ordered = false;
            last = t.priority;
            h = h * 31 + t.priority * 10007L + t.seq;
        }
        System.out.println("ordered=" + ordered + " h=" + h);
    }
}
