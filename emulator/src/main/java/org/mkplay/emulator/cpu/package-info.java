/**
 * The hart: decoding into pre-decoded pages of micro-operations, the execution loop, the CSRs and the rules
 * of privilege, delegation and traps that tie them together, physical memory protection and debug triggers
 * (RISC-V unprivileged and privileged specifications, Sdtrig).
 */
package org.mkplay.emulator.cpu;
