public class UncaughtNullPointer {
    static final class Node {
        int value;
        Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
    }

    static int sumUntilBroken(Node n) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += n.value;
            System.out.println("visited " + n.value + " sum " + sum);
            n = n.next;
        }
        return sum;
    }

    public static void main(String[] args) {
        Node list = new Node(1, new Node(2, new Node(3, null)));
        System.out.println("start");
        System.out.println(sumUntilBroken(list));
        System.out.println("not reached");
    }
}
