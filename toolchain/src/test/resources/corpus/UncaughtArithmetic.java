public class UncaughtArithmetic {
    static int average(int[] values, int count) { 
        int sum = 0;
        for (int i = 0; i < count; i++) sum += values[i];
        return sum / count;
    }

    public static void main(String[] args) {
        int[] v = {10, 20, 30, 40};
        for (int count = 4; count >= 0; count--) System.out.println("average of " + count + " = " + average(v, count));
        System.out.println("not reached");
    }
}
