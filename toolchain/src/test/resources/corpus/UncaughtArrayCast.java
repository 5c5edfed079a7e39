public class UncaughtArrayCast {
    static String first(Object[] values) {
        String[] strings = (String[]) values;
        return strings[0];
    }

    public static void main(String[] args) {
        System.out.println(first(new String[] {"a string array"}));
        Object[] mixed = {"still", "strings"};
        System.out.println("an Object[] of strings is not a String[]");
        System.out.println(first(mixed));
    }
}
