/**
 * A user program that recurses until its stack runs into the unmapped guard page below it: a store page fault
 * in U-mode, which the kernel reports as the process's fault.
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
