/**
 * The optimisation passes over the IR, run in the order {@code Passes.optimise} gives: copy and constant
 * propagation, constant folding, dead code, null- and bounds-check elimination, tail duplication of loop
 * tests, narrowing of stores, local value numbering, loop-invariant code motion.
 */
package org.mkplay.toolchain.ir.pass;
