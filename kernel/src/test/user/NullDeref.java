/** A user program whose compiled null check fails: the runtime prints the JVM's report, then traps to the kernel. */
public class NullDeref {
    static int[] table;

    public static void main(String[] args) {
        System.out.println("N: reading a null array");
        System.out.println(table[0]);
        System.out.println("N: not reached");
    }
}
