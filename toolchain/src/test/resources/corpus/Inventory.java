import java.util.*;

/** A stock ledger: TreeMap with merge, compute, computeIfPresent (removing sold-out items) and forEach reports. */
public class Inventory {
    record Move(String sku, int qty) {}

    public static void main(String[] args) {
        TreeMap<String, Integer> stock = new TreeMap<>();
        List<Move> moves = List.of(new Move("bolt", 100), new Move("nut", 250), new Move("washer", 75), new Move("bolt", -40),
            new Move("gear", 12), new Move("nut", -250), new Move("gear", -5), new Move("spring", 30), new Move("washer", -80),
            new Move("bolt", 15), new Move("axle", 3), new Move("spring", -30));
        List<String> rejected = new ArrayList<>();
        for (Move m : moves) {
            int have = stock.getOrDefault(m.sku(), 0);
            if (have + m.qty() < 0) {
                rejected.add(m.sku() + m.qty());
                continue;
            }
            stock.merge(m.sku(), m.qty(), Integer::sum);
            stock.computeIfPresent(m.sku(), (k, v) -> v == 0 ? null : v);
        }
        System.out.println(stock + " rejected " + rejected);
        stock.forEach((sku, qty) -> System.out.printf("%-7s %4d%n", sku, qty));
        stock.compute("gear", (k, v) -> v == null ? 1 : v * 2);
        stock.compute("cog", (k, v) -> v == null ? 1 : v * 2);
        stock.computeIfAbsent("pin", k -> k.length() * 10);
        stock.computeIfAbsent("bolt", k -> -1);
        System.out.println(stock + " first " + stock.firstKey() + " last " + stock.lastEntry());
        Map<String, Integer> low = new TreeMap<>(stock.headMap("d"));
        low.replaceAll((k, v) -> v + 100);
        System.out.println(low + " " + stock.headMap("d"));
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(stock.entrySet());
        ranked.sort(Map.Entry.comparingByValue());
        System.out.println(ranked);
        stock.entrySet().removeIf(e -> e.getValue() < 10);
        System.out.println(stock + " " + stock.size());
    }
}
