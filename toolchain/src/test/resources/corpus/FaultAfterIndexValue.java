public class FaultAfterIndexValue {
    static long log(String what, long v) {
        System.out.println(what + " = " + v);
        return v;
    }

    public static void main(String[] args) {
        long[] a = new long[4];
        for (int i = 0; i <= 4; i++) {
            a[(int) log("index", i)] = log("value", i * 100L);
        }
        System.out.println("not reached");
    }
}
