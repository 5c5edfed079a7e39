public class ExitCodeWraps {
    public static void main(String[] args) {
        int code = 0;
        for (int i = 1; i <= 30; i++) code += i;
        System.out.println("exit with " + code + ", the process status keeps the low 8 bits");
        System.exit(code);
    }
}
