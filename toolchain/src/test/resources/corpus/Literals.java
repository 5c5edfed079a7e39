public class Literals {
    static final int HEX = 0xCAFE_BABE;
    static final int OCT = 0777;
    static final int BIN = 0b1010_0101;
    static final long BIG = 9_223_372_036_854_775_807L;
    static final long LHEX = 0x8000_0000_0000_0001L;
    static final char CH = '\u00e9';
    static final String TEXT = "tab\tquote\"backslash\\ unicode \u03bb";
    static int counter = 5;

    public static void main(String[] args) {
        System.out.println(HEX + " " + OCT + " " + BIN + " " + BIG + " " + LHEX + " " + CH);
        System.out.println(TEXT);
        System.out.println(0x7fffffff + 0x7fffffff);
        System.out.println(1_000_000 * 3);
        System.out.println(-2147483648 + " " + -9223372036854775808L);
        System.out.println('\n' + 0);
        System.out.println("line1\nline2\r\nline3");
        System.out.println(counter++ + counter++ * --counter);
        final int local = 40;
        byte b = local + 2;
        char c = local + 25;
        short s = (short) (local * 1000);
        System.out.println(b + " " + c + " " + s);
        String multi = """
            text block
              indented "quotes"
            end""";
        System.out.println(multi);
        System.out.println("" + 1 + 2 + " " + (1 + 2) + " " + 'a' + 'b' + " " + ('a' + 'b'));
        System.out.println(true ? 1 : 'x');
        System.out.println(false ? 1 : 'x');
        int i = 0;
        System.out.println(i == 0 ? 'y' : i);
    }
}
