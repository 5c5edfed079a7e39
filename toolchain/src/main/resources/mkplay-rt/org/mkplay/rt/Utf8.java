package org.mkplay.rt;

/** UTF-8 for String.getBytes and new String(byte[]): malformed input decodes to U+FFFD, as the JDK's does. */
final class Utf8 {
    private Utf8() {}

    static byte[] encode(char[] chars) {
        byte[] out = new byte[chars.length * 3];
        int n = 0;
        for (int k = 0; k < chars.length; k++) {
            int c = chars[k];
            if (JCharacter.isHighSurrogate((char) c) && k + 1 < chars.length && JCharacter.isLowSurrogate(chars[k + 1])) {
                int cp = 0x10000 + ((c - 0xD800) << 10) + (chars[++k] - 0xDC00);
                out[n++] = (byte) (0xF0 | (cp >> 18));
                out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                out[n++] = '?'; // a lone surrogate, as the JDK's encoder replaces it
            } else if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else {
                out[n++] = (byte) (0xE0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return JArrays.copyOf(out, n);
    }

    /** Decodes well-formed sequences; each malformed one (a bad lead byte, or a lead and what followed it) becomes U+FFFD. */
    static char[] decode(byte[] bytes, int offset, int length) {
        char[] out = new char[length * 2];
        int n = 0;
        int end = offset + length;
        for (int k = offset; k < end; ) {
            int b = bytes[k] & 0xFF;
            int need = b < 0x80 ? 0 : b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 && b < 0xE0 ? 1 : -1;
            int cp = need == 0 ? b : need == 1 ? b & 0x1F : need == 2 ? b & 0x0F : b & 0x07;
            int j = 1;
            for (; need > 0 && j <= need && k + j < end && (bytes[k + j] & 0xC0) == 0x80; j++) cp = (cp << 6) | (bytes[k + j] & 0x3F);
            boolean ok = need >= 0 && j == need + 1 && !(need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
                    && !(need == 3 && (cp < 0x10000 || cp > 0x10FFFF));
            if (!ok) {
                out[n++] = '\uFFFD';
                k += need < 0 ? 1 : j; // the lead byte and the continuation bytes that did follow it
                continue;
            }
            if (cp >= 0x10000) {
                out[n++] = (char) (0xD800 + ((cp - 0x10000) >> 10));
                out[n++] = (char) (0xDC00 + ((cp - 0x10000) & 0x3FF));
            } else {
                out[n++] = (char) cp;
            }
            k += need + 1;
        }
        return JArrays.copyOf(out, n);
    }
}
