public class Hello {
    public static void main(String[] args) {
        // TODO: before the greeting, count three ticks as the kernel does: "tick 1", "tick 2", "tick 3", one a line
        System.out.println("Hello from mkplay");
    }
}
