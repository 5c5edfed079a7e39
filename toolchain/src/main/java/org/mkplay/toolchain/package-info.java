/**
 * The compiler's driver and its public face. {@link org.mkplay.toolchain.Compiler#compile} runs the pipeline
 * (front end, reachability, per-method IR build, passes, register allocation and lowering, link, ELF,
 * listing) on a {@link org.mkplay.toolchain.CompileRequest} and returns a
 * {@link org.mkplay.toolchain.CompileResult}: the diagnostics, or the ELF image, its listing
 * ({@link org.mkplay.toolchain.ListingLine}), symbols and the optimised IR. This package sits above every
 * other package of the toolchain; none of them imports it.
 */
package org.mkplay.toolchain;
