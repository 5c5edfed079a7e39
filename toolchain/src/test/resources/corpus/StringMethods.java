public class StringMethods {
    public static void main(String[] args) {
        String s = "  The Quick Brown Fox  ";
        String t = s.trim();
        System.out.println("[" + t + "] " + t.length() + " " + s.length());
        System.out.println(t.toUpperCase() + " " + t.toLowerCase());
        System.out.println(t.indexOf('Q') + " " + t.indexOf("Brown") + " " + t.indexOf("cat") + " " + t.lastIndexOf('o') + " " + t.indexOf('o', 13));
        System.out.println(t.substring(4) + "|" + t.substring(4, 9) + "|" + t.substring(0, 0) + "|");
        System.out.println(t.startsWith("The") + " " + t.endsWith("Fox") + " " + t.contains("ick") + " " + t.isEmpty() + " " + "".isEmpty());
        System.out.println("abc".compareTo("abd") + " " + "abc".compareTo("ab") + " " + "B".compareTo("a") + " " + "b".compareToIgnoreCase("B") + " " + "x".compareTo("x"));
        System.out.println("Hello".equals("Hello") + " " + "Hello".equals("hello") + " " + "Hello".equalsIgnoreCase("hELLO") + " " + "a".equals(null));
        String built = new StringBuilder("Hel").append("lo").toString();
        System.out.println((built == "Hello") + " " + built.equals("Hello") + " " + (built.hashCode() == "Hello".hashCode()));
        System.out.println("ab".repeat(4) + " " + "x".repeat(0).length() + " " + "a,b,,c".replace(',', ';') + " " + "foo".concat("bar"));
        char[] cs = "mkplay".toCharArray();
        cs[0] = 'M';
        System.out.println(String.valueOf(cs) + " " + String.valueOf(12) + String.valueOf('c') + String.valueOf(true) + String.valueOf(-3L) + String.valueOf((Object) null));
        System.out.println(Integer.parseInt("12345") + Integer.parseInt("-77") + " " + Long.parseLong("-9223372036854775808") + " " + Integer.parseInt("+5"));
        String csv = "alpha,beta,gamma,,delta";
        int start = 0, fields = 0;
        StringBuilder out = new StringBuilder();
        while (true) {
            int comma = csv.indexOf(',', start);
            String field = comma < 0 ? csv.substring(start) : csv.substring(start, comma);
            out.append('<').append(field).append('>');
            fields++;
            if (comma < 0) break;
            start = comma + 1;
        }
        System.out.println(out + " " + fields);
        int h = 0;
        String[] words = {"", "a", "polygenelubricants", "Aa", "BB", "mkplay microkernel"};
        for (String w : words) h = h * 17 + w.hashCode();
        System.out.println(h);
        String sw = t.substring(4, 9);
        switch (sw) {
            case "Quick": System.out.println("switch quick"); break;
            case "Slow": System.out.println("switch slow"); break;
            default: System.out.println("switch default");
        }
    }
}
