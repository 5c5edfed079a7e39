import java.util.*;
import java.util.function.*;

/** A library catalogue: records, TreeMap indexes, Optional lookups, comparators and PriorityQueue holds. */
public class LibraryCatalog {
    record Book(String isbn, String title, String author, int year) {}
    record Hold(String isbn, String member, int priority, int seq) {}

    public static void main(String[] args) {
        List<Book> books = List.of(
            new Book("978-0", "Structure and Interpretation", "Abelson", 1985),
            new Book("978-1", "The Art of Computer Programming", "Knuth", 1968),
            new Book("978-2", "Operating Systems: Three Easy Pieces", "Arpaci-Dusseau", 2014),
            new Book("978-3", "Compilers", "Aho", 1986),
            new Book("978-4", "Types and Programming Languages", "Pierce", 2002),
            new Book("978-5", "Concrete Mathematics", "Knuth", 1989));
        Map<String, Book> byIsbn = new HashMap<>();
        NavigableMap<Integer, List<Book>> byYear = new TreeMap<>();
        Map<String, List<String>> byAuthor = new TreeMap<>();
        for (Book b : books) {
            byIsbn.put(b.isbn(), b);
            byYear.computeIfAbsent(b.year(), y -> new ArrayList<>()).add(b);
            byAuthor.computeIfAbsent(b.author(), a -> new ArrayList<>()).add(b.title());
        }
        System.out.println(byAuthor);
        System.out.println("1980s: " + byYear.subMap(1980, true, 1989, true).values());
        System.out.println("before 1980: " + byYear.headMap(1980).size() + ", latest " + byYear.lastEntry().getValue().get(0).title());
        Function<String, Optional<Book>> lookup = isbn -> Optional.ofNullable(byIsbn.get(isbn));
        for (String isbn : List.of("978-3", "978-9")) {
            System.out.println(isbn + ": " + lookup.apply(isbn).map(Book::title).orElse("not in catalogue"));
        }
        List<Book> sorted = new ArrayList<>(books);
        sorted.sort(Comparator.comparing(Book::author).thenComparing(Book::year, Comparator.reverseOrder()));
        sorted.forEach(b -> System.out.println(b.author() + " " + b.year() + " " + b.title()));
        PriorityQueue<Hold> holds = new PriorityQueue<>(Comparator.comparingInt(Hold::priority).thenComparingInt(Hold::seq));
        String[] members = {"ann", "bob", "cid", "dee", "eve", "fay"};
        for (int i = 0; i < members.length; i++) holds.add(new Hold("978-" + (i % 3), members[i], i % 2 == 0 ? 2 : 1, i));
        System.out.println(holds.peek() + " of " + holds.size());
        Map<String, Deque<String>> queues = new TreeMap<>();
        while (!holds.isEmpty()) {
            Hold h = holds.poll();
            queues.computeIfAbsent(h.isbn(), k -> new ArrayDeque<>()).add(h.member());
        }
        queues.forEach((isbn, q) -> System.out.println(lookup.apply(isbn).map(Book::title).orElse("?") + " <- " + q));
        Set<String> authors = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Function.identity()));
        books.forEach(b -> authors.add(b.author()));
        System.out.println(authors);
    }
}
