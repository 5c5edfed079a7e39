public class UncaughtNegativeIndex {
    public static void main(String[] args) {
        char[] letters = "abcdef".toCharArray();
        int i = 3;
        while (true) {
            System.out.println("letter " + letters[i]);
            i -= 2;
        }
    }
}
