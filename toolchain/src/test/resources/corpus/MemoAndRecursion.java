import java.util.*;
import java.util.function.*;

/** Memoisation with a Function wrapper, recursive lambdas through a field, and a lazily built table. */
public class MemoAndRecursion {
    static Function<Integer, Long> fib;

    static <T, R> Function<T, R> memoize(Function<T, R> f, Map<T, R> cache) {
        return x -> {
            R r = cache.get(x);
            if (r == null) {
                r = f.apply(x);
                cache.put(x, r);
            }
            return r;
        };
    }

    static final class Lazy<T> implements Supplier<T> {
        private Supplier<T> init;
        private T value;

        Lazy(Supplier<T> init) { this.init = init; }

        public T get() {
            if (init != null) {
                value = init.get();
                init = null;
            }
            return value;
        }
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) {
        Map<Integer, Long> cache = new TreeMap<>();
        fib = memoize(n -> n < 2 ? (long) n : fib.apply(n - 1) + fib.apply(n - 2), cache);
        System.out.println(fib.apply(90) + " cached " + cache.size() + " first " + cache.get(10) + " last " + ((TreeMap<Integer, Long>) cache).lastEntry());
        int[] calls = {0};
        BiFunction<Integer, Integer, Integer>[] ack = new BiFunction[1];
        ack[0] = (m, n) -> {
            calls[0]++;
            if (m == 0) return n + 1;
            if (n == 0) return ack[0].apply(m - 1, 1);
            return ack[0].apply(m - 1, ack[0].apply(m, n - 1));
        };
        System.out.println("ackermann(2, 3) = " + ack[0].apply(2, 3) + " in " + calls[0] + " calls");
        Map<String, Long> paths = new HashMap<>();
        BiFunction<Integer, Integer, Long>[] grid = new BiFunction[1];
        grid[0] = (r, c) -> {
            if (r == 0 || c == 0) return 1L;
            String key = r + "," + c;
            Long known = paths.get(key);
            if (known != null) return known;
            long v = grid[0].apply(r - 1, c) + grid[0].apply(r, c - 1);
            paths.put(key, v);
            return v;
        };
        System.out.println("lattice paths 16x16: " + grid[0].apply(16, 16) + " (" + paths.size() + " entries)");
        int[] built = {0};
        Lazy<List<Integer>> squares = new Lazy<>(() -> {
            built[0]++;
            List<Integer> l = new ArrayList<>();
            for (int i = 0; i < 10; i++) l.add(i * i);
            return l;
        });
        System.out.println("built " + built[0]);
        System.out.println(squares.get() + " " + squares.get().size() + " built " + built[0]);
        UnaryOperator<String> rev = s -> new StringBuilder(s).reverse().toString();
        Function<String, Boolean> palindrome = s -> s.equals(rev.apply(s));
        for (String w : List.of("level", "lambda", "racecar", "noon", "records")) System.out.print(w + "=" + palindrome.apply(w) + " ");
        System.out.println();
    }
}
