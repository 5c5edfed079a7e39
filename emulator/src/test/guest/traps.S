/* Trap vector for faults whose mepc cannot be skipped over (instruction fetch faults): records the trap
   like runtime_skip_vector and resumes at ra, i.e. as if the faulting call had returned. */
    .file "traps.S"  /* else the symbol table names gcc's temporary file, and builds differ */
    .text
    .balign 4
    .globl return_vector
return_vector:
    addi    sp, sp, -16
    sd      t0, 0(sp)
    sd      t1, 8(sp)
    la      t1, trap_last
    csrr    t0, mcause
    sd      t0, 0(t1)
    csrr    t0, mtval
    sd      t0, 8(t1)
    csrr    t0, mepc
    sd      t0, 16(t1)
    ld      t0, 24(t1)
    addi    t0, t0, 1
    sd      t0, 24(t1)
    csrr    t0, mstatus
    sd      t0, 32(t1)
    csrw    mepc, ra
    ld      t0, 0(sp)
    ld      t1, 8(sp)
    addi    sp, sp, 16
    mret

    /* jalr clears bit 0 of the target: jumping to odd_target + 1 lands on odd_target */
    .globl jump_to_odd_address
jump_to_odd_address:
    la      t0, odd_target
    addi    t0, t0, 1
    li      a0, 1
    jr      t0
    li      a0, 2
    ret
    .balign 4
odd_target:
    li      a0, 3
    ret

    /* reserved encodings, each followed by a return */
    .globl illegal_slliw_shamt5
illegal_slliw_shamt5:
    .word   0x0205151b              /* slliw a0, a0, 32: shamt[5] must be zero */
    ret
    .globl illegal_load_funct3
illegal_load_funct3:
    .word   0x00057503              /* LOAD with funct3 = 7 */
    ret
    .globl illegal_float
illegal_float:
    .word   0x00b57553              /* fadd.s: F is not implemented */
    ret
    .globl illegal_all_ones
illegal_all_ones:
    .word   0xffffffff
    ret
    .globl illegal_amo_funct5
illegal_amo_funct5:
    .word   0x7005a52f              /* AMO with funct5 = 0b01110 */
    ret
