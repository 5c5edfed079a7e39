public class ExRuntimeChecks {
    static int[] data = {1, 2, 3};

    static String attempt(int which) {
        try {
            switch (which) {
                case 0: return "v=" + data[which + 5];
                case 1: return "v=" + (data[0] / (which - 1));
                case 2: { String s = which > 1 ? null : "x"; return "v=" + s.length(); }
                case 3: { Object o = Integer.valueOf(3); return "v=" + ((String) o); }
                case 4: { Object[] arr = new String[2]; arr[0] = Integer.valueOf(1); return "stored"; }
                case 5: { int[] neg = new int[which - 10]; return "v=" + neg.length; }
                case 6: return "v=" + "hello".charAt(which);
                case 7: return "v=" + "hello".substring(3, 1);
                case 8: return "v=" + (10L % (long) (which - 8));
                case 9: { int[][] grid = new int[2][]; return "v=" + grid[1][0]; }
                default: return "v=" + Math.addExact(Integer.MAX_VALUE, which);
            }
        } catch (ArithmeticException | ArrayIndexOutOfBoundsException e) {
            return "arith/bounds " + e;
        } catch (NullPointerException e) {
            return "npe";
        } catch (ClassCastException e) {
            return "cce " + e.getMessage();
        } catch (ArrayStoreException e) {
            return "ase " + e;
        } catch (NegativeArraySizeException e) {
            return "neg " + e;
        } catch (IndexOutOfBoundsException e) {
            return "ioobe " + e;
        }
    }

    public static void main(String[] args) {
        for (int k = 0; k <= 10; k++) System.out.println(k + ": " + attempt(k));
        int caught = 0;
        int[] small = new int[4];
        for (int i = 0; i < 10; i++) {
            try {
                small[i] = i * i;
            } catch (ArrayIndexOutOfBoundsException e) {
                caught++;
            }
        }
        System.out.println(caught + " " + small[3]);
    }
}
