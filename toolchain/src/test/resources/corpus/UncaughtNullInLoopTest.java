/** A list walk whose loop test dereferences the node: NullPointerException when the list ends without a 0. */
public class UncaughtNullInLoopTest {
    static final class Node {
        final int value;
        final Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
    }

    public static void main(String[] args) {
        Node head = new Node(3, new Node(2, new Node(1, null)));
        int sum = 0;
        for (Node p = head; p.value != 0; p = p.next) {
            sum += p.value;
            System.out.println("sum " + sum);
        }
        System.out.println("not reached");
    }
}
