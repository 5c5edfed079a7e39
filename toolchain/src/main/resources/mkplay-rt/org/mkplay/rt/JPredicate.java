package org.mkplay.rt;

/** java.util.function.Predicate. */
public interface JPredicate<T> {
    boolean test(T t);

    default JPredicate<T> and(JPredicate<? super T> other) {
        JObjects.requireNonNull(other);
        return (t) -> test(t) && other.test(t);
    }

    default JPredicate<T> negate() {
        return (t) -> !test(t);
    }

    default JPredicate<T> or(JPredicate<? super T> other) {
        JObjects.requireNonNull(other);
        return (t) -> test(t) || other.test(t);
    }

    static <T> JPredicate<T> isEqual(Object targetRef) {
        return (null == targetRef) ? (t) -> t == null : (t) -> targetRef.equals(t);
    }

    static <T> JPredicate<T> not(JPredicate<? super T> target) {
        JObjects.requireNonNull(target);
        return (JPredicate<T>) target.negate();
    }
}
