/**
 * A writer of ELF64 RISC-V executables: program headers for the loadable segments, section headers and a
 * symbol table ({@code ElfWriter}). It depends on nothing else in the toolchain.
 */
package org.mkplay.toolchain.elf;
