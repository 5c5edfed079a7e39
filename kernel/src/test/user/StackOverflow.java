/**
 * A user program that recurses without end: the runtime's stack check (a method that calls compares sp with the
 * limit in gp) reports StackOverflowError before the stack reaches the unmapped guard page below it, then ebreak,
 * which the kernel reports as the process's fault.
 */
public class StackOverflow {
    static long depth(long n) {
        return n == 0 ? 0 : 1 + depth(n - 1) + depth(0);
    }

    public static void main(String[] args) {
        System.out.println("S: recursing");
        System.out.println(depth(1_000_000));
        System.out.println("S: not reached");
    }
}
