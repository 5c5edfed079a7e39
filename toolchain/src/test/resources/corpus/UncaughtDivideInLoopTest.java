/** A loop test that divides by the counter: ArithmeticException when it reaches 0. */
public class UncaughtDivideInLoopTest {
    public static void main(String[] args) {
        int d = 4;
        long acc = 0;
        while (100L / d > 10) {
            acc += d;
            System.out.println("d " + d + " acc " + acc);
            d--;
        }
        System.out.println("not reached " + acc);
    }
}
