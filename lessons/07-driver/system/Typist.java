import org.mkplay.mk.Console;

/**
 * The lesson's reader: asks for two lines at the console and says what it got. Every byte it reads comes from the
 * console server (a READ call), which gets it from the UART; when nothing is there it waits on the input notification
 * that the UART's receive interrupt signals.
 */
public class Typist {
    public static void main(String[] args) {
        Console.println("typist: type two lines");
        for (int i = 1; i <= 2; i++) {
            Console.print("> ");
            String line = Console.readLine();
            Console.println("typist: line " + i + " has " + line.length() + " characters: " + line);
        }
        Console.println("typist: done");
    }
}
