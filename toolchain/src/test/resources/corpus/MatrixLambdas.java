import java.util.*;
import java.util.function.*;

/** Integer matrices built and combined through IntBinaryOperator and IntUnaryOperator lambdas. */
public class MatrixLambdas {
    record Matrix(int rows, int cols, int[] data) {
        static Matrix of(int rows, int cols, IntBinaryOperator cell) {
            int[] d = new int[rows * cols];
            for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) d[r * cols + c] = cell.applyAsInt(r, c);
            return new Matrix(rows, cols, d);
        }

        int at(int r, int c) { return data[r * cols + c]; }

        Matrix map(IntUnaryOperator f) { return of(rows, cols, (r, c) -> f.applyAsInt(at(r, c))); }

        Matrix zip(Matrix o, IntBinaryOperator f) { return of(rows, cols, (r, c) -> f.applyAsInt(at(r, c), o.at(r, c))); }

        Matrix times(Matrix o) {
            return of(rows, o.cols, (r, c) -> {
                int s = 0;
                for (int k = 0; k < cols; k++) s += at(r, k) * o.at(k, c);
                return s;
            });
        }

        Matrix transpose() { return of(cols, rows, (r, c) -> at(c, r)); }

        @Override public boolean equals(Object o) { return o instanceof Matrix m && rows == m.rows && cols == m.cols && Arrays.equals(data, m.data); }
        @Override public int hashCode() { return 31 * (31 * rows + cols) + Arrays.hashCode(data); }
        @Override public String toString() {
            StringJoiner rowsOut = new StringJoiner("; ", "[", "]");
            for (int r = 0; r < rows; r++) {
                StringJoiner row = new StringJoiner(" ");
                for (int c = 0; c < cols; c++) row.add(Integer.toString(at(r, c)));
                rowsOut.add(row.toString());
            }
            return rowsOut.toString();
        }
    }

    public static void main(String[] args) {
        Matrix id = Matrix.of(3, 3, (r, c) -> r == c ? 1 : 0);
        Matrix a = Matrix.of(3, 3, (r, c) -> r * 3 + c + 1);
        Matrix b = Matrix.of(3, 2, (r, c) -> (r + 1) * (c + 2));
        System.out.println(id + "\n" + a + "\n" + b);
        System.out.println(a.times(id).equals(a) + " " + a.times(b) + " " + a.transpose());
        System.out.println(a.map(x -> x * x) + " " + a.zip(a.transpose(), Math::max) + " " + a.zip(id, (x, y) -> x * y));
        Map<Matrix, String> names = new HashMap<>();
        names.put(id, "identity");
        names.put(a, "a");
        System.out.println(names.get(Matrix.of(3, 3, (r, c) -> r == c ? 1 : 0)) + " " + names.get(a.transpose().transpose()) + " " + id.hashCode());
        Matrix p = a;
        for (int i = 0; i < 5; i++) p = p.times(a).map(x -> x % 1000);
        System.out.println(p);
        IntBinaryOperator det2 = (x, y) -> x * y;
        int det = a.at(0, 0) * (a.at(1, 1) * a.at(2, 2) - a.at(1, 2) * a.at(2, 1))
            - a.at(0, 1) * (a.at(1, 0) * a.at(2, 2) - a.at(1, 2) * a.at(2, 0))
            + a.at(0, 2) * det2.applyAsInt(a.at(1, 0), a.at(2, 1)) - a.at(0, 2) * det2.applyAsInt(a.at(1, 1), a.at(2, 0));
        System.out.println("det " + det);
    }
}
