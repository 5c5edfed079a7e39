/** A user program: prints from its own address space through the kernel's DEBUG_PUTC, then exits with status 0. */
public class HelloA {
    public static void main(String[] args) {
        int[] squares = new int[5];
        for (int i = 0; i < squares.length; i++) squares[i] = i * i;
        System.out.println("A: hello from U-mode, squares " + squares[1] + " " + squares[2] + " " + squares[4]);
        System.out.println("A: done");
    }
}
