import java.util.*;

public class SplitAndMatch {
    static void show(String label, String[] parts) {
        System.out.println(label + " " + parts.length + " " + Arrays.toString(parts));
    }

    public static void main(String[] args) {
        show("space", "ps  kill  crash echo".split(" "));
        show("spaces", "  ps  kill\tcrash \n echo  ".split("\\s+"));
        show("trimmed", "  ps  kill\tcrash \n echo  ".trim().split("\\s+"));
        show("comma", "a,b,,c,,".split(","));
        show("comma-1", "a,b,,c,,".split(",", -1));
        show("comma2", "a,b,,c,,".split(",", 2));
        show("empty", "".split(","));
        show("chars", "abc".split(""));
        show("dot", "10.0.2.15".split("\\."));
        show("pipe", "key|value|extra".split("\\|"));
        show("class", "x1y22z333w".split("[0-9]+"));
        show("alt", "one and two or three".split(" (and|or) "));
        show("lazy", "<a><bb><ccc>".split("<.*?>"));
        show("lead", ",lead,trail,".split(","));
        show("kv", "name=mk; size = 42;flag=".split("\\s*;\\s*"));
        System.out.println("ps".matches("ps|ls|cat") + " " + "cat".matches("ps|ls") + " " + "call 0x1f".matches("call 0x[0-9a-fA-F]+") + " " + "x".matches("x?y*"));
        System.out.println("2026-12-06".matches("\\d{4}-\\d{2}-\\d{2}") + " " + "26-1-6".matches("\\d{4}-\\d{1,2}-\\d{1,2}") + " " + "aaa".matches("a{2,}") + " " + "ab\n".matches("ab$"));
        System.out.println("hello   world  again".replaceAll(" +", " ") + "|" + "a1b22c333".replaceAll("[0-9]", "#") + "|" + "a1b22c333".replaceFirst("\\d+", "<$0>"));
        System.out.println("John Smith".replaceAll("(\\w+) (\\w+)", "$2, $1") + "|" + "abc".replaceAll("x*", "-") + "|" + "cost: 5$".replaceAll("\\$", "\\\\\\$") + "|" + "tab\there".replaceAll("\\t", "\\\\t"));
        System.out.println("MiXeD_Case-99".replaceAll("[^a-z]", "") + "|" + "aaa".replaceAll("a*?", "x") + "|" + "x.y.z".replace(".", "::") + "|" + "line1\r\nline2\nline3".split("\r?\n").length);
        String command = "write notes.txt  hello kernel world";
        String[] words = command.split(" ", 3);
        System.out.println(words[0] + "|" + words[1] + "|" + words[2] + "|" + words.length);
    }
}
