public class ExitNegative {
    static { System.out.println("static init runs first"); }

    public static void main(String[] args) {
        System.out.print("no newline before exit");
        System.exit(-1);
    }
}
