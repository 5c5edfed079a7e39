/** A second user program, in another address space at the same addresses: prints and exits with status 7. */
public class HelloB {
    public static void main(String[] args) {
        StringBuilder s = new StringBuilder();
        for (char c = 'a'; c <= 'e'; c++) s.append(c);
        System.out.println("B: hello from U-mode, " + s);
        System.exit(7);
    }
}
