import java.util.*;

public class StableSorting {
    static final class Employee {
        final String name;
        final int department;
        final long salary;
        Employee(String name, int department, long salary) { this.name = name; this.department = department; this.salary = salary; }
        public String toString() { return name + "/" + department + "/" + salary; }
    }

    static final Comparator<Employee> BY_DEPARTMENT = new Comparator<Employee>() {
        public int compare(Employee a, Employee b) { return Integer.compare(a.department, b.department); }
    };
    static final Comparator<Employee> BY_SALARY = new Comparator<Employee>() {
        public int compare(Employee a, Employee b) { return Long.compare(a.salary, b.salary); }
    };

    public static void main(String[] args) {
        List<Employee> staff = new ArrayList<>();
        long s = 7;
        for (int i = 0; i < 40; i++) {
            s = (s * 48271) % 2147483647;
            staff.add(new Employee("e" + i, (int) (s % 5), (s % 7) * 1000));
        }
        staff.sort(BY_DEPARTMENT);
        System.out.println(staff);
        staff.sort(BY_SALARY.reversed().thenComparing(BY_DEPARTMENT));
        System.out.println(staff);
        Employee[] array = staff.toArray(new Employee[0]);
        Employee[] same = copy(staff).length == array.length ? staff.toArray(new Employee[staff.size() + 2]) : null;
        System.out.println(same[staff.size()] + " " + same[0]);
        Arrays.sort(array, BY_DEPARTMENT.thenComparing(BY_SALARY));
        System.out.println(Arrays.toString(array));
        long[] longs = new long[25];
        char[] chars = "the quick brown fox jumps over the lazy dog".toCharArray();
        for (int i = 0; i < longs.length; i++) longs[i] = (i * 0x9E3779B97F4A7C15L) >> 7;
        Arrays.sort(longs);
        Arrays.sort(chars);
        System.out.println(Arrays.toString(longs));
        System.out.println(new String(chars).trim() + " " + Arrays.hashCode(longs) + " " + Arrays.equals(chars, chars.clone()));
        Integer[] boxed = {5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println(Arrays.toString(boxed) + " " + Arrays.asList(boxed).lastIndexOf(5));
        String[] words = {"pear", "Apple", "fig", "banana", "Cherry", "date"};
        Arrays.sort(words);
        System.out.println(String.join(",", words));
        int[] big = new int[3000];
        for (int i = 0; i < big.length; i++) big[i] = (int) ((i * 2654435761L) % 100003) - 50000;
        int[] sorted = Arrays.copyOf(big, big.length);
        Arrays.sort(sorted);
        boolean ordered = true;
        for (int i = 1; i < sorted.length; i++) ordered &= sorted[i - 1] <= sorted[i];
        System.out.println(ordered + " " + sorted[0] + " " + sorted[1500] + " " + sorted[2999] + " " + Arrays.binarySearch(sorted, sorted[777]));
    }

    static Employee[] copy(List<Employee> staff) {
        Employee[] a = new Employee[staff.size()];
        for (int i = 0; i < a.length; i++) a[i] = staff.get(i);
        return a;
    }
}
