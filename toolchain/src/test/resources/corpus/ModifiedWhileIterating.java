import java.util.*;

public class ModifiedWhileIterating {
    public static void main(String[] args) {
        Map<String, Integer> stock = new HashMap<>();
        stock.put("apples", 3);
        stock.put("pears", 0);
        stock.put("plums", 7);
        stock.put("figs", 0);
        List<Integer> values = new ArrayList<>(stock.values());
        for (int v : new ArrayList<>(values)) if (v == 0) values.remove(Integer.valueOf(v));
        System.out.println(values);
        for (String fruit : stock.keySet()) {
            System.out.println("checking " + fruit);
            if (stock.get(fruit) == 0) stock.remove(fruit);
        }
        System.out.println(stock);
    }
}
