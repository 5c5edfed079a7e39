public class InterfaceDispatch {
    interface Animal {
        String name();
        default String greet() { return "I am " + name() + " and I say " + sound(); }
        String sound();
    }

    interface Pet {
        int legs();
        default boolean canRun() { return legs() >= 2; }
        static String category(Pet p) { return p.legs() == 0 ? "no legs" : p.legs() + " legs"; }
    }

    interface Swimmer { int swimSpeed(); }

    static final class Dog implements Animal, Pet {
        public String name() { return "dog"; }
        public String sound() { return "woof"; }
        public int legs() { return 4; }
    }

    static final class Fish implements Animal, Pet, Swimmer {
        public String name() { return "fish"; }
        public String sound() { return "blub"; }
        public int legs() { return 0; }
        public int swimSpeed() { return 7; }
        public String greet() { return "..." + Animal.super.greet(); }
    }

    static class Duck implements Animal, Swimmer {
        public String name() { return "duck"; }
        public String sound() { return "quack"; }
        public int swimSpeed() { return 2; }
    }

    static final class RubberDuck extends Duck implements Pet {
        public String sound() { return "squeak"; }
        public int legs() { return 2; }
        public int swimSpeed() { return super.swimSpeed() - 2; }
    }

    interface Op { int apply(int a, int b); }
    static final class Add implements Op { public int apply(int a, int b) { return a + b; } }
    static final class Mul implements Op { public int apply(int a, int b) { return a * b; } }
    static final class Pow implements Op {
        public int apply(int a, int b) { int r = 1; for (int i = 0; i < b; i++) r *= a; return r; }
    }

    public static void main(String[] args) {
        Animal[] zoo = {new Dog(), new Fish(), new Duck(), new RubberDuck()};
        for (Animal a : zoo) {
            StringBuilder sb = new StringBuilder(a.greet());
            if (a instanceof Pet) {
                Pet p = (Pet) a;
                sb.append("; pet with ").append(Pet.category(p)).append(", runs=").append(p.canRun());
            }
            if (a instanceof Swimmer) sb.append("; swims at ").append(((Swimmer) a).swimSpeed());
            System.out.println(sb);
        }
        Op[] ops = {new Add(), new Mul(), new Pow()};
        int acc = 1;
        for (int i = 0; i < 30; i++) acc = ops[i % 3].apply(acc, i % 4 + 1) % 100003;
        System.out.println("acc " + acc);
        Op anon = new Op() {
            int calls;
            public int apply(int a, int b) { calls++; return a - b + calls; }
        };
        System.out.println(anon.apply(10, 3) + " " + anon.apply(10, 3));
    }
}
