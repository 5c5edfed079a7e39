package org.mkplay.vmmagic;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the kernel's S-mode trap handler: a {@code static Address name(Address frame)} method, at most one
 * per program. The compiler generates the entry/exit glue around it ({@link Trap#vector()} is its address,
 * for stvec): every trap saves the interrupted registers, sepc and sstatus into the frame at sscratch
 * (layout: the constants of {@link Trap}), switches to the stack whose top is in the frame's
 * {@link Trap#KERNEL_SP} slot and calls the handler with the frame; the handler returns the frame to resume
 * (the same one, or another thread's: a context switch), whose registers, sepc and sstatus are restored
 * before {@code sret}, and which becomes sscratch for the next trap.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface TrapHandler {}
