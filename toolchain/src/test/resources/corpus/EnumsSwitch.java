public class EnumsSwitch {
    enum Planet {
        MERCURY(3303, 2439), VENUS(48690, 6052), EARTH(59760, 6378), MARS(6421, 3397), JUPITER(18990000, 71492);
        final long mass;
        final int radius;
        Planet(long mass, int radius) { this.mass = mass; this.radius = radius; }
        long gravity() { return mass * 1000000 / ((long) radius * radius); }
    }

    enum Op {
        PLUS("+") { long apply(long a, long b) { return a + b; } },
        MINUS("-") { long apply(long a, long b) { return a - b; } },
        TIMES("*") { long apply(long a, long b) { return a * b; } },
        SHIFT("<<") { long apply(long a, long b) { return a << b; } };
        final String symbol;
        Op(String symbol) { this.symbol = symbol; }
        abstract long apply(long a, long b);
    }

    enum State { IDLE, RUNNING, BLOCKED, DONE }

    static State next(State s, char event) {
        switch (s) {
            case IDLE: return event == 's' ? State.RUNNING : State.IDLE;
            case RUNNING:
                if (event == 'b') return State.BLOCKED;
                if (event == 'x') return State.DONE;
                return State.RUNNING;
            case BLOCKED: return event == 'w' ? State.RUNNING : State.BLOCKED;
            default: return s;
        }
    }

    static int weight(State s) {
        return switch (s) {
            case IDLE -> 1;
            case RUNNING, BLOCKED -> 10;
            case DONE -> 100;
        };
    }

    public static void main(String[] args) {
        for (Planet p : Planet.values()) System.out.println(p + " #" + p.ordinal() + " g=" + p.gravity() + " name=" + p.name());
        for (Op op : Op.values()) System.out.println("6 " + op.symbol + " 3 = " + op.apply(6, 3) + " (" + op + ")");
        State s = State.IDLE;
        StringBuilder trace = new StringBuilder();
        int total = 0;
        for (char e : "asbbwwbxsq".toCharArray()) {
            s = next(s, e);
            trace.append(s.name().charAt(0));
            total += weight(s);
        }
        System.out.println(trace + " " + total + " " + s + " " + (s == State.DONE) + " " + s.compareTo(State.IDLE));
        System.out.println(Planet.values()[3].radius + " " + State.values().length + " " + Op.SHIFT.apply(1, 40));
        State[] copy = State.values();
        copy[0] = State.DONE;
        System.out.println(State.values()[0] + " " + copy[0]);
        int[] counts = new int[State.values().length];
        for (int i = 0; i < 100; i++) counts[State.values()[i * 7 % 4].ordinal()]++;
        System.out.println(counts[0] + " " + counts[1] + " " + counts[2] + " " + counts[3]);
    }
}
