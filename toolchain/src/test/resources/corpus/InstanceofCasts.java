public class InstanceofCasts {
    interface Named { String name(); }
    static class Base implements Named { public String name() { return "base"; } }
    static class Left extends Base { public String name() { return "left"; } }
    static class Right extends Base { public String name() { return "right"; } }
    static final class LeftLeaf extends Left { public String name() { return "leftleaf"; } }

    static String classify(Object o) {
        if (o == null) return "null";
        if (o instanceof LeftLeaf) return "LeftLeaf";
        if (o instanceof Left l) return "Left:" + l.name();
        if (o instanceof Base b) return "Base:" + b.name();
        if (o instanceof String s) return "String:" + s.length();
        if (o instanceof int[] a) return "int[" + a.length + "]";
        if (o instanceof Object[] arr) return "Object[" + arr.length + "]";
        if (o instanceof StringBuilder) return "StringBuilder";
        return "Object";
    }

    public static void main(String[] args) {
        Object[] things = {new Base(), new Left(), new Right(), new LeftLeaf(), "text", new int[3], new String[2],
            new Base[1], null, new Object(), new StringBuilder("sb"), new long[0], new int[2][2]};
        StringBuilder sb = new StringBuilder();
        for (Object o : things) sb.append(classify(o)).append(' ');
        System.out.println(sb);
        int named = 0, bases = 0, arrays = 0;
        for (Object o : things) {
            if (o instanceof Named) named++;
            if (o instanceof Base) bases++;
            if (o instanceof Object[]) arrays++;
        }
        System.out.println(named + " " + bases + " " + arrays);
        Object o = things[3];
        Named n = (Named) o;
        Base b = (Base) o;
        Left l = (Left) b;
        System.out.println(n.name() + " " + b.name() + " " + l.name() + " " + (n == l));
        Object nothing = null;
        String s = (String) nothing;
        Base nb = (Base) nothing;
        System.out.println(s + " " + nb + " " + (nothing instanceof Base));
        Object[] strs = new String[] {"x", "y"};
        String[] back = (String[]) strs;
        System.out.println(back[1] + " " + (strs instanceof String[]) + " " + (things instanceof String[]));
        int[][] grid = (int[][]) things[12];
        System.out.println(grid[1].length + " " + (things[12] instanceof Object[]));
        Object[] samples = {new Base[1], new Named[1], new Left[1], new LeftLeaf[0], new Object[1][1], new String[1][1],
            new Named[1][1], new int[1][1], new Object[1]};
        sb.setLength(0);
        for (Object a : samples) {
            sb.append(a instanceof Named[] ? 'N' : '-').append(a instanceof Base[] ? 'B' : '-').append(a instanceof Left[] ? 'L' : '-')
                .append(a instanceof Object[] ? 'O' : '-').append(a instanceof Object[][] ? '2' : '-').append(a instanceof Named[][] ? 'n' : '-')
                .append(a instanceof String[][] ? 's' : '-').append(a instanceof int[][] ? 'i' : '-').append(' ');
        }
        System.out.println(sb);
        Named[] viewed = new LeftLeaf[] {new LeftLeaf()};
        LeftLeaf[] exact = (LeftLeaf[]) viewed;
        Object[][] nested = new String[][] {{"deep"}};
        String[][] back2 = (String[][]) nested;
        System.out.println(exact[0].name() + " " + back2[0][0] + " " + ((Base[]) viewed).length);
    }
}
