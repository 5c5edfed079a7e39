/**
 * An echo-like loop in a user process: every "request" builds a few strings that are garbage right after, several
 * times the 128 KiB heap in total; the collector reclaims them, so the loop runs to its end in a fixed heap.
 */
public class EchoChurn {
    public static void main(String[] args) {
        long hash = 0;
        for (int request = 0; request < 5000; request++) {
            StringBuilder sb = new StringBuilder("request ").append(request).append(": ");
            for (int i = 0; i < request % 23; i++) sb.append((char) ('a' + i));
            String reply = sb.toString() + " (" + sb.length() + ")";
            hash = hash * 31 + reply.hashCode();
        }
        System.out.println("C: 5000 replies, hash " + hash);
    }
}
