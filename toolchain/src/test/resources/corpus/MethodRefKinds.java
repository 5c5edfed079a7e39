import java.util.*;
import java.util.function.*;

/** Every kind of method reference: static, bound, unbound, constructor and array constructor. */
public class MethodRefKinds {
    static int twice(int x) { return 2 * x; }

    static final class Account {
        private final String owner;
        private long cents;

        Account(String owner) { this.owner = owner; }
        Account(String owner, Long cents) { this(owner); this.cents = cents; }

        void deposit(long amount) { cents += amount; }
        long balance() { return cents; }
        String owner() { return owner; }
        @Override public String toString() { return owner + ":" + cents; }
    }

    public static void main(String[] args) {
        IntUnaryOperator tw = MethodRefKinds::twice;
        Function<String, Integer> parse = Integer::parseInt;
        BinaryOperator<Integer> max = Math::max;
        System.out.println(tw.applyAsInt(21) + " " + parse.apply("-17") + " " + max.apply(3, 8));
        String text = "method references";
        Supplier<Integer> len = text::length;
        Predicate<String> starts = text::startsWith;
        Function<Integer, Character> at = text::charAt;
        System.out.println(len.get() + " " + starts.test("meth") + " " + starts.test("x") + " " + at.apply(7));
        Consumer<Object> print = System.out::println;
        print.accept("bound to System.out");
        Function<String, String> upper = String::toUpperCase;
        BiFunction<String, String, Boolean> eq = String::equalsIgnoreCase;
        ToIntFunction<String> length = String::length;
        Comparator<String> cmp = String::compareTo;
        System.out.println(upper.apply("up") + " " + eq.apply("Ab", "aB") + " " + length.applyAsInt("four") + " " + cmp.compare("a", "b"));
        Function<String, Account> open = Account::new;
        BiFunction<String, Long, Account> openWith = Account::new;
        Account a = open.apply("ann");
        Account b = openWith.apply("bob", 500L);
        BiConsumer<Account, Long> deposit = Account::deposit;
        deposit.accept(a, 250L);
        LongSupplier bal = b::balance;
        ToLongFunction<Account> balance = Account::balance;
        System.out.println(a + " " + b + " " + bal.getAsLong() + " " + balance.applyAsLong(a));
        Supplier<List<Account>> listMaker = ArrayList::new;
        List<Account> accounts = listMaker.get();
        accounts.add(b);
        accounts.add(a);
        accounts.sort(Comparator.comparing(Account::owner));
        System.out.println(accounts);
        IntFunction<String[]> arrays = String[]::new;
        IntFunction<int[][]> grids = int[][]::new;
        String[] names = arrays.apply(3);
        names[0] = "x";
        System.out.println(names.length + " " + Arrays.toString(names) + " " + grids.apply(4).length);
        Function<Integer, List<Integer>> sized = ArrayList::new;
        List<Integer> l = sized.apply(10);
        l.add(1);
        System.out.println(l);
        Runnable r = accounts::clear;
        r.run();
        System.out.println(accounts.isEmpty());
    }
}
