public class FaultAfterStoreValue {
    static int calls;

    static int value(String why) {
        calls++;
        System.out.println("evaluating " + why + " (call " + calls + ")");
        return calls * 10;
    }

    public static void main(String[] args) {
        int[] a = new int[3];
        a[value("index 1") % 3] = value("value 1");
        System.out.println(a[0] + " " + a[1] + " " + a[2]);
        int[] missing = calls > 100 ? a : null;
        missing[value("index 2") % 3] = value("value 2, evaluated before the store faults");
        System.out.println("not reached");
    }
}
