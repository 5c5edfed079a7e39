public class StackQueue {
    static final class IntStack {
        private int[] data = new int[2];
        private int top;
        void push(int v) {
            if (top == data.length) {
                int[] d = new int[data.length * 2];
                for (int i = 0; i < top; i++) d[i] = data[i];
                data = d;
            }
            data[top++] = v;
        }
        int pop() { return data[--top]; }
        int peek() { return data[top - 1]; }
        boolean isEmpty() { return top == 0; }
    }

    static final class LinkedQueue {
        static final class Cell { final String v; Cell next; Cell(String v) { this.v = v; } }
        Cell head, tail;
        int size;
        void offer(String v) {
            Cell c = new Cell(v);
            if (tail == null) head = tail = c; else { tail.next = c; tail = c; }
            size++;
        }
        String poll() {
            if (head == null) return null;
            String v = head.v;
            head = head.next;
            if (head == null) tail = null;
            size--;
            return v;
        }
    }

    static boolean balanced(String s) {
        IntStack st = new IntStack();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '{') st.push(c);
            else if (c == ')' || c == ']' || c == '}') {
                if (st.isEmpty()) return false;
                int o = st.pop();
                if (o == '(' && c != ')' || o == '[' && c != ']' || o == '{' && c != '}') return false;
            }
        }
        return st.isEmpty();
    }

    public static void main(String[] args) {
        String[] tests = {"()", "([]{})", "(]", "((())", "{[()()]}", "", "}{", "a(b[c]d)e"};
        StringBuilder sb = new StringBuilder();
        for (String t : tests) sb.append(balanced(t) ? 'Y' : 'N');
        System.out.println(sb);
        IntStack st = new IntStack();
        for (int i = 0; i < 1000; i++) st.push(i * i);
        long sum = 0;
        while (!st.isEmpty()) sum = sum * 3 + st.pop();
        System.out.println(sum);
        LinkedQueue q = new LinkedQueue();
        for (int i = 0; i < 5; i++) q.offer("job" + i);
        System.out.println(q.poll() + " " + q.poll() + " size " + q.size);
        q.offer("late");
        String s;
        while ((s = q.poll()) != null) System.out.print(s + ";");
        System.out.println();
        System.out.println(q.poll() + " " + q.size);
        int[] temps = {73, 74, 75, 71, 69, 72, 76, 73};
        int[] wait = new int[temps.length];
        IntStack idx = new IntStack();
        for (int i = 0; i < temps.length; i++) {
            while (!idx.isEmpty() && temps[idx.peek()] < temps[i]) { int j = idx.pop(); wait[j] = i - j; }
            idx.push(i);
        }
        sb.setLength(0);
        for (int w : wait) sb.append(w).append(' ');
        System.out.println(sb);
    }
}
