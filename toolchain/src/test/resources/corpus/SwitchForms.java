public class SwitchForms {
    static String dense(int v) {
        switch (v) {
            case 0: return "zero";
            case 1: return "one";
            case 2:
            case 3: return "two-or-three";
            case 4: return "four";
            case 5: return "five";
            case 6: return "six";
            default: return "many";
        }
    }

    static int sparse(int v) {
        switch (v) {
            case -1000000: return 1;
            case -5: return 2;
            case 7: return 3;
            case 1000: return 4;
            case 65536: return 5;
            case Integer.MAX_VALUE: return 6;
            case Integer.MIN_VALUE: return 7;
            default: return 0;
        }
    }

    static int fallThrough(int v) {
        int r = 0;
        switch (v) {
            case 1: r += 1;
            case 2: r += 10;
            case 3: r += 100; break;
            case 4: r += 1000;
            default: r += 10000;
        }
        return r;
    }

    static String chars(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u' -> "vowel";
            case ' ' -> "space";
            default -> {
                if (Character.isDigit(c)) yield "digit";
                yield Character.isLetter(c) ? "consonant" : "other";
            }
        };
    }

    static int strings(String s) {
        switch (s) {
            case "Aa": return 1;
            case "BB": return 2;
            case "alpha": return 3;
            case "": return 4;
            default: return -1;
        }
    }

    static long longs(long v) {
        int bucket = (int) (v >>> 60);
        switch (bucket) {
            case 0: return v;
            case 15: return -v;
            case 8: return v >> 3;
            default: return bucket;
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = -2; i <= 8; i++) sb.append(dense(i)).append(' ');
        System.out.println(sb);
        int[] vals = {-1000000, -5, 7, 1000, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE, 0, 8, -6};
        sb.setLength(0);
        for (int v : vals) sb.append(sparse(v));
        System.out.println(sb);
        sb.setLength(0);
        for (int i = 0; i <= 5; i++) sb.append(fallThrough(i)).append(' ');
        System.out.println(sb);
        sb.setLength(0);
        for (char c : "hi 42!".toCharArray()) sb.append(chars(c)).append(',');
        System.out.println(sb);
        System.out.println(strings("Aa") + " " + strings("BB") + " " + strings("alpha") + " " + strings("") + " " + strings("beta") + " " + strings("C#"));
        System.out.println(longs(5) + " " + longs(-5) + " " + longs(Long.MIN_VALUE) + " " + longs(0x3000000000000000L));
        int acc = 0;
        for (int i = 0; i < 1000; i++) {
            switch (i % 13) {
                case 0, 5, 10 -> acc += i;
                case 1 -> acc -= i * 2;
                case 12 -> acc ^= i;
                default -> acc = acc * 3 + 1;
            }
        }
        System.out.println(acc);
    }
}
