/** Loops whose test is repeated at the bottom: every kind of test, exits that do not follow the loop, continue. */
public class RotatedLoops {
    static final class Node {
        final int value;
        final Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
    }

    static int scan(int[] a, int limit) {
        int i = 0;
        while (a[i] < limit) i++;
        return i;
    }

    static long longCounter(long from, long to) {
        long sum = 0;
        for (long j = from; j <= to; j += 3) sum += j * j;
        return sum;
    }

    static int fieldTest(Node head) {
        int n = 0;
        for (Node p = head; p.value != 0; p = p.next) n += p.value;
        return n;
    }

    static int continues(int n) {
        int acc = 0;
        for (int i = 0; i < n; i++) {
            if (i % 3 == 0) continue;
            acc += i;
        }
        int j = n;
        while (j > 0) {
            j--;
            if ((j & 1) == 0) continue;
            acc ^= j;
        }
        return acc;
    }

    static int exitElsewhere(int n) {
        int r = 0;
        if (n > 5) {
            int k = 0;
            while (k * k < n) k++;
            r = k;
        } else {
            r = -1;
        }
        return r;
    }

    static int nested(int n) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                int k = j;
                while (k > i && (k & 3) != 0) k--;
                count += k;
            }
        }
        return count;
    }

    static int divisions(int d) {
        int steps = 0;
        while (1000 / d > 7 && d < 1000) {
            d += d / 2 + 1;
            steps++;
        }
        return steps * 1000 + d;
    }

    static int byteLimits(byte[] b) {
        int i = 0;
        while (i < b.length && (byte) (b[i] + 1) != 0) i++;
        return i;
    }

    public static void main(String[] args) {
        System.out.println("scan " + scan(new int[] {1, 3, 5, 7, 9, 11}, 8));
        System.out.println("longCounter " + longCounter(-10, 50));
        System.out.println("fieldTest " + fieldTest(new Node(4, new Node(5, new Node(0, null)))));
        System.out.println("continues " + continues(17));
        System.out.println("exitElsewhere " + exitElsewhere(50) + " " + exitElsewhere(3));
        System.out.println("nested " + nested(9));
        System.out.println("divisions " + divisions(3));
        System.out.println("byteLimits " + byteLimits(new byte[] {3, 4, -1, 6}) + " " + byteLimits(new byte[] {1, 2}));
    }
}
