package org.mkplay.rt;

/** java.lang.Enum: name and ordinal; valueOf(Class, String) is not supported (reflection). */
public abstract class JEnum<E extends JEnum<E>> implements JComparable<E> {
    private final String name;
    private final int ordinal;

    protected JEnum(String name, int ordinal) {
        this.name = name;
        this.ordinal = ordinal;
    }

    public final String name() { return name; }
    public final int ordinal() { return ordinal; }
    public String toString() { return name; }
    public final boolean equals(Object other) { return this == other; }
    public final int hashCode() { return super.hashCode(); }
    public final int compareTo(E other) { return ordinal - ((JEnum<?>) other).ordinal; }
}
