import java.util.*;
import java.util.function.*;

/** A reverse-Polish calculator whose operators are lambdas and method references in a map. */
public class RpnCalculator {
    static final Map<String, LongBinaryOperator> BINARY = new HashMap<>();
    static final Map<String, LongUnaryOperator> UNARY = new HashMap<>();

    static {
        BINARY.put("+", (a, b) -> a + b);
        BINARY.put("-", (a, b) -> a - b);
        BINARY.put("*", (a, b) -> a * b);
        BINARY.put("/", (a, b) -> a / b);
        BINARY.put("%", Math::floorMod);
        BINARY.put("max", Math::max);
        BINARY.put("min", Math::min);
        BINARY.put("pow", (a, b) -> {
            long r = 1;
            for (long i = 0; i < b; i++) r *= a;
            return r;
        });
        UNARY.put("neg", a -> -a);
        UNARY.put("abs", Math::abs);
        UNARY.put("sq", a -> a * a);
        UNARY.put("fact", a -> {
            long r = 1;
            for (long i = 2; i <= a; i++) r *= i;
            return r;
        });
    }

    static long eval(String expr) {
        Deque<Long> stack = new ArrayDeque<>();
        for (String tok : expr.trim().split("\\s+")) {
            LongBinaryOperator bin = BINARY.get(tok);
            LongUnaryOperator un = UNARY.get(tok);
            if (bin != null) {
                long b = stack.pop(), a = stack.pop();
                stack.push(bin.applyAsLong(a, b));
            } else if (un != null) {
                stack.push(un.applyAsLong(stack.pop()));
            } else {
                stack.push(Long.parseLong(tok));
            }
        }
        return stack.pop();
    }

    public static void main(String[] args) {
        String[] programs = {"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 10 pow 1000 -", "-7 3 %", "20 fact", "6 neg abs sq",
            "1 2 max 3 min 9 *", "100 7 / 100 7 % +"};
        for (String p : programs) System.out.println(p + " = " + eval(p));
        List<String> ops = new ArrayList<>(BINARY.keySet());
        ops.addAll(UNARY.keySet());
        Collections.sort(ops);
        System.out.println(ops);
        BiFunction<String, Long, String> show = (name, v) -> name + "(" + v + ")";
        Function<Long, String> hex = Long::toHexString;
        System.out.println(show.apply("fact20", eval("20 fact")) + " " + show.andThen(String::length).apply("x", 12345L) + " " + hex.apply(eval("2 40 pow")));
    }
}
