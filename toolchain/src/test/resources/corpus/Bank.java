public class Bank {
    static final class Account {
        final String owner;
        long cents;
        int transactions;
        Account(String owner, long cents) { this.owner = owner; this.cents = cents; }
    }

    static final class Ledger {
        final Account[] accounts;
        int failed;
        long volume;
        Ledger(int n) {
            accounts = new Account[n];
            for (int i = 0; i < n; i++) accounts[i] = new Account("acct" + i, 10000 + i * 137);
        }

        boolean transfer(int from, int to, long amount) {
            Account a = accounts[from], b = accounts[to];
            if (from == to || amount <= 0 || a.cents < amount) { failed++; return false; }
            a.cents -= amount;
            b.cents += amount;
            a.transactions++;
            b.transactions++;
            volume += amount;
            return true;
        }

        long total() {
            long t = 0;
            for (Account a : accounts) t += a.cents;
            return t;
        }

        Account richest() {
            Account best = accounts[0];
            for (Account a : accounts) if (a.cents > best.cents) best = a;
            return best;
        }
    }

    static String money(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        long frac = abs % 100;
        return sign + "$" + abs / 100 + "." + (frac < 10 ? "0" : "") + frac;
    }

    public static void main(String[] args) {
        Ledger l = new Ledger(50);
        long before = l.total();
        long s = 2024;
        for (int i = 0; i < 20000; i++) {
            s = s * 6364136223846793005L + 1442695040888963407L;
            int from = (int) ((s >>> 33) % 50), to = (int) ((s >>> 40) % 50);
            long amount = (s >>> 50) % 3000 - 100;
            l.transfer(from, to, amount);
        }
        System.out.println("total before " + money(before) + " after " + money(l.total()) + " conserved=" + (before == l.total()));
        System.out.println("failed " + l.failed + " volume " + money(l.volume));
        Account rich = l.richest();
        System.out.println("richest " + rich.owner + " " + money(rich.cents) + " tx " + rich.transactions);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50; i += 7) sb.append(l.accounts[i].owner).append('=').append(money(l.accounts[i].cents)).append(' ');
        System.out.println(sb);
        System.out.println(money(-5) + " " + money(100) + " " + money(123456789));
    }
}
