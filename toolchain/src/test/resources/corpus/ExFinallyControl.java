public class ExFinallyControl {
    static int counter;

    @SuppressWarnings("finally")
    static int overrides() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    static int valueBeforeFinally() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            counter += x;
        }
    }

    @SuppressWarnings("finally")
    static int swallow() {
        try {
            throw new IllegalStateException("lost");
        } finally {
            return -5;
        }
    }

    static String loop() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            try {
                if (i % 3 == 0) continue;
                if (i == 8) break;
                sb.append(i);
            } finally {
                sb.append('.');
            }
        }
        return sb.toString();
    }

    static int nestedLoops() {
        int total = 0;
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                try {
                    try {
                        if (j == 3) continue outer;
                        if (i == 4) break outer;
                        total += i * j;
                    } finally {
                        total++;
                    }
                } finally {
                    total += 100;
                }
            }
        }
        return total;
    }

    public static void main(String[] args) {
        System.out.println(overrides());
        System.out.println(valueBeforeFinally() + " " + counter);
        System.out.println(swallow());
        System.out.println(loop());
        System.out.println(nestedLoops());
        int i = 0;
        while (true) {
            try {
                i++;
                if (i > 3) throw new RuntimeException("stop at " + i);
            } catch (RuntimeException e) {
                System.out.println(e.getMessage());
                break;
            } finally {
                System.out.println("tick " + i);
            }
        }
    }
}
