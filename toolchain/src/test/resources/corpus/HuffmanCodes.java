import java.util.*;

/** Huffman coding with a PriorityQueue of trees (ties broken by creation order), codes in a TreeMap. */
public class HuffmanCodes {
    sealed interface Tree permits Leaf, Node {
        int weight();
        int order();
    }
    record Leaf(char symbol, int weight, int order) implements Tree {}
    record Node(Tree left, Tree right, int weight, int order) implements Tree {}

    static void codes(Tree t, String prefix, Map<Character, String> out) {
        if (t instanceof Leaf leaf) {
            out.put(leaf.symbol(), prefix.isEmpty() ? "0" : prefix);
        } else if (t instanceof Node node) {
            codes(node.left(), prefix + "0", out);
            codes(node.right(), prefix + "1", out);
        }
    }

    public static void main(String[] args) {
        String text = "this is an example of a huffman tree built from a priority queue of records";
        Map<Character, Integer> freq = new TreeMap<>();
        for (char c : text.toCharArray()) freq.merge(c, 1, Integer::sum);
        PriorityQueue<Tree> queue = new PriorityQueue<>(Comparator.comparingInt(Tree::weight).thenComparingInt(Tree::order));
        int order = 0;
        for (Map.Entry<Character, Integer> e : freq.entrySet()) queue.add(new Leaf(e.getKey(), e.getValue(), order++));
        System.out.println(freq.size() + " symbols, first in queue " + queue.peek());
        while (queue.size() > 1) {
            Tree a = queue.poll(), b = queue.poll();
            queue.add(new Node(a, b, a.weight() + b.weight(), order++));
        }
        Map<Character, String> codes = new TreeMap<>();
        codes(queue.peek(), "", codes);
        codes.forEach((c, code) -> System.out.println("'" + c + "' " + freq.get(c) + " " + code));
        StringBuilder bits = new StringBuilder();
        for (char c : text.toCharArray()) bits.append(codes.get(c));
        System.out.println(bits.length() + " bits vs " + text.length() * 8);
        Map<String, Character> decode = new HashMap<>();
        codes.forEach((c, code) -> decode.put(code, c));
        StringBuilder back = new StringBuilder(), cur = new StringBuilder();
        for (int i = 0; i < bits.length(); i++) {
            cur.append(bits.charAt(i));
            Character c = decode.get(cur.toString());
            if (c != null) {
                back.append(c);
                cur.setLength(0);
            }
        }
        System.out.println(back.toString().equals(text) + " " + back.substring(0, 20));
    }
}
