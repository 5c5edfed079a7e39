/**
 * The front end: javac run in-process on the user's sources ({@code Javac}), the class pool of parsed
 * class files with the runtime library that stands in for the JDK ({@code ClassPool},
 * {@code RuntimeLibrary}), and the whole-program reachability walk from main that checks every reached
 * method against the Java subset of its {@code Profile} ({@code Reachability}, {@code Subset},
 * {@code VmmagicCheck}), collecting every error as a {@code Diagnostic}. Also what the kernel profile's
 * intrinsics mean ({@code KernelIntrinsic}).
 */
package org.mkplay.toolchain.front;
