package org.mkplay.kernel;

import org.mkplay.vmmagic.Address;

/**
 * A 4 KiB physical frame that user space may map through a frame capability. At most one mapping at a time:
 * {@code mappedIn} and {@code mappedAt} say where (null and 0 when unmapped).
 */
public final class Frame {
    public static final long SIZE = 4096;

    public final int id;
    /** Physical address (= the kernel's address: the kernel identity-maps RAM). */
    public Address physical = Address.zero();

    Process mappedIn;
    long mappedAt;

    Frame(int id) {
        this.id = id;
    }

    public boolean isMapped() {
        return mappedIn != null;
    }
}
