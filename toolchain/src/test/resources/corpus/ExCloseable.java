import java.io.Closeable;
import java.io.IOException;

public class ExCloseable {
    static class Channel implements Closeable {
        private final String id;
        private final int failAt;
        private int written;
        private boolean open = true;

        Channel(String id, int failAt) throws IOException {
            if (failAt == 0) throw new IOException("cannot open " + id);
            this.id = id;
            this.failAt = failAt;
        }

        void write(int n) throws IOException {
            if (!open) throw new IOException(id + " is closed");
            if (++written == failAt) throw new IOException(id + " broke at write " + written);
        }

        @Override
        public void close() throws IOException {
            open = false;
            System.out.println("closed " + id + " after " + written);
            if (failAt < 0) throw new IOException(id + " close failed");
        }
    }

    static String copy(String id, int failAt, int count) {
        try (Channel ch = new Channel(id, failAt)) {
            for (int i = 0; i < count; i++) ch.write(i);
            return id + " wrote " + count;
        } catch (IOException e) {
            String s = id + " error: " + e.getMessage();
            for (Throwable t : e.getSuppressed()) s += " (also " + t.getMessage() + ")";
            return s;
        }
    }

    public static void main(String[] args) {
        System.out.println(copy("a", 100, 5));
        System.out.println(copy("b", 3, 5));
        System.out.println(copy("c", 0, 5));
        System.out.println(copy("d", -1, 2));
        System.out.println(copy("e", 2, 5) + "|" + copy("f", -1, 0));
    }
}
