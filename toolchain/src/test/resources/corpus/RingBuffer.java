public class RingBuffer {
    static final class Ring {
        final byte[] buf;
        int head, tail, count, dropped;
        Ring(int capacity) { buf = new byte[capacity]; }
        boolean put(byte b) {
            if (count == buf.length) { dropped++; return false; }
            buf[tail] = b;
            tail = (tail + 1) % buf.length;
            count++;
            return true;
        }
        int get() {
            if (count == 0) return -1;
            int b = buf[head] & 0xff;
            head = (head + 1) % buf.length;
            count--;
            return b;
        }
    }

    static final class Window {
        final long[] values;
        int next;
        long sum;
        boolean full;
        Window(int n) { values = new long[n]; }
        long add(long v) {
            sum += v - values[next];
            values[next] = v;
            next++;
            if (next == values.length) { next = 0; full = true; }
            return sum / (full ? values.length : next);
        }
    }

    public static void main(String[] args) {
        Ring r = new Ring(7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            r.put((byte) (i * 37));
            if (i % 3 == 2) sb.append(r.get()).append(',');
            if (i % 5 == 4) sb.append(r.get()).append(';');
        }
        System.out.println(sb);
        System.out.println("count=" + r.count + " dropped=" + r.dropped + " head=" + r.head + " tail=" + r.tail);
        int v;
        sb.setLength(0);
        while ((v = r.get()) >= 0) sb.append(v).append(' ');
        System.out.println(sb + "| " + r.get());
        Window w = new Window(5);
        sb.setLength(0);
        for (int i = 0; i < 20; i++) sb.append(w.add(i * i - 50)).append(' ');
        System.out.println(sb);
    }
}
