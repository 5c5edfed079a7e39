public class ExRethrow {
    static class Retry extends Exception {
        final int attempt;
        Retry(int attempt) { super("attempt " + attempt); this.attempt = attempt; }
    }

    static int flaky(int attempt) throws Retry {
        if (attempt < 3) throw new Retry(attempt);
        return attempt * 100;
    }

    static int withRetries() throws Retry {
        int attempt = 0;
        while (true) {
            try {
                return flaky(attempt);
            } catch (Retry r) {
                System.out.println("retrying after " + r.getMessage());
                if (r.attempt >= 5) throw r;
                attempt++;
            }
        }
    }

    static void rethrowPrecise(int k) throws Retry {
        try {
            if (k == 0) throw new Retry(99);
            if (k == 1) throw new IllegalStateException("k=1");
            System.out.println("no throw for " + k);
        } catch (Exception e) {
            System.out.println("logging " + e);
            throw e;
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println(withRetries());
        for (int k = 0; k < 3; k++) {
            try {
                rethrowPrecise(k);
            } catch (Retry r) {
                System.out.println("retry " + r.attempt);
            } catch (RuntimeException e) {
                System.out.println("runtime " + e.getMessage());
            }
        }
        Throwable saved = null;
        for (int i = 0; i < 3; i++) {
            try {
                throw new IllegalArgumentException("round " + i);
            } catch (IllegalArgumentException e) {
                saved = e;
            }
        }
        try {
            throw saved;
        } catch (Throwable t) {
            System.out.println("saved " + t.getMessage() + " same=" + (t == saved));
        }
    }
}
