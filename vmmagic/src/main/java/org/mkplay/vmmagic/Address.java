package org.mkplay.vmmagic;

import org.mkplay.vmmagic.host.HostMachine;

/**
 * A raw machine address (kernel profile only).
 *
 * <p><b>Compiled</b> (toolchain, kernel profile): an Address is a plain 64-bit value in a register, never an
 * object. Every method below becomes inline RV64 code: {@code fromLong}/{@code toLong} none, {@code plus}
 * one {@code add}/{@code addi}, {@code loadLong()} one {@code ld}, {@code loadLong(8)} one {@code ld rd, 8(rs)}.
 * Loads and stores are not null- or bounds-checked: the zero address (also what {@code null} compiles to) is
 * just address 0.
 *
 * <p><b>On the JVM</b> the bodies below are the simulation: memory is that of
 * {@link HostMachine#current()}, so kernel logic written against Address runs in plain JUnit.
 *
 * <p>Rules the compiler enforces (they keep both implementations in agreement): no {@code new Address},
 * no Address arrays, no {@code ==}/{@code !=} between Addresses or with {@code null} (use {@link #eq},
 * {@link #isZero}), no Address where an Object is expected (casts, {@code instanceof}, Object parameters,
 * string concatenation). {@link #equals}, {@link #hashCode} and {@link #toString} exist for JUnit only.
 * Comparisons are unsigned, as addresses are.
 */
public final class Address {
    private static final Address ZERO = new Address(0);

    private final long value;

    private Address(long value) {
        this.value = value;
    }

    public static Address fromLong(long value) {
        return value == 0 ? ZERO : new Address(value);
    }

    public static Address zero() {
        return ZERO;
    }

    public long toLong() {
        return value;
    }

    public Address plus(long bytes) {
        return fromLong(value + bytes);
    }

    public Address minus(long bytes) {
        return fromLong(value - bytes);
    }

    /** this - other, in bytes. */
    public long diff(Address other) {
        return value - other.value;
    }

    public boolean isZero() {
        return value == 0;
    }

    public boolean eq(Address other) {
        return value == other.value;
    }

    public boolean ne(Address other) {
        return value != other.value;
    }

    public boolean lt(Address other) {
        return Long.compareUnsigned(value, other.value) < 0;
    }

    public boolean le(Address other) {
        return Long.compareUnsigned(value, other.value) <= 0;
    }

    public boolean gt(Address other) {
        return Long.compareUnsigned(value, other.value) > 0;
    }

    public boolean ge(Address other) {
        return Long.compareUnsigned(value, other.value) >= 0;
    }

    // ---- loads (lb, lh, lhu, lw, ld): sign-extended like the Java type, char zero-extended ----

    public byte loadByte() {
        return loadByte(0);
    }

    public byte loadByte(int offset) {
        return (byte) load(offset, 1);
    }

    public short loadShort() {
        return loadShort(0);
    }

    public short loadShort(int offset) {
        return (short) load(offset, 2);
    }

    public char loadChar() {
        return loadChar(0);
    }

    public char loadChar(int offset) {
        return (char) load(offset, 2);
    }

    public int loadInt() {
        return loadInt(0);
    }

    public int loadInt(int offset) {
        return (int) load(offset, 4);
    }

    public long loadLong() {
        return loadLong(0);
    }

    public long loadLong(int offset) {
        return load(offset, 8);
    }

    public Address loadAddress() {
        return loadAddress(0);
    }

    public Address loadAddress(int offset) {
        return fromLong(load(offset, 8));
    }

    // ---- stores (sb, sh, sw, sd): the low bits of the value ----

    public void storeByte(byte v) {
        storeByte(0, v);
    }

    public void storeByte(int offset, byte v) {
        store(offset, 1, v);
    }

    public void storeShort(short v) {
        storeShort(0, v);
    }

    public void storeShort(int offset, short v) {
        store(offset, 2, v);
    }

    public void storeChar(char v) {
        storeChar(0, v);
    }

    public void storeChar(int offset, char v) {
        store(offset, 2, v);
    }

    public void storeInt(int v) {
        storeInt(0, v);
    }

    public void storeInt(int offset, int v) {
        store(offset, 4, v);
    }

    public void storeLong(long v) {
        storeLong(0, v);
    }

    public void storeLong(int offset, long v) {
        store(offset, 8, v);
    }

    public void storeAddress(Address v) {
        storeAddress(0, v);
    }

    public void storeAddress(int offset, Address v) {
        store(offset, 8, v.value);
    }

    private long load(int offset, int bytes) {
        return HostMachine.current().load(value + offset, bytes);
    }

    private void store(int offset, int bytes, long v) {
        HostMachine.current().store(value + offset, bytes, v);
    }

    // ---- JVM only (refused by the compiler) ----

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && a.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return "0x" + Long.toHexString(value);
    }
}
