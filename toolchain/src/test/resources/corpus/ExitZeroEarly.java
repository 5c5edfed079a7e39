public class ExitZeroEarly {
    public static void main(String[] args) {
        for (int i = 0; i < 10; i++) {
            System.out.println("tick " + i);
            if (i == 3) System.exit(0);
        }
        System.out.println("not reached");
    }
}
