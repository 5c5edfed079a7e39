// Methods that call only on some paths, several calls on one of them (a trace of two records, a slow path that
// calls in sequence, a loop that calls, a switch, a fault on either side): the compiler builds their frame on the way
// into the blocks between calls and drops it on the way out, so the paths that call nothing build none. Values
// live across those calls sit in caller-saved registers stored and reloaded around them.
public class ColdCallRegions {
    static boolean tracing;
    static long records;
    static int[] table = {3, 1, 4, 1, 5, 9, 2, 6};

    static void record(long a, long b) {
        if (a > 100000) System.out.println("big " + a); // a call: record stays a call
        records = records * 31 + a * 7 + b;
    }

    static int note(int x) {
        if (x > 100000) System.out.println("big " + x);
        records += x;
        return x + 1;
    }

    // two trace calls on one cold path, values used after both
    static int activate(int next, int last, int slice) {
        if (next == last) return slice;
        int account = next * 3 - last;
        if (tracing) {
            record(next, last);
            record(account, slice);
        }
        return account + slice;
    }

    // two trace records on either side of work that calls nothing (the kernel's Sched.activate): the work runs
    // without a frame when tracing is off, and a run that traces builds it for each record
    static long between(int next, int last) {
        if (tracing) record(next, last);
        long account = (long) next * 1000 + last;
        if (account % 7 == 3) account += records & 15;
        if (tracing) record(account, next);
        return account;
    }

    // a chain of tests, each with its own call, all falling to one general call (the dispatch)
    static int perform(int number, int arg) {
        if (number == 1) {
            if (note(arg) > 5) return 100;
        } else if (number == 6) {
            if (note(arg * 2) > 9) return 200;
        } else if (number == 8) {
            int first = note(arg);
            int second = note(first + arg);
            if (first + second > 20) return 300 + first;
        } else if (number == 10 && arg < 3) {
            return 2;
        }
        int status = dispatch(number, arg);
        if (status != 0) records ^= status;
        return status + number + arg;
    }

    static int dispatch(int number, int arg) {
        if (arg > 100000) System.out.println("big " + arg);
        return number % 3 == 0 ? 0 : number * arg;
    }

    // a loop that calls on a cold path (its values in s registers: the frame from the entry)
    static int sumLogged(int[] xs, boolean log) {
        int sum = 0;
        if (log) {
            for (int i = 0; i < xs.length; i++) sum += note(xs[i]);
        } else {
            for (int x : xs) sum += x;
        }
        return sum;
    }

    // faults inside the region (after a call) and outside it (no call on that path), caught by the caller
    static int pick(int[] xs, int i, boolean log) {
        if (log) {
            note(i);
            note(xs.length);
            return xs[i] * 2;
        }
        return xs[i];
    }

    static int divide(int a, int b, boolean log) {
        if (log) note(a);
        return a / b;
    }

    static String kind(int k, int v) {
        switch (k) {
            case 0: return "zero";
            case 1: return "one " + v;
            case 2: return "two";
            case 3: return "three " + note(v);
            default: return "many";
        }
    }

    public static void main(String[] args) {
        long total = 0;
        for (int round = 0; round < 4; round++) {
            tracing = round % 2 == 1;
            for (int i = 0; i < 6; i++) total += activate(i, round, 10 + i);
        }
        System.out.println("activate " + total + " records " + records);
        for (int round = 0; round < 4; round++) {
            tracing = round != 2;
            for (int i = 0; i < 5; i++) total += between(i, round);
        }
        System.out.println("between " + total + " records " + records);
        int[] numbers = {1, 6, 8, 10, 10, 3, 4, 12, 1, 8};
        for (int k = 0; k < numbers.length; k++) total += perform(numbers[k], k);
        System.out.println("perform " + total + " records " + records);
        System.out.println("sums " + sumLogged(table, false) + " " + sumLogged(table, true) + " records " + records);
        for (int i = 6; i < 10; i++) {
            for (int log = 0; log < 2; log++) {
                try {
                    System.out.println("pick " + i + " " + pick(table, i, log == 1));
                } catch (ArrayIndexOutOfBoundsException e) {
                    System.out.println("pick " + i + " log " + log + ": " + e.getMessage());
                }
            }
        }
        for (int b = -1; b <= 1; b++) {
            try {
                System.out.println("divide " + divide(7, b, b < 0) + " " + divide(9, b, b > 0));
            } catch (ArithmeticException e) {
                System.out.println("divide by " + b + ": " + e.getMessage());
            }
        }
        for (int k = 0; k < 6; k++) System.out.println(kind(k, k * 5));
        System.out.println("records " + records);
    }
}
