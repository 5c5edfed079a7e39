import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.ConcurrentModificationException;

public class ExLibrary {
    public static void main(String[] args) {
        List<String> list = new ArrayList<>(List.of("a", "b", "c"));
        try {
            System.out.println(list.get(5));
        } catch (IndexOutOfBoundsException e) {
            System.out.println("get: " + e.getMessage());
        }
        Iterator<String> it = list.iterator();
        while (it.hasNext()) it.next();
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("next: " + e);
        }
        try {
            for (String s : list) if (s.equals("b")) list.remove(s);
        } catch (ConcurrentModificationException e) {
            System.out.println("cme: " + e);
        }
        Map<String, Integer> map = new HashMap<>();
        map.put("x", 1);
        try {
            for (String k : map.keySet()) map.put(k + k, 2);
        } catch (ConcurrentModificationException e) {
            System.out.println("map cme " + map.size());
        }
        try {
            List.of(1, 2).add(3);
        } catch (UnsupportedOperationException e) {
            System.out.println("immutable: " + e);
        }
        try {
            Objects.requireNonNull(null, "config must not be null");
        } catch (NullPointerException e) {
            System.out.println("npe: " + e.getMessage());
        }
        try {
            System.out.println("abc".substring(2, 5));
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("sioobe: " + e.getMessage());
        }
        try {
            new StringBuilder("abc").charAt(7);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("sb: " + e.getMessage());
        }
        try {
            Integer.parseInt("99999999999");
        } catch (NumberFormatException e) {
            System.out.println("nfe: " + e.getMessage());
        }
        try {
            System.out.println(Math.multiplyExact(1L << 62, 4L));
        } catch (ArithmeticException e) {
            System.out.println("exact: " + e.getMessage());
        }
        int[] src = {1, 2, 3};
        try {
            System.arraycopy(src, 1, new int[2], 0, 5);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("arraycopy: " + e.getMessage());
        }
        System.out.println(list);
    }
}
