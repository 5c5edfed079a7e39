public class LabeledLoops {
    static int findPair(int[] a, int target) {
        int found = -1;
        outer:
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                if (a[i] + a[j] == target) {
                    found = i * 100 + j;
                    break outer;
                }
            }
        }
        return found;
    }

    static String primesBelow(int n) {
        StringBuilder sb = new StringBuilder();
        candidates:
        for (int c = 2; c < n; c++) {
            for (int d = 2; d * d <= c; d++) if (c % d == 0) continue candidates;
            sb.append(c).append(' ');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        int[] a = {8, 3, 11, 7, 2, 15, 4};
        System.out.println(findPair(a, 9) + " " + findPair(a, 26) + " " + findPair(a, 100));
        System.out.println(primesBelow(60));
        int count = 0;
        long sum = 0;
        rows:
        for (int r = 0; r < 20; r++) {
            cols:
            for (int c = 0; c < 20; c++) {
                if (c > r) continue rows;
                if ((r * c) % 7 == 6) break cols;
                if (r == 17 && c == 3) break rows;
                count++;
                sum += r * 31 + c;
            }
            sum ^= r;
        }
        System.out.println(count + " " + sum);
        int i = 0, steps = 0;
        loop:
        while (true) {
            steps++;
            switch (i % 5) {
                case 0: i += 3; continue loop;
                case 1: i *= 2; break;
                case 2: if (i > 40) break loop; i += 7; break;
                default: i++;
            }
            if (steps > 1000) break;
        }
        System.out.println(i + " " + steps);
        int depth = 0;
        block: {
            for (int k = 0; k < 10; k++) {
                depth = k;
                if (k == 4) break block;
            }
            depth = -1;
        }
        System.out.println("depth " + depth);
        int n = 0;
        do {
            n++;
            if (n % 3 == 0) continue;
            n += 2;
        } while (n < 30);
        System.out.println("n " + n);
    }
}
