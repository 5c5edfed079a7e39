/**
 * The kernel profile's intrinsics, in the style of Jikes RVM's {@code org.vmmagic}: raw addresses, CSRs, single
 * instructions, the trap frame and vector, and the image's bounds. The toolchain compiles calls to them inline;
 * their Java bodies simulate the machine (see {@code host}) so kernel logic runs in plain JUnit.
 */
package org.mkplay.vmmagic;
