public class ExErrors {
    static void check(boolean ok, String what) {
        if (!ok) throw new AssertionError("check failed: " + what);
    }

    static int risky(int k) throws Exception {
        switch (k) {
            case 0: throw new Exception("checked");
            case 1: throw new Error("an error");
            case 2: check(false, "k == 2"); return 0;
            case 3: throw new StackOverflowErrorLike();
            default: return k;
        }
    }

    static class StackOverflowErrorLike extends VirtualMachineErrorLike {}
    static class VirtualMachineErrorLike extends Error {
        VirtualMachineErrorLike() { super("simulated"); }
    }

    public static void main(String[] args) {
        for (int k = 0; k < 5; k++) {
            try {
                System.out.println("result " + risky(k));
            } catch (Exception e) {
                System.out.println("exception " + e);
            } catch (AssertionError e) {
                System.out.println("assertion " + e.getMessage());
            } catch (Throwable t) {
                System.out.println("throwable " + t + " error=" + (t instanceof Error));
            }
        }
        try {
            throw new Throwable("raw throwable");
        } catch (Throwable t) {
            System.out.println(t.getMessage());
        }
        check(1 + 1 == 3, "arithmetic");
    }
}
