import java.util.*;
import java.util.function.*;
public class LambdaForms {
  interface Marker {}
  interface Named { default String name() { return "named"; } }
  interface StrFn extends Function<String, String> { String apply(String s); }
  interface Ser extends java.io.Serializable { int f(); }
  public static void main(String[] args) {
    Runnable r = (Runnable & Marker) () -> System.out.println("marked");
    r.run();
    System.out.println(r instanceof Marker);
    Supplier<String> s = (Supplier<String> & Named) () -> "x";
    System.out.println(((Named) s).name() + s.get());
    StrFn up = String::toUpperCase;
    Function<String, String> g = up;
    System.out.println(g.apply("bridge") + up.apply("direct"));
    Comparator<String> c = (a, b) -> b.compareTo(a);
    List<String> l = new ArrayList<>(List.of("a", "c", "b"));
    l.sort(c);
    System.out.println(l);
    List<Runnable> same = new ArrayList<>();
    List<IntSupplier> captured = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      same.add(() -> { });
      int k = i;
      captured.add(() -> k * 10);
    }
    System.out.println((same.get(0) == same.get(1)) + " " + (captured.get(0) == captured.get(1)) + " " + captured.get(1).getAsInt());
    LongFunction<Integer> narrow = v -> (int) (v >>> 32);
    IntToLongFunction widen = v -> v;
    ToIntBiFunction<String, Character> count = (str, ch) -> str.length() - str.replace(String.valueOf(ch), "").length();
    ObjIntConsumer<StringBuilder> pad = (sb, n) -> sb.append("-".repeat(n));
    StringBuilder sb = new StringBuilder("x");
    pad.accept(sb, 3);
    BooleanSupplier yes = () -> true;
    IntConsumer show = v -> System.out.print(v + ";");
    show.andThen(v -> System.out.println(v * v)).accept(7);
    System.out.println(narrow.apply(1L << 35) + " " + widen.applyAsLong(-5) + " " + count.applyAsInt("banana", 'a') + " " + sb + " " + yes.getAsBoolean());
  }
}
