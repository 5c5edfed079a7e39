public class ExCauses {
    static class DataException extends Exception {
        DataException(String m, Throwable cause) { super(m, cause); }
    }

    static int load(String key) {
        if (key.isEmpty()) throw new IllegalArgumentException("empty key");
        return Integer.parseInt(key);
    }

    static int read(String key) throws DataException {
        try {
            return load(key);
        } catch (IllegalArgumentException e) {
            throw new DataException("cannot read '" + key + "'", e);
        }
    }

    static void process(String key) {
        try {
            System.out.println("read " + read(key));
        } catch (DataException e) {
            throw new RuntimeException(e);
        }
    }

    public static void main(String[] args) {
        for (String k : new String[] {"12", "zz", ""}) {
            try {
                process(k);
            } catch (RuntimeException e) {
                System.out.println(e.getMessage());
                for (Throwable c = e.getCause(); c != null; c = c.getCause()) System.out.println("  cause: " + c);
            }
        }
        Exception plain = new Exception();
        System.out.println(plain.getMessage() + " " + plain.getCause() + " " + plain);
        IllegalStateException late = new IllegalStateException("late");
        late.initCause(new ArithmeticException("root"));
        System.out.println(late.getCause());
        try {
            late.initCause(null);
        } catch (IllegalStateException e) {
            System.out.println("initCause twice: " + e.getMessage());
        }
        process("x1");
    }
}
