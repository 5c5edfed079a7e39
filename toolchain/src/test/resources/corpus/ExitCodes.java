public class ExitCodes {
    static int depth(int n) {
        if (n == 0) {
            System.out.println("exiting from the bottom");
            System.exit(42);
        }
        return depth(n - 1) + 1;
    }

    public static void main(String[] args) {
        System.out.println("before");
        int r = depth(25);
        System.out.println("not reached " + r);
    }
}
