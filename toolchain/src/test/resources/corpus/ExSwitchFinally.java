public class ExSwitchFinally {
    enum Op { ADD, SUB, DIV, FAIL }

    static int finallies;

    static int apply(Op op, int a, int b) {
        try {
            switch (op) {
                case ADD: return a + b;
                case SUB: return a - b;
                case DIV: return a / b;
                default: throw new UnsupportedOperationException(op.name());
            }
        } finally {
            finallies++;
        }
    }

    static String describe(String command) {
        try {
            return switch (command) {
                case "start" -> "starting";
                case "stop" -> "stopping";
                default -> throw new IllegalArgumentException("unknown command: " + command);
            };
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public static void main(String[] args) {
        for (Op op : Op.values()) {
            for (int b = 0; b < 2; b++) {
                try {
                    System.out.println(op + " " + b + " = " + apply(op, 7, b));
                } catch (ArithmeticException | UnsupportedOperationException e) {
                    System.out.println(op + " " + b + " failed with " + e);
                }
            }
        }
        System.out.println("finallies " + finallies);
        for (String c : new String[] {"start", "jump", "stop"}) System.out.println(describe(c));
    }
}
