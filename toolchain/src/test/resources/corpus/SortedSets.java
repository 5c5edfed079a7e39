import java.util.*;

/** TreeSet: sorted unique values, navigation, range views, polling, custom orders. */
public class SortedSets {
    record Player(String name, int score) {}

    public static void main(String[] args) {
        TreeSet<Integer> primes = new TreeSet<>();
        for (int n = 2; n < 100; n++) {
            boolean prime = true;
            for (int d = 2; d * d <= n; d++) if (n % d == 0) prime = false;
            if (prime) primes.add(n);
        }
        System.out.println(primes.size() + " primes, " + primes.first() + ".." + primes.last());
        System.out.println("around 50: " + primes.lower(50) + " " + primes.floor(53) + " " + primes.ceiling(50) + " " + primes.higher(97));
        System.out.println("twenties " + primes.subSet(20, 30) + " below 12 " + primes.headSet(12) + " from 89 " + primes.tailSet(89));
        System.out.println(primes.headSet(13, true) + " " + primes.subSet(3, false, 17, true) + " " + primes.tailSet(83, false));
        primes.removeIf(p -> p % 10 == 3);
        System.out.println(primes);
        TreeSet<String> words = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        Collections.addAll(words, "delta", "alpha", "pi", "omega", "mu", "epsilon", "nu", "alpha");
        System.out.println(words + " " + words.pollFirst() + " " + words.pollLast() + " " + words);
        TreeSet<Player> board = new TreeSet<>(Comparator.comparingInt(Player::score).reversed().thenComparing(Player::name));
        board.add(new Player("ann", 40));
        board.add(new Player("bob", 55));
        board.add(new Player("cid", 40));
        board.add(new Player("dan", 70));
        board.add(new Player("bob", 55));
        System.out.println(board.size() + " top " + board.first() + " bottom " + board.last());
        for (Player p : board.headSet(new Player("cid", 40))) System.out.println("  " + p.name() + " " + p.score());
        Iterator<Integer> it = new TreeSet<>(List.of(9, 4, 7, 1)).iterator();
        StringBuilder sb = new StringBuilder();
        while (it.hasNext()) sb.append(it.next()).append(',');
        System.out.println(sb);
        SortedSet<Character> letters = new TreeSet<>();
        for (char c : "the quick brown fox".toCharArray()) if (c != ' ') letters.add(c);
        System.out.println(letters + " " + letters.size() + " " + letters.headSet('n') + " " + letters.tailSet('t'));
        Set<Integer> copy = new TreeSet<>(Comparator.reverseOrder());
        copy.addAll(List.of(5, 1, 4));
        System.out.println(copy + " " + copy.contains(4) + " " + copy.equals(Set.of(1, 4, 5)));
    }
}
