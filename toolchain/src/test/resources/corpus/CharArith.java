public class CharArith {
    static char next(char c) { return (char) (c + 1); }

    public static void main(String[] args) {
        char c = 'A';
        System.out.println(c + 1);
        System.out.println((char) (c + 1));
        System.out.println("" + c + 1);
        System.out.println(c + c);
        System.out.println(next('y') + "" + next('z') + next('Z'));
        char max = Character.MAX_VALUE;
        System.out.println((int) max + " " + (int) next(max) + " " + (int) Character.MIN_VALUE);
        char d = 'a';
        d += 25;
        System.out.println(d);
        d++;
        System.out.println(d);
        d = 'a';
        d *= 2;
        System.out.println((int) d);
        char[] alphabet = new char[26];
        for (int i = 0; i < 26; i++) alphabet[i] = (char) ('a' + (i * 7) % 26);
        System.out.println(alphabet);
        System.out.println(new String(alphabet, 3, 5));
        int sum = 0;
        for (char ch = 'a'; ch <= 'z'; ch++) sum = sum * 7 + ch;
        System.out.println(sum);
        System.out.println('a' < 'b');
        System.out.println((char) 0x263A);
        System.out.println("é ü ß € ✓");
        char hi = (char) 0xfffe;
        System.out.println(hi > 'a' ? "unsigned" : "signed");
        System.out.println((short) hi + " " + (byte) hi + " " + (hi >> 1) + " " + (int) (char) -2);
        char digit = '7';
        System.out.println(digit - '0' + " " + Character.getNumericValue(digit) + " " + Character.isDigit(digit));
        switch (d) {
            case 'a': System.out.println("a"); break;
            case (char) 194: System.out.println("194"); break;
            default: System.out.println("other " + (int) d);
        }
    }
}
