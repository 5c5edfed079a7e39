import java.util.*;
import java.util.function.*;

/** Hand-written map/filter/reduce over lists with Function, Predicate, BinaryOperator and Supplier. */
public class FunctionalPipelines {
    static <T, R> List<R> map(List<T> in, Function<? super T, ? extends R> f) {
        List<R> out = new ArrayList<>();
        for (T t : in) out.add(f.apply(t));
        return out;
    }

    static <T> List<T> filter(List<T> in, Predicate<? super T> p) {
        List<T> out = new ArrayList<>();
        in.forEach(t -> { if (p.test(t)) out.add(t); });
        return out;
    }

    static <T> T reduce(List<T> in, T zero, BinaryOperator<T> op) {
        T acc = zero;
        for (T t : in) acc = op.apply(acc, t);
        return acc;
    }

    static <T, C extends Collection<T>> C collect(Iterable<T> in, Supplier<C> factory) {
        C c = factory.get();
        in.forEach(c::add);
        return c;
    }

    static List<Integer> range(int from, int to, IntPredicate keep) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) if (keep.test(i)) out.add(i);
        return out;
    }

    public static void main(String[] args) {
        List<Integer> nums = range(1, 30, i -> i % 3 != 0);
        System.out.println(nums);
        List<Integer> squares = map(nums, x -> x * x);
        List<Integer> evenSquares = filter(squares, x -> x % 2 == 0);
        System.out.println(evenSquares + " sum " + reduce(evenSquares, 0, Integer::sum) + " max " + reduce(squares, Integer.MIN_VALUE, Math::max));
        List<String> words = List.of("stream", "free", "pipelines", "with", "plain", "loops", "and", "lambdas");
        Function<String, String> capitalize = w -> Character.toUpperCase(w.charAt(0)) + w.substring(1);
        Function<String, Integer> len = String::length;
        System.out.println(map(words, capitalize.andThen(w -> w + "!")));
        System.out.println(map(words, len) + " total " + reduce(map(words, len), 0, Integer::sum));
        Predicate<String> shortWord = w -> w.length() <= 4;
        System.out.println(filter(words, shortWord) + " " + filter(words, shortWord.negate().and(w -> w.contains("l"))));
        TreeSet<String> sorted = collect(words, TreeSet::new);
        LinkedList<String> linked = collect(sorted, LinkedList::new);
        System.out.println(sorted.first() + " " + linked.getLast() + " " + collect(List.of(3, 1, 2), ArrayDeque::new));
        String joined = reduce(map(words, w -> w.substring(0, 1)), "", String::concat);
        System.out.println(joined);
        UnaryOperator<List<Integer>> reverse = l -> {
            List<Integer> r = new ArrayList<>(l);
            Collections.reverse(r);
            return r;
        };
        Function<List<Integer>, List<Integer>> twice = reverse.andThen(reverse);
        System.out.println(reverse.apply(List.of(1, 2, 3)) + " " + twice.apply(List.of(1, 2, 3)));
        IntBinaryOperator gcd = new IntBinaryOperator() {
            public int applyAsInt(int a, int b) { return b == 0 ? a : applyAsInt(b, a % b); }
        };
        IntUnaryOperator collatz = n -> n % 2 == 0 ? n / 2 : 3 * n + 1;
        int steps = 0;
        for (int n = 27; n != 1; n = collatz.applyAsInt(n)) steps++;
        System.out.println(gcd.applyAsInt(1071, 462) + " " + steps + " " + collatz.andThen(collatz).compose(x -> x + 1).applyAsInt(6));
        List<String> sparse = new ArrayList<>(Arrays.asList("a", null, "b", null, "c"));
        sparse.removeIf(Objects::isNull);
        Iterator<String> it = sparse.iterator();
        it.next();
        StringBuilder rest = new StringBuilder();
        it.forEachRemaining(rest::append);
        System.out.println(sparse + " " + rest + " " + Objects.requireNonNullElseGet(null, () -> "default") + " " + Objects.requireNonNull("x", () -> "message"));
    }
}
