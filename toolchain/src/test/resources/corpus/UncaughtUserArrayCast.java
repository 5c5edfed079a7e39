public class UncaughtUserArrayCast {
    static class Animal { }
    static final class Cat extends Animal { }

    public static void main(String[] args) {
        Animal[] cats = new Cat[2];
        Cat[] back = (Cat[]) cats;
        System.out.println("a Cat[] seen as Animal[] casts back: " + back.length);
        Object[][] names = new String[1][1];
        System.out.println("String[][] is an Object[][]: " + (names instanceof Object[][]));
        Animal[] animals = new Animal[3];
        System.out.println("an Animal[] is not a Cat[]:");
        Cat[] wrong = (Cat[]) animals;
        System.out.println("not reached " + wrong.length);
    }
}
