package org.mkplay.toolchain.random;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Variables and arrays visible at a point of a generated method; blocks get a copy so their names stay local. */
final class Scope {
    record Var(String name, JType type, boolean assignable) {}

    /** An array of length {@link #LENGTH}; indexes are generated as {@code (e) & MASK}. */
    record Array(String name, JType element) {
        static final int LENGTH = 8, MASK = 7;
    }

    private final List<Var> vars;
    private final List<Array> arrays;

    Scope() {
        this(new ArrayList<>(), new ArrayList<>());
    }

    private Scope(List<Var> vars, List<Array> arrays) {
        this.vars = vars;
        this.arrays = arrays;
    }

    Scope copy() {
        return new Scope(new ArrayList<>(vars), new ArrayList<>(arrays));
    }

    void add(Var v) {
        vars.add(v);
    }

    void add(Array a) {
        arrays.add(a);
    }

    List<Var> vars() {
        return vars;
    }

    List<Array> arrays() {
        return arrays;
    }

    /** A random variable whose type fits {@code type} (assignable ones only if asked), or null. */
    Var pickVar(Random rnd, JType type, boolean assignableOnly) {
        List<Var> fitting = new ArrayList<>();
        for (Var v : vars) if (v.type().fits(type) && (v.assignable() || !assignableOnly)) fitting.add(v);
        return fitting.isEmpty() ? null : fitting.get(rnd.nextInt(fitting.size()));
    }

    /** A random array whose element type fits {@code type}, or null. */
    Array pickArray(Random rnd, JType type) {
        List<Array> fitting = new ArrayList<>();
        for (Array a : arrays) if (a.element().fits(type)) fitting.add(a);
        return fitting.isEmpty() ? null : fitting.get(rnd.nextInt(fitting.size()));
    }
}
