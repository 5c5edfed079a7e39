import java.util.*;
import java.util.function.*;

/** Optional in everyday lookups: find, map, filter, orElse, orElseGet, ifPresent, chained fallbacks. */
public class OptionalLookups {
    record User(int id, String name, String email, Integer managerId) {}

    static final List<User> USERS = List.of(
        new User(1, "Grace", "grace@example.org", null),
        new User(2, "Alan", null, 1),
        new User(3, "Ada", "ada@example.org", 1),
        new User(4, "Edsger", "edsger@example.org", 3));

    static Optional<User> find(int id) {
        for (User u : USERS) if (u.id() == id) return Optional.of(u);
        return Optional.empty();
    }

    static Optional<User> manager(User u) {
        return Optional.ofNullable(u.managerId()).flatMap(OptionalLookups::find);
    }

    public static void main(String[] args) {
        for (int id = 0; id <= 5; id++) {
            Optional<User> u = find(id);
            String email = u.map(User::email).orElse("<no email>");
            String boss = u.flatMap(OptionalLookups::manager).map(User::name).orElseGet(() -> "nobody");
            System.out.println(id + ": " + u.map(User::name).orElse("?") + " " + email + " reports to " + boss);
        }
        find(3).ifPresent(u -> System.out.println("found " + u));
        find(9).ifPresentOrElse(u -> System.out.println("found " + u), () -> System.out.println("9 missing"));
        System.out.println(find(2).filter(u -> u.email() != null).isPresent() + " " + find(4).filter(u -> u.name().startsWith("E")).isEmpty());
        Optional<String> first = Optional.empty();
        Optional<String> chosen = first.or(() -> Optional.of("fallback"));
        System.out.println(chosen + " " + first + " " + Optional.of(42) + " " + chosen.get().length());
        System.out.println(Optional.of("x").equals(Optional.of("x")) + " " + Optional.empty().equals(Optional.ofNullable(null))
            + " " + Optional.of("abc").hashCode() + " " + Optional.empty().hashCode());
        Function<String, Optional<Integer>> parse = s -> s.matches("-?\\d+") ? Optional.of(Integer.parseInt(s)) : Optional.empty();
        int sum = 0;
        for (String s : "4 x 15 -3 7y 10".split(" ")) sum += parse.apply(s).orElse(0);
        System.out.println("sum " + sum + " " + parse.apply("12").map(n -> n * n).orElseThrow());
    }
}
