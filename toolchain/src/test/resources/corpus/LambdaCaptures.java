import java.util.*;
import java.util.function.*;

/** What lambdas capture: effectively final locals, this, parameters, arrays as mutable cells, other lambdas. */
public class LambdaCaptures {
    private int calls;
    private final String name;

    LambdaCaptures(String name) { this.name = name; }

    Supplier<String> greeter(String greeting) {
        return () -> {
            calls++;
            return greeting + ", " + name + " #" + calls;
        };
    }

    static IntSupplier counter(int start, int step) {
        int[] cell = {start};
        return () -> {
            int v = cell[0];
            cell[0] += step;
            return v;
        };
    }

    static Function<Integer, Function<Integer, Integer>> adder() {
        return a -> b -> a + b;
    }

    static List<Runnable> makeTasks(StringBuilder log) {
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            final int id = i;
            char tag = (char) ('a' + i);
            long big = 1L << (40 + i);
            tasks.add(() -> log.append(id).append(tag).append(big % 1000).append(' '));
        }
        return tasks;
    }

    public static void main(String[] args) {
        LambdaCaptures lc = new LambdaCaptures("Ada");
        Supplier<String> hi = lc.greeter("Hello");
        Supplier<String> bye = lc.greeter("Goodbye");
        System.out.println(hi.get() + " | " + bye.get() + " | " + hi.get() + " | calls=" + lc.calls);
        IntSupplier c = counter(10, 3);
        IntSupplier d = counter(0, -1);
        System.out.println(c.getAsInt() + " " + c.getAsInt() + " " + d.getAsInt() + " " + c.getAsInt() + " " + d.getAsInt());
        System.out.println(adder().apply(3).apply(4) + " " + adder().apply(-1).apply(1));
        StringBuilder log = new StringBuilder();
        List<Runnable> tasks = makeTasks(log);
        Collections.reverse(tasks);
        tasks.forEach(Runnable::run);
        System.out.println(log);
        BiFunction<Integer, Integer, Integer> power = (base, exp) -> {
            int r = 1;
            for (int i = 0; i < exp; i++) r *= base;
            return r;
        };
        Function<Integer, Integer> square = x -> power.apply(x, 2);
        Function<Integer, Integer> cube = x -> power.apply(x, 3);
        System.out.println(square.andThen(cube).apply(2) + " " + cube.compose(square).apply(3));
        Runnable nothing = () -> { };
        nothing.run();
        Supplier<Supplier<String>> nested = () -> () -> "nested " + lc.name;
        System.out.println(nested.get().get());
    }
}
