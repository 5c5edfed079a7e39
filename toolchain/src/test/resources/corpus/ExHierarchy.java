public class ExHierarchy {
    static class AppException extends Exception {
        final int code;
        AppException(String message, int code) { super(message); this.code = code; }
        AppException(String message, Throwable cause) { super(message, cause); this.code = 500; }
    }
    static class NotFound extends AppException {
        NotFound(String what) { super(what + " not found", 404); }
    }
    static class Forbidden extends AppException {
        Forbidden(String who) { super("forbidden for " + who, 403); }
        @Override public String getMessage() { return "[" + super.getMessage() + "]"; }
    }
    static class Broken extends RuntimeException {
        Broken(String m) { super(m); }
        @Override public String toString() { return "Broken<" + getMessage() + ">"; }
    }

    static String handle(int request) throws AppException {
        switch (request % 5) {
            case 0: throw new NotFound("item" + request);
            case 1: throw new Forbidden("user" + request);
            case 2: throw new Broken("state " + request);
            case 3: throw new AppException("wrapped", new IllegalStateException("inner " + request));
            default: return "ok " + request;
        }
    }

    public static void main(String[] args) {
        int[] codes = new int[6];
        for (int r = 0; r < 12; r++) {
            try {
                System.out.println(handle(r));
            } catch (NotFound | Forbidden e) {
                System.out.println(e.code + " " + e.getMessage() + " / " + e);
                codes[e.code == 404 ? 0 : 1]++;
            } catch (AppException e) {
                System.out.println(e.code + " " + e + " cause=" + e.getCause() + " " + (e.getCause() instanceof IllegalStateException));
                codes[2]++;
            } catch (RuntimeException e) {
                System.out.println("runtime " + e + " " + (e instanceof Broken));
                codes[3]++;
            }
        }
        System.out.println(codes[0] + " " + codes[1] + " " + codes[2] + " " + codes[3]);
        Throwable t = new NotFound("x");
        System.out.println((t instanceof AppException) + " " + (t instanceof Exception) + " " + (t instanceof RuntimeException));
    }
}
