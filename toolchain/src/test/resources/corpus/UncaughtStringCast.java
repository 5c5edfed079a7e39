public class UncaughtStringCast {
    public static void main(String[] args) {
        Object[] values = {"one", "two", new StringBuilder("three")};
        int total = 0;
        for (Object v : values) {
            String s = (String) v;
            total += s.length();
            System.out.println(s + " " + total);
        }
    }
}
