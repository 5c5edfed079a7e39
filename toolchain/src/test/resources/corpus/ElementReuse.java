/** Repeated accesses to the same element, and to elements whose array or index changed in between. */
public class ElementReuse {
    static int[] data(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i * 7 - 3;
        return a;
    }

    static void reverse(int[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    static long updates(int[] a, long[] b) {
        int i = 1;
        a[i] += a[i] * 3;
        b[i] <<= a[i] & 7;
        a[i] = a[i + 1];
        i += 2;
        a[i] = a[i - 1] ^ a[i];
        a[i++] -= a[i];
        b[i] = b[i - 2] + a[i];
        return a[1] + a[2] + a[3] + a[4] + b[1] + b[3];
    }

    static int switchArrays(int[] x, int[] y) {
        int[] a = x;
        int acc = a[2];
        a[2] = 100;
        a = y;
        acc += a[2];
        a[2] = 200;
        return acc + x[2] + y[2];
    }

    static int aliasing(int[] x) {
        int[] y = x;
        x[3] = 5;
        y[3] += 10;
        return x[3] * 100 + y[3];
    }

    static int chars(char[] c, byte[] b, short[] s) {
        int k = 2;
        c[k] += 'A';
        b[k] -= 100;
        s[k] *= -3;
        c[k + 1] = c[k];
        return c[k] + b[k] + s[k] + c[k + 1];
    }

    public static void main(String[] args) {
        int[] a = data(9);
        reverse(a);
        StringBuilder sb = new StringBuilder();
        for (int v : a) sb.append(v).append(' ');
        System.out.println("reversed " + sb);
        System.out.println("updates " + updates(data(8), new long[] {1, 2, 3, 4, 5, 6}));
        int[] x = data(4), y = data(5);
        System.out.println("switchArrays " + switchArrays(x, y) + " " + x[2] + " " + y[2]);
        System.out.println("aliasing " + aliasing(data(6)));
        System.out.println("chars " + chars(new char[] {'a', 'b', 'c', 'd'}, new byte[] {1, 2, 3}, new short[] {4, 5, 6}));
    }
}
