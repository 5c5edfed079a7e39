/* Start-up for bare-metal guests: gp, sp, PMP (when present), a default trap handler, zeroed .bss,
   main(), then exit(main's value) through the SiFive test finisher. */
    .file "crt0.S"  /* else the symbol table names gcc's temporary file, and builds differ */
    .section .text.init
    .globl _start
_start:
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop
    la      sp, __stack_top

    /* One PMP entry covering all of memory lets S- and U-mode reach RAM and devices (with PMP present
       and no entry, the privileged spec denies them everything). On a hart without PMP the CSR write
       is illegal; the temporary vector then just continues after it. */
    la      t0, 1f
    csrw    mtvec, t0
    li      t0, -1
    csrw    pmpaddr0, t0
    li      t0, 0x1f                /* NAPOT, R, W, X */
    csrw    pmpcfg0, t0
    .balign 4
1:  la      t0, runtime_trap_vector
    csrw    mtvec, t0

    la      t0, __bss_start
    la      t1, __bss_end
2:  bgeu    t0, t1, 3f
    sd      zero, 0(t0)
    addi    t0, t0, 8
    j       2b
3:  call    main
    /* falls through to exit with main's value in a0 */

    .globl exit
exit:
    /* finisher: 0x5555 = pass; (code << 16) | 0x3333 = fail with code */
    li      t0, 0x100000
    li      t1, 0x5555
    beqz    a0, 4f
    slli    t1, a0, 16
    li      t2, 0x3333
    or      t1, t1, t2
4:  sw      t1, 0(t0)
5:  wfi
    j       5b

    /* Traps that the guest did not expect: report and fail (see runtime.c). */
    .balign 4
    .globl runtime_trap_vector
runtime_trap_vector:
    la      sp, __stack_top
    call    runtime_unexpected_trap
    j       exit

    /* Records a trap and resumes after the instruction that caused it (never used for fetch faults or
       interrupts). Runs on the interrupted code's stack, so only for traps taken from M-mode. */
    .balign 4
    .globl runtime_skip_vector
runtime_skip_vector:
    addi    sp, sp, -32
    sd      t0, 0(sp)
    sd      t1, 8(sp)
    sd      t2, 16(sp)
    la      t1, trap_last
    csrr    t0, mcause
    sd      t0, 0(t1)
    csrr    t0, mtval
    sd      t0, 8(t1)
    csrr    t0, mepc
    sd      t0, 16(t1)
    ld      t2, 24(t1)
    addi    t2, t2, 1
    sd      t2, 24(t1)
    csrr    t2, mstatus
    sd      t2, 32(t1)
    /* instruction length from the low two bits: 11 = 32-bit, anything else = 16-bit */
    lhu     t2, 0(t0)
    andi    t2, t2, 3
    addi    t0, t0, 2
    xori    t2, t2, 3
    bnez    t2, 6f
    addi    t0, t0, 2
6:  csrw    mepc, t0
    ld      t0, 0(sp)
    ld      t1, 8(sp)
    ld      t2, 16(sp)
    addi    sp, sp, 32
    mret
