public class UncaughtInsertOffset {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("hello");
        for (int offset = 3; offset < 10; offset += 2) {
            sb.insert(offset, '_');
            System.out.println(sb + " " + sb.length());
        }
    }
}
