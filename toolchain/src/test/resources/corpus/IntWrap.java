public class IntWrap {
    static int[] VALUES = {0, 1, -1, 2, -2, 7, -7, 100, -100, 46341, -46341, 65535, 65536,
        Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1, 0x55555555, 0xAAAAAAAA};

    static int mix(int h, int v) { return h * 31 + v; }

    public static void main(String[] args) {
        int h = 17;
        for (int a : VALUES) {
            for (int b : VALUES) {
                int sum = a + b, diff = a - b, prod = a * b;
                h = mix(h, sum);
                h = mix(h, diff);
                h = mix(h, prod);
                if (b != 0) {
                    h = mix(h, a / b);
                    h = mix(h, a % b);
                }
            }
        }
        System.out.println("checksum " + h);
        int min = VALUES[14], minusOne = VALUES[2];
        System.out.println(min / minusOne);
        System.out.println(min % minusOne);
        System.out.println(min * minusOne);
        System.out.println(-min);
        System.out.println(Math.abs(min));
        System.out.println(VALUES[13] + 1);
        System.out.println(min - 1);
        System.out.println(VALUES[13] * VALUES[13]);
        System.out.println(46341 * VALUES[9]);
        System.out.println(-7 / 2 + " " + -7 % 2 + " " + 7 % -2 + " " + VALUES[6] / 2 + " " + VALUES[6] % 2 + " " + VALUES[5] % -2);
        int x = VALUES[13];
        x++;
        System.out.println(x);
        x--;
        System.out.println(x);
        x += VALUES[13];
        System.out.println(x);
        x *= -3;
        System.out.println(x);
        x /= -1;
        System.out.println(x);
        int y = min;
        y /= minusOne;
        System.out.println(y);
        y = min;
        y %= minusOne;
        System.out.println(y);
    }
}
