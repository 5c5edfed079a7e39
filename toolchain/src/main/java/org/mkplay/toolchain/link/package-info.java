/**
 * The linker: lays out the image in one assembler buffer and gives every label its address
 * ({@code Linker}, giving a {@code LinkedImage}). The text starts with hand-written assembly routines
 * ({@code AssemblyRoutines}: {@code _start}, allocation, console output, exit, class initialisers;
 * {@code TrapGlue}: the kernel's trap entry), then the compiled methods; the data segment holds class
 * descriptors and their tables ({@code Descriptors}), static fields and string literals. Where the image
 * and its heap and stack sit in memory is {@code MemoryMap}.
 */
package org.mkplay.toolchain.link;
