public class UncaughtNumberFormat {
    public static void main(String[] args) {
        String[] inputs = {"42", "-17", "2147483647", "12x"};
        long sum = 0;
        for (String in : inputs) {
            sum += Integer.parseInt(in);
            System.out.println(in + " -> " + sum);
        }
    }
}
