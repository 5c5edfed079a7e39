public class ExUncaughtNpe {
    static class Node {
        Node next;
        int value;
        Node(int value, Node next) { this.value = value; this.next = next; }
    }

    static int sumPairs(Node n) {
        int sum = 0;
        while (n != null) {
            sum += n.value + n.next.value;
            n = n.next.next;
        }
        return sum;
    }

    public static void main(String[] args) {
        Node even = new Node(1, new Node(2, new Node(3, new Node(4, null))));
        System.out.println(sumPairs(even));
        Node odd = new Node(5, even);
        System.out.println(sumPairs(odd));
    }
}
