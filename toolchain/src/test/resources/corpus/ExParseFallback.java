import java.util.ArrayList;
import java.util.List;

public class ExParseFallback {
    static int parseOr(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            System.out.println("  not a number: " + e.getMessage());
            return fallback;
        }
    }

    static long parseLongOr(String s, long fallback) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"42", " 17 ", "-3", "abc", "", "2147483648", "0x10", "+9", "12a"};
        List<Integer> values = new ArrayList<>();
        int sum = 0;
        for (String in : inputs) {
            int v = parseOr(in, -1);
            values.add(v);
            sum += v;
        }
        System.out.println(values + " sum=" + sum);
        System.out.println(parseLongOr("9223372036854775807", 0) + " " + parseLongOr("9223372036854775808", 7));
        String config = "width=80;height=x;depth=3;color";
        int ok = 0, bad = 0;
        for (String part : config.split(";")) {
            try {
                String[] kv = part.split("=");
                int v = Integer.parseInt(kv[1]);
                System.out.println(kv[0] + " -> " + v);
                ok++;
            } catch (NumberFormatException e) {
                System.out.println("bad value in '" + part + "': " + e.getMessage());
                bad++;
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("missing value in '" + part + "': " + e.getMessage());
                bad++;
            }
        }
        System.out.println("ok=" + ok + " bad=" + bad);
    }
}
