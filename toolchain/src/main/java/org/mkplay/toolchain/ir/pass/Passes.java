package org.mkplay.toolchain.ir.pass;

import org.mkplay.toolchain.ir.IrMethod;

/** The optimisation pipeline run on every method between the builder and register allocation. */
public final class Passes {
    private static final int MAX_ROUNDS = 6;

    private Passes() {}

    public static IrMethod optimise(IrMethod m) {
        InitElimination.run(m);
        simplify(m);
        if (BranchOnCompare.run(m) | RedundantNarrowing.run(m)) simplify(m);
        if (CheckElimination.run(m)) simplify(m);
        if (TailDuplication.run(m)) {
            simplify(m);
            if (CheckElimination.run(m)) simplify(m); // the copied loop tests check again what the loop knows
        }
        if (NarrowingStores.run(m)) simplify(m);
        if (LocalValueNumbering.run(m)) simplify(m);
        if (LoopInvariants.run(m)) {
            ConstantSharing.run(m); // an inner and an outer preheader may load the same constant
            DeadCode.run(m); // propagation would put the hoisted constants back
        }
        InitElimination.run(m); // tail duplication copies guards along with the loop tests
        return m;
    }

    /** Copy and constant propagation, folding and dead code, repeated while they find something. */
    static void simplify(IrMethod m) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean changed = CopyPropagation.run(m);
            changed |= ConstantFolding.run(m);
            changed |= DeadCode.run(m);
            if (!changed) return;
        }
    }
}
