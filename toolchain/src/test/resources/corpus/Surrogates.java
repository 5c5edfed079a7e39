public class Surrogates {
    public static void main(String[] args) {
        String smile = "\uD83D\uDE00";
        System.out.println("pair: " + smile + " length " + smile.length());
        System.out.println("lone high: \uD83D, lone low: \uDE00, reversed pair: \uDE00\uD83D");
        System.out.print('\uD83D');
        System.out.print('\uDC4D');
        System.out.println(" <- printed one char at a time");
        System.out.print('\uD83D');
        System.out.println(" <- high then space");
        char[] chars = {'x', '\uD834', '\uDD1E', 'y', '\uD834'};
        System.out.println(chars);
        StringBuilder sb = new StringBuilder();
        for (int cp = 0x1F600; cp < 0x1F608; cp++) {
            sb.append((char) (0xD800 + ((cp - 0x10000) >> 10))).append((char) (0xDC00 + ((cp - 0x10000) & 0x3FF)));
        }
        System.out.println(sb + " " + sb.length());
        System.out.println("mixed: é ß € 𝄞 ✓ " + (char) 0x7FF + (char) 0x800 + (char) 0xFFFF);
        System.out.print("ends with a dangling high surrogate\n\uD83D");
    }
}
