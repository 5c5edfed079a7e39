public class UncaughtClassCast {
    static class Animal { public String toString() { return "animal"; } }
    static class Cat extends Animal { public String toString() { return "cat"; } }
    static class Dog extends Animal { public String toString() { return "dog"; } }

    public static void main(String[] args) {
        Animal[] pets = {new Cat(), new Cat(), new Dog()};
        for (Animal a : pets) {
            Cat c = (Cat) a;
            System.out.println("cast ok: " + c);
        }
        System.out.println("not reached");
    }
}
