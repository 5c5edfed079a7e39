/** Sieve of Eratosthenes: how many primes up to SIZE, and their sum. */
public class Sieve {
    static final int SIZE = 2000000;

    public static void main(String[] args) {
        boolean[] composite = new boolean[SIZE + 1];
        int count = 0;
        long sum = 0;
        for (int i = 2; i <= SIZE; i++) {
            if (composite[i]) continue;
            count++;
            sum += i;
            for (long j = (long) i * i; j <= SIZE; j += i) composite[(int) j] = true;
        }
        System.out.println("sieve " + SIZE + ": " + count + " primes, sum " + sum);
    }
}
