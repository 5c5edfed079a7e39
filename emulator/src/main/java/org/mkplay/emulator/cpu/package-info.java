/**
 * The hart: decoding into pre-decoded pages of micro-operations, the execution loop, the CSRs and the rules
 * of privilege, delegation and traps that tie them together (RISC-V unprivileged and privileged specifications).
 */
package org.mkplay.emulator.cpu;
