package org.mkplay.rt;

/** java.util.Optional, with the JDK's toString ({@code Optional[x]}, {@code Optional.empty}) and messages. */
public final class JOptional<T> {
    private static final JOptional<?> EMPTY = new JOptional<Object>(null);
    private final T value;

    private JOptional(T value) {
        this.value = value;
    }

    public static <T> JOptional<T> empty() {
        return (JOptional<T>) EMPTY;
    }

    public static <T> JOptional<T> of(T value) {
        return new JOptional<T>(JObjects.requireNonNull(value));
    }

    public static <T> JOptional<T> ofNullable(T value) {
        return value == null ? (JOptional<T>) EMPTY : new JOptional<T>(value);
    }

    public T get() {
        return orElseThrow();
    }

    public boolean isPresent() {
        return value != null;
    }

    public boolean isEmpty() {
        return value == null;
    }

    public void ifPresent(JConsumer<? super T> action) {
        if (value != null) action.accept(value);
    }

    public void ifPresentOrElse(JConsumer<? super T> action, JRunnable emptyAction) {
        if (value != null) action.accept(value);
        else emptyAction.run();
    }

    public JOptional<T> filter(JPredicate<? super T> predicate) {
        JObjects.requireNonNull(predicate);
        if (!isPresent()) return this;
        return predicate.test(value) ? this : empty();
    }

    public <U> JOptional<U> map(JFunction<? super T, ? extends U> mapper) {
        JObjects.requireNonNull(mapper);
        if (!isPresent()) return empty();
        return JOptional.ofNullable(mapper.apply(value));
    }

    public <U> JOptional<U> flatMap(JFunction<? super T, ? extends JOptional<? extends U>> mapper) {
        JObjects.requireNonNull(mapper);
        if (!isPresent()) return empty();
        return (JOptional<U>) JObjects.requireNonNull(mapper.apply(value));
    }

    public JOptional<T> or(JSupplier<? extends JOptional<? extends T>> supplier) {
        JObjects.requireNonNull(supplier);
        if (isPresent()) return this;
        return (JOptional<T>) JObjects.requireNonNull(supplier.get());
    }

    public T orElse(T other) {
        return value != null ? value : other;
    }

    public T orElseGet(JSupplier<? extends T> supplier) {
        return value != null ? value : supplier.get();
    }

    public T orElseThrow() {
        if (value == null) Fault.raise(new JNoSuchElementException("No value present"));
        return value;
    }

    public <X extends Throwable> T orElseThrow(JSupplier<? extends X> exceptionSupplier) throws X {
        if (value == null) Fault.raise((JThrowable) (Object) exceptionSupplier.get());
        return value;
    }

    public boolean equals(Object obj) {
        if (this == obj) return true;
        return obj instanceof JOptional<?> other && JObjects.equals(value, other.value);
    }

    public int hashCode() {
        return JObjects.hashCode(value);
    }

    public String toString() {
        return value != null ? ("Optional[" + value + "]") : "Optional.empty";
    }
}
