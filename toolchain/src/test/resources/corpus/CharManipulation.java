public class CharManipulation {
    static String caesar(String s, int shift) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) c = (char) ('A' + (c - 'A' + shift + 26) % 26);
            else if (Character.isLowerCase(c)) c = (char) ('a' + (c - 'a' + shift + 26) % 26);
            sb.append(c);
        }
        return sb.toString();
    }

    static boolean isPalindrome(String s) {
        int i = 0, j = s.length() - 1;
        while (i < j) {
            char a = s.charAt(i), b = s.charAt(j);
            if (!Character.isLetterOrDigit(a)) { i++; continue; }
            if (!Character.isLetterOrDigit(b)) { j--; continue; }
            if (Character.toLowerCase(a) != Character.toLowerCase(b)) return false;
            i++;
            j--;
        }
        return true;
    }

    static String runLength(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int j = i;
            while (j < s.length() && s.charAt(j) == s.charAt(i)) j++;
            sb.append(j - i).append(s.charAt(i));
            i = j;
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String text = "Hello, World! The year is 2026; Zebras & yaks.";
        String enc = caesar(text, 3);
        System.out.println(enc);
        System.out.println(caesar(enc, -3));
        System.out.println(caesar(text, 13) + " | " + caesar(caesar(text, 13), 13).equals(text));
        int letters = 0, digits = 0, spaces = 0, upper = 0, other = 0;
        int[] freq = new int[26];
        for (char c : text.toCharArray()) {
            if (Character.isLetter(c)) { letters++; freq[Character.toLowerCase(c) - 'a']++; }
            else if (Character.isDigit(c)) digits++;
            else if (Character.isWhitespace(c)) spaces++;
            else other++;
            if (Character.isUpperCase(c)) upper++;
        }
        System.out.println(letters + " " + digits + " " + spaces + " " + upper + " " + other);
        StringBuilder hist = new StringBuilder();
        for (int k = 0; k < 26; k++) if (freq[k] > 0) hist.append((char) ('a' + k)).append(freq[k]);
        System.out.println(hist);
        System.out.println(isPalindrome("A man, a plan, a canal: Panama") + " " + isPalindrome("race a car") + " " + isPalindrome(""));
        System.out.println(runLength("aaabccddddde") + " " + runLength("x"));
        String words = "  split   these words\tplease ";
        int count = 0;
        boolean in = false;
        for (int i = 0; i < words.length(); i++) {
            boolean ws = Character.isWhitespace(words.charAt(i));
            if (!ws && !in) count++;
            in = !ws;
        }
        System.out.println("words " + count);
        char[] hex = new char[8];
        int v = 0xBEEF42;
        for (int k = 7; k >= 0; k--) { hex[k] = "0123456789abcdef".charAt(v & 15); v >>>= 4; }
        System.out.println(new String(hex));
        System.out.println(Character.toUpperCase('q') + "" + Character.toLowerCase('Q') + Character.toString('!') + Character.isLetter('5') + Character.isDigit('5'));
    }
}
