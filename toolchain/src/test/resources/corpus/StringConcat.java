public class StringConcat {
    static final class Thing {
        final int id;
        Thing(int id) { this.id = id; }
        public String toString() { return "Thing#" + id; }
    }

    public static void main(String[] args) {
        byte b = -5;
        short s = 300;
        char c = 'Z';
        int i = Integer.MIN_VALUE;
        long l = Long.MAX_VALUE;
        boolean t = true, f = false;
        String str = "str", nul = null;
        Object o = new Thing(7), none = null;
        char[] chars = {'x', 'y'};
        System.out.println("b=" + b + " s=" + s + " c=" + c + " i=" + i + " l=" + l + " t=" + t + " f=" + f);
        System.out.println("str=" + str + " nul=" + nul + " o=" + o + " none=" + none);
        System.out.println(b + s + c + i + "|" + b + s + c + i);
        System.out.println(c + c + "" + c + c);
        System.out.println(1 + 2L + "x" + 1 + 2L);
        System.out.println("" + (b < s) + (c == 'Z') + !t);
        System.out.println(str + str + str + nul + nul);
        System.out.println("chars length " + chars.length + " first " + chars[0] + chars[1]);
        String acc = "";
        for (int k = 0; k < 20; k++) acc += k % 3 == 0 ? "[" + k + "]" : String.valueOf((char) ('a' + k));
        System.out.println(acc);
        String x = "a";
        x += 1;
        x += 'b';
        x += 2L;
        x += true;
        x += null;
        x += new Thing(9);
        x += (byte) 300;
        x += (short) 70000;
        System.out.println(x);
        String big = "";
        for (int k = 0; k < 200; k++) big = big + k;
        System.out.println(big.length() + " " + big.hashCode() + " " + big.substring(100, 130));
        String many = "1" + b + "2" + s + "3" + c + "4" + i + "5" + l + "6" + t + "7" + str + "8" + o + "9" + b + "0" + s + "1" + c + "2" + i;
        System.out.println(many);
        String unicode = "λ=" + 'λ' + ", €" + 100 + ", " + (char) 0x1F600;
        System.out.println(unicode + " " + unicode.length());
        System.out.println("\u0000".length() + "" + (int) "\u0000".charAt(0));
    }
}
