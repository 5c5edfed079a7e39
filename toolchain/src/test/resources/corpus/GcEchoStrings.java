// mkplay-heap: 131072
/** An echo-like loop: each "request" builds strings and a reply, which are garbage afterwards; runs in 128 KiB. */
public class GcEchoStrings {
    static String reply(int request) {
        StringBuilder sb = new StringBuilder();
        sb.append("request #").append(request).append(": ");
        for (int i = 0; i < request % 17; i++) sb.append((char) ('a' + (request + i) % 26));
        String body = sb.toString();
        return body.toUpperCase() + " (" + body.length() + ")";
    }

    public static void main(String[] args) {
        long hash = 0;
        for (int request = 0; request < 60000; request++) {
            String r = reply(request);
            hash = hash * 31 + r.hashCode();
            if (request % 15000 == 0) System.out.println(r);
        }
        System.out.println("hash " + hash);
    }
}
