/**
 * Reading RV64 ELF executables: their loadable segments, entry point and symbols; anything else is rejected
 * with a message that says why.
 */
package org.mkplay.emulator.loader;
