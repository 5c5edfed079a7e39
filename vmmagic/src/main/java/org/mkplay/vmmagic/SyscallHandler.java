package org.mkplay.vmmagic;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the kernel's system-call handler, beside its {@link TrapHandler}: a {@code static Address name(Address
 * frame)} method, at most one per program. The trap glue tests scause first and takes an {@code ecall} from U-mode
 * (a system call) its own way straight to this method, skipping the trap handler's dispatch; every other trap
 * goes to the trap handler. Without one, the trap handler takes system calls too. The glue's system-call way
 * saves only some registers (the toolchain's {@code link.TrapGlue} says which); the handler returns the frame to
 * resume, as the trap handler does.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface SyscallHandler {}
