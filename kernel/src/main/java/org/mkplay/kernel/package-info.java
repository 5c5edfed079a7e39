/**
 * The mkplay microkernel, written in the kernel profile of the Java subset and compiled by the toolchain into a
 * bootable RV64 image; javac compiles the same classes for unit tests on vmmagic's simulated machine. One class
 * per kernel object and per concern (see kernel/README.md and docs/kernel.md).
 */
package org.mkplay.kernel;
