import java.util.ArrayList;
import java.util.List;

public class ExBank {
    static class InsufficientFunds extends Exception {
        InsufficientFunds(String account, long missing) { super(account + " is short by " + missing); }
    }
    static class Frozen extends RuntimeException {
        Frozen(String account) { super(account + " is frozen"); }
    }

    static class Account {
        final String name;
        long balance;
        boolean frozen;
        Account(String name, long balance) { this.name = name; this.balance = balance; }
        void withdraw(long amount) throws InsufficientFunds {
            if (frozen) throw new Frozen(name);
            if (amount > balance) throw new InsufficientFunds(name, amount - balance);
            balance -= amount;
        }
        void deposit(long amount) {
            if (frozen) throw new Frozen(name);
            balance += amount;
        }
    }

    static final List<String> journal = new ArrayList<>();

    static boolean transfer(Account from, Account to, long amount) {
        long before = from.balance;
        try {
            from.withdraw(amount);
            try {
                to.deposit(amount);
            } catch (Frozen f) {
                from.balance = before; // roll back
                throw f;
            }
            journal.add(from.name + "->" + to.name + " " + amount);
            return true;
        } catch (InsufficientFunds e) {
            journal.add("refused: " + e.getMessage());
            return false;
        } catch (Frozen f) {
            journal.add("frozen: " + f.getMessage());
            return false;
        } finally {
            journal.add("  " + from.name + "=" + from.balance + " " + to.name + "=" + to.balance);
        }
    }

    public static void main(String[] args) {
        Account a = new Account("alice", 100), b = new Account("bob", 20), c = new Account("carol", 0);
        System.out.println(transfer(a, b, 30));
        System.out.println(transfer(b, c, 80));
        c.frozen = true;
        System.out.println(transfer(a, c, 10));
        System.out.println(transfer(c, a, 1));
        c.frozen = false;
        System.out.println(transfer(b, c, 50));
        for (String line : journal) System.out.println(line);
        System.out.println(a.balance + b.balance + c.balance);
    }
}
