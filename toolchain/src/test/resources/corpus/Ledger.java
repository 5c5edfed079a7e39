import java.util.*;
import java.util.function.*;

/** A bank ledger: transfers as records, balances with Map.merge(Long::sum), statements sorted by comparators. */
public class Ledger {
    record Transfer(int day, String from, String to, long cents) {}
    record Balance(String account, long cents) {}

    static String money(long cents) {
        return (cents < 0 ? "-" : "") + Math.abs(cents) / 100 + "." + String.format("%02d", Math.abs(cents) % 100);
    }

    public static void main(String[] args) {
        List<Transfer> transfers = new ArrayList<>();
        String[] accounts = {"alice", "bob", "carol", "dave", "erin"};
        long seed = 7;
        for (int i = 0; i < 40; i++) {
            seed = seed * 1103515245 + 12345 & 0x7fffffffL;
            String from = accounts[(int) (seed % 5)];
            String to = accounts[(int) (seed / 5 % 5)];
            if (!from.equals(to)) transfers.add(new Transfer(1 + i / 6, from, to, seed % 50000));
        }
        Map<String, Long> balances = new HashMap<>();
        for (Transfer t : transfers) {
            balances.merge(t.from(), -t.cents(), Long::sum);
            balances.merge(t.to(), t.cents(), Long::sum);
        }
        System.out.println(transfers.size() + " transfers " + balances);
        List<Balance> sheet = new ArrayList<>();
        balances.forEach((a, c) -> sheet.add(new Balance(a, c)));
        sheet.sort(Comparator.comparingLong(Balance::cents).reversed());
        sheet.forEach(b -> System.out.println(String.format("%-6s %10s", b.account(), money(b.cents()))));
        long sum = 0;
        for (long v : balances.values()) sum += v;
        System.out.println("sum " + sum);
        Map<Integer, Long> perDay = new TreeMap<>();
        transfers.forEach(t -> perDay.merge(t.day(), t.cents(), Long::sum));
        System.out.println(perDay);
        Transfer biggest = Collections.max(transfers, Comparator.comparingLong(Transfer::cents));
        ToLongFunction<Transfer> fee = t -> t.cents() / 100;
        long fees = 0;
        for (Transfer t : transfers) fees += fee.applyAsLong(t);
        System.out.println("biggest " + biggest + " fees " + money(fees));
        Map<String, List<Transfer>> outgoing = new TreeMap<>();
        transfers.forEach(t -> outgoing.computeIfAbsent(t.from(), k -> new ArrayList<>()).add(t));
        outgoing.forEach((a, ts) -> System.out.println(a + " sent " + ts.size() + " largest " + money(Collections.max(ts, Comparator.comparingLong(Transfer::cents)).cents())));
    }
}
