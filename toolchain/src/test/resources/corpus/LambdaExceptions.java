import java.util.*;
import java.util.function.*;

/** Exceptions through lambdas and the collection methods that call them: caught, and one uncaught trace. */
public class LambdaExceptions {
    interface Op {
        int run(int x);
    }

    record Account(String owner, long balance) {
        Account {
            if (balance < 0) throw new IllegalArgumentException("negative balance for " + owner);
        }
    }

    static int apply(Op op, int v) {
        return op.run(v);
    }

    static <T> Optional<T> attempt(Supplier<T> s) {
        try {
            return Optional.of(s.get());
        } catch (RuntimeException e) {
            System.out.println("  failed: " + e);
            return Optional.empty();
        }
    }

    public static void main(String[] args) {
        System.out.println(attempt(() -> List.of(1, 2).get(5)));
        System.out.println(attempt(() -> List.of(1, 2, 3).get(-1)));
        System.out.println(attempt(() -> List.of().get(0)));
        System.out.println(attempt(() -> new Account("ann", 10)));
        System.out.println(attempt(() -> new Account("bob", -1)));
        System.out.println(attempt(() -> Map.of("k", 1, "k", 2)));
        System.out.println(attempt(() -> Optional.empty().orElseThrow()));
        System.out.println(attempt(() -> new TreeSet<Integer>().first()));
        System.out.println(attempt(() -> new PriorityQueue<String>().remove()));
        System.out.println(attempt(() -> Collections.unmodifiableList(new ArrayList<>(List.of(1))).set(0, 2)));
        System.out.println(attempt(() -> Integer.parseInt("12x")));
        Map<String, Integer> m = new HashMap<>();
        try {
            m.computeIfAbsent("a", k -> {
                m.put("b", 1);
                return 2;
            });
        } catch (ConcurrentModificationException e) {
            System.out.println("computeIfAbsent that modifies the map: " + e);
        }
        List<Integer> values = new ArrayList<>(List.of(4, 2, 0, 1));
        int done = 0;
        try {
            for (int v : values) {
                System.out.println(apply(x -> 100 / x, v));
                done++;
            }
        } catch (ArithmeticException e) {
            System.out.println("stopped after " + done + ": " + e.getMessage());
        } finally {
            System.out.println("finally");
        }
        try {
            values.sort(Comparator.comparing(v -> {
                if (v == 1) throw new IllegalStateException("no ones");
                return v;
            }));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage() + " " + values.size());
        }
        System.out.println(apply(x -> x * 2, 21));
        System.out.println(apply(x -> 10 / x, 0));
    }
}
