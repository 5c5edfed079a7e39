public class StringBuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append("hello").append(' ').append(42).append(' ').append(-7L).append(' ').append(true).append(' ').append((Object) null);
        System.out.println(sb + " len=" + sb.length());
        sb.reverse();
        System.out.println(sb);
        sb.reverse();
        sb.setCharAt(0, 'J');
        sb.insert(5, '!');
        sb.deleteCharAt(sb.length() - 1);
        System.out.println(sb + " " + sb.charAt(5) + " " + sb.length());
        sb.setLength(3);
        System.out.println("[" + sb + "]");
        sb.setLength(5);
        System.out.println(sb.length() + " " + (int) sb.charAt(4));
        StringBuilder numbers = new StringBuilder(4);
        for (int i = 0; i < 100; i++) numbers.append(i).append(',');
        System.out.println(numbers.length() + " " + numbers.toString().hashCode());
        StringBuilder nested = new StringBuilder("start:");
        nested.append(new StringBuilder("inner").reverse()).append(new char[] {'c', 'h'});
        System.out.println(nested);
        StringBuilder pal = new StringBuilder();
        String[] words = {"racecar", "level", "mkplay", "noon", "a", ""};
        for (String w : words) {
            String rev = new StringBuilder(w).reverse().toString();
            pal.append(w).append(rev.equals(w) ? "=pal " : "=no ");
        }
        System.out.println(pal);
        StringBuilder table = new StringBuilder();
        for (int r = 1; r <= 5; r++) {
            for (int c = 1; c <= 5; c++) {
                String cell = Integer.toString(r * c);
                for (int p = cell.length(); p < 3; p++) table.append(' ');
                table.append(cell);
            }
            table.append('\n');
        }
        System.out.print(table);
        StringBuilder ins = new StringBuilder("ace");
        ins.insert(1, 'b').insert(3, 'd').insert(0, '>').insert(ins.length(), '<');
        System.out.println(ins);
    }
}
