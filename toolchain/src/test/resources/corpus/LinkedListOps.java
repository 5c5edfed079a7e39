public class LinkedListOps {
    static final class Node {
        int value;
        Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
    }

    static final class IntList {
        Node head;
        int size;

        void addFirst(int v) { head = new Node(v, head); size++; }

        void addLast(int v) {
            Node n = new Node(v, null);
            if (head == null) head = n;
            else {
                Node p = head;
                while (p.next != null) p = p.next;
                p.next = n;
            }
            size++;
        }

        boolean remove(int v) {
            Node prev = null;
            for (Node p = head; p != null; prev = p, p = p.next) {
                if (p.value == v) {
                    if (prev == null) head = p.next; else prev.next = p.next;
                    size--;
                    return true;
                }
            }
            return false;
        }

        void reverse() {
            Node prev = null, cur = head;
            while (cur != null) { Node next = cur.next; cur.next = prev; prev = cur; cur = next; }
            head = prev;
        }

        Node middle() {
            Node slow = head, fast = head;
            while (fast != null && fast.next != null) { slow = slow.next; fast = fast.next.next; }
            return slow;
        }

        public String toString() {
            StringBuilder sb = new StringBuilder("(");
            for (Node p = head; p != null; p = p.next) sb.append(p.value).append(p.next == null ? "" : " ");
            return sb.append(")").toString();
        }
    }

    static Node mergeSorted(Node a, Node b) {
        Node dummy = new Node(0, null), tail = dummy;
        while (a != null && b != null) {
            if (a.value <= b.value) { tail.next = a; a = a.next; } else { tail.next = b; b = b.next; }
            tail = tail.next;
        }
        tail.next = a != null ? a : b;
        return dummy.next;
    }

    public static void main(String[] args) {
        IntList list = new IntList();
        for (int i = 0; i < 10; i++) if (i % 2 == 0) list.addLast(i); else list.addFirst(i);
        System.out.println(list + " size " + list.size);
        list.reverse();
        System.out.println(list + " middle " + list.middle().value);
        System.out.println(list.remove(4) + " " + list.remove(42) + " " + list.remove(9) + " " + list);
        IntList evens = new IntList(), odds = new IntList();
        for (int i = 0; i < 20; i++) if (i % 2 == 0) evens.addLast(i * 3); else odds.addLast(i * 2);
        IntList merged = new IntList();
        merged.head = mergeSorted(evens.head, odds.head);
        System.out.println(merged);
        IntList big = new IntList();
        for (int i = 0; i < 5000; i++) big.addFirst(i * 7 % 1000);
        long h = 0;
        for (Node p = big.head; p != null; p = p.next) h = h * 31 + p.value;
        System.out.println("big " + h);
        Node cycle = new Node(1, new Node(2, new Node(3, null)));
        cycle.next.next.next = cycle.next;
        Node slow = cycle, fast = cycle;
        int steps = 0;
        do { slow = slow.next; fast = fast.next.next; steps++; } while (slow != fast);
        System.out.println("cycle met after " + steps + " at " + slow.value);
    }
}
