import java.util.ArrayList;
import java.util.List;

public class ExResult {
    interface Task {
        int run(int input) throws Exception;
        default String label() { return "task"; }
    }

    static final class Result {
        final Integer value;
        final Exception error;
        private Result(Integer value, Exception error) { this.value = value; this.error = error; }
        static Result of(Task t, int input) {
            try {
                return new Result(t.run(input), null);
            } catch (Exception e) {
                return new Result(null, e);
            }
        }
        @Override public String toString() { return error == null ? "ok(" + value + ")" : "err(" + error + ")"; }
    }

    static class Halve implements Task {
        public int run(int input) throws Exception {
            if (input % 2 != 0) throw new Exception("odd: " + input);
            return input / 2;
        }
    }

    static class Lookup implements Task {
        final int[] table = {10, 20, 30};
        public int run(int input) { return table[input]; }
    }

    static class Invert implements Task {
        public int run(int input) { return 1000 / input; }
    }

    public static void main(String[] args) {
        Task[] tasks = {new Halve(), new Lookup(), new Invert()};
        List<Result> results = new ArrayList<>();
        for (int input = -1; input <= 3; input++) {
            for (Task t : tasks) results.add(Result.of(t, input));
        }
        int ok = 0;
        for (Result r : results) {
            System.out.println(r);
            if (r.error == null) ok++;
        }
        System.out.println(ok + "/" + results.size());
    }
}
