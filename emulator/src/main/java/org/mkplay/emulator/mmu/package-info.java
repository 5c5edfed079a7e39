/**
 * Address translation: bare mode and Sv39 with hardware-updated accessed/dirty bits, and a software TLB tagged
 * by address-space identifier so that switching {@code satp} does not flush every translation.
 */
package org.mkplay.emulator.mmu;
