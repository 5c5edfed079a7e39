public class AbstractClasses {
    abstract static class Account {
        private static int nextId = 1000;
        final int id;
        protected long balance;
        private final StringBuilder log = new StringBuilder();

        Account(long opening) { id = nextId++; balance = opening; record("open " + opening); }

        abstract long fee(long amount);
        abstract String kind();

        final boolean withdraw(long amount) {
            long total = amount + fee(amount);
            if (total > limit()) { record("denied " + amount); return false; }
            balance -= total;
            record("withdraw " + amount + " fee " + fee(amount));
            return true;
        }

        void deposit(long amount) { balance += amount; record("deposit " + amount); }
        long limit() { return balance; }
        void monthEnd() {}
        void record(String s) { log.append(s).append("; "); }
        String report() { return kind() + "#" + id + " balance=" + balance + " log: " + log; }
    }

    static class Checking extends Account {
        Checking(long opening) { super(opening); }
        long fee(long amount) { return amount > 1000 ? 2 : 0; }
        String kind() { return "checking"; }
        long limit() { return balance + 500; }
    }

    static class Savings extends Account {
        final int ratePermille;
        Savings(long opening, int ratePermille) { super(opening); this.ratePermille = ratePermille; }
        long fee(long amount) { return amount / 100; }
        String kind() { return "savings"; }
        void monthEnd() { long interest = balance * ratePermille / 1000; deposit(interest); }
    }

    static final class Student extends Savings {
        Student(long opening) { super(opening, 5); }
        long fee(long amount) { return 0; }
        String kind() { return "student-" + super.kind(); }
    }

    public static void main(String[] args) {
        Account[] accounts = {new Checking(100), new Savings(5000, 12), new Student(50)};
        for (Account a : accounts) {
            a.withdraw(120);
            a.deposit(2000);
            a.withdraw(1500);
            a.withdraw(100000);
            a.monthEnd();
            a.monthEnd();
        }
        for (Account a : accounts) System.out.println(a.report());
        long sum = 0;
        for (Account a : accounts) sum += a.balance * a.id;
        System.out.println(sum);
    }
}
