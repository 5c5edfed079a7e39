public class Hello {
    public static void main(String[] args) {
        for (int tick = 1; tick <= 3; tick++) {
            System.out.println("tick " + tick);
        }
        System.out.println("Hello from mkplay");
    }
}
