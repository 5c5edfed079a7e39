import java.util.*;

public class ListIndexFault {
    public static void main(String[] args) {
        List<String> names = new ArrayList<>(List.of("ada", "grace", "barbara"));
        for (int i = 0; i <= names.size(); i++) System.out.println(i + " " + names.get(i).toUpperCase());
    }
}
