import java.util.*;

public class Formatting {
    public static void main(String[] args) {
        System.out.println(String.format("|%d|%5d|%-5d|%05d|%+d|% d|%,d|%,015d|%(d|", 42, 42, 42, -42, 42, 42, 1234567890, -9876543, -17));
        System.out.println(String.format("|%x|%X|%#x|%o|%#o|%08X|%x|%x|", 255, 255, 255, 8, 8, 48879, -1, -1L));
        System.out.println(String.format("|%s|%10s|%-10s|%.3s|%S|%s|%s|", "mk", "right", "left", "truncate", "shout", null, List.of(1, 2)));
        System.out.println(String.format("|%c|%c|%C|%b|%B|%b|%h|%%|%n", 'x', 65, 'q', null, true, "anything", "hi").trim());
        System.out.println(String.format("%2$s-%1$s-%<s-%s", "a", "b"));
        System.out.printf("%-8s %6s %10s%n", "name", "state", "instr");
        String[][] rows = {{"echo", "READY", "1234"}, {"kv", "BLOCKED", "987654"}, {"fs", "RUNNING", "55"}};
        for (String[] r : rows) System.out.printf("%-8s %6s %,10d%n", r[0], r[1], Long.parseLong(r[2]));
        System.out.println("%d items at %s".formatted(3, "0x" + Integer.toHexString(4096)));
        long big = Long.MIN_VALUE;
        System.out.println(String.format("%d %x %,d %o", big, big, Long.MAX_VALUE, 511L));
        System.out.println(String.format("%s", "missing %d argument follows"));
        System.out.println(String.format("%d and %d", 1));
    }
}
