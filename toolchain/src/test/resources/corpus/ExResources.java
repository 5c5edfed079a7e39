public class ExResources {
    static final StringBuilder log = new StringBuilder();

    static class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;
        Res(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            log.append("open ").append(name).append('\n');
        }
        void use(int n) {
            if (n < 0) throw new IllegalArgumentException(name + " cannot use " + n);
            log.append("use ").append(name).append(' ').append(n).append('\n');
        }
        @Override
        public void close() {
            log.append("close ").append(name).append('\n');
            if (failOnClose) throw new IllegalStateException("close failed: " + name);
        }
    }

    static int run(int n, boolean failA, boolean failB) {
        try (Res a = new Res("a", failA); Res b = new Res("b", failB)) {
            a.use(n);
            b.use(n * 2);
            return n + 1;
        } catch (RuntimeException e) {
            log.append("caught ").append(e).append('\n');
            for (Throwable s : e.getSuppressed()) log.append("  suppressed ").append(s).append('\n');
            return -1;
        } finally {
            log.append("finally ").append(n).append('\n');
        }
    }

    public static void main(String[] args) {
        System.out.println(run(1, false, false));
        System.out.println(run(-1, false, false));
        System.out.println(run(2, false, true));
        System.out.println(run(-2, true, true));
        System.out.println(run(3, true, false));
        try (Res r = null) {
            System.out.println("null resource is fine");
        }
        System.out.print(log);
    }
}
