public class StringBuilderEdits {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("microkernel");
        sb.insert(0, "a ").insert(sb.length(), '!').insert(7, "-").insert(2, (String) null);
        System.out.println(sb + " " + sb.length());
        sb.delete(0, 6);
        System.out.println(sb);
        sb.delete(3, 100);
        System.out.println(sb);
        sb.delete(1, 1).delete(0, 0);
        System.out.println(sb + " " + sb.length());
        sb.setLength(0);
        for (int i = 0; i < 10; i++) sb.insert(sb.length() / 2, (char) ('0' + i));
        System.out.println(sb);
        StringBuilder emoji = new StringBuilder("ab\uD83D\uDE00cd\uD83D\uDC4D");
        emoji.reverse();
        System.out.println(emoji + " " + emoji.length() + " " + (int) emoji.charAt(0) + " " + (int) emoji.charAt(1));
        StringBuilder plain = new StringBuilder("stressed");
        System.out.println(plain.reverse() + " " + plain.reverse());
        StringBuilder d = new StringBuilder("0123456789");
        d.deleteCharAt(9).deleteCharAt(0).deleteCharAt(3);
        System.out.println(d);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) text.insert(i % 7 == 0 ? 0 : text.length(), (char) ('a' + i % 26));
        for (int i = 0; i < 50; i++) text.delete(i, i + 2);
        System.out.println(text.length() + " " + text.toString().hashCode() + " " + text.toString().substring(0, 3) + text.charAt(10));
        System.out.println("deleteCharAt past the end:");
        d.deleteCharAt(d.length());
    }
}
