import java.util.*;

public class TextAndBytes {
    public static void main(String[] args) {
        String s = "microkernel: messages, capabilities; messages again";
        System.out.println(s.replace("messages", "IPC") + " | " + s.replace("", "-").length() + " | " + s.replace("zzz", "y").equals(s));
        byte[] ascii = "Hello, RV64!".getBytes();
        System.out.println(ascii.length + " " + Arrays.toString(ascii));
        String accented = "caf\u00e9 \u20ac5 \uD83D\uDE00";
        byte[] utf8 = accented.getBytes();
        System.out.println(utf8.length + " " + Arrays.toString(utf8));
        String back = new String(utf8);
        System.out.println(back.equals(accented) + " " + back.length() + " " + new String(ascii, 7, 4));
        byte[] broken = {72, 105, (byte) 0xC3, 33, (byte) 0xFF, 65, (byte) 0xE2, (byte) 0x82};
        String repaired = new String(broken);
        System.out.println(repaired.length() + " " + (int) repaired.charAt(2) + " " + (int) repaired.charAt(4) + " " + (int) repaired.charAt(repaired.length() - 1));
        StringBuilder sb = new StringBuilder("0123456789");
        System.out.println(sb.substring(3) + " " + sb.substring(2, 5) + " " + sb.indexOf("78") + " " + sb.replace(1, 4, "abc-def") + " " + sb.length());
        RuntimeException cause = new IllegalStateException("slot 7 is empty");
        RuntimeException wrapped = new RuntimeException(cause);
        RuntimeException described = new RuntimeException("call failed", cause);
        System.out.println(wrapped.getMessage() + " | " + (wrapped.getCause() == cause) + " | " + described + " | " + described.getCause().getMessage());
        System.out.println(new IllegalArgumentException((Throwable) null).getMessage() + " " + new UnsupportedOperationException("no", null).getCause());
        System.out.println(Long.parseUnsignedLong("ffffffffffffffff", 16) + " " + Integer.parseUnsignedInt("3000000000") + " " + String.join("/", List.of("a", "b", "c")));
    }
}
