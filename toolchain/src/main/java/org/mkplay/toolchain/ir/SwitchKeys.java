package org.mkplay.toolchain.ir;

import java.util.Arrays;

/**
 * Keys of a SWITCH: targets[0] is the default, targets[k + 1] the block for keys[k]. A dense switch
 * (javac's tableswitch, keys consecutive) is compiled to a jump table, a sparse one to compares.
 */
public record SwitchKeys(int[] keys, boolean dense) implements Ref {
    @Override
    public String toString() {
        return (dense ? "table " : "keys ") + Arrays.toString(keys);
    }
}
