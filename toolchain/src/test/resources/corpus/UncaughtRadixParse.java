public class UncaughtRadixParse {
    public static void main(String[] args) {
        String[] words = {"7f", "-80", "CAFE", "beef", "10", "fg"};
        long sum = 0;
        for (String w : words) {
            sum += Integer.parseInt(w, 16);
            System.out.println(w + " " + sum);
        }
    }
}
