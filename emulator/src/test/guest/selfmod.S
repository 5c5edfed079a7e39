/* Patchable code for the selfmod guest: functions whose instructions the guest rewrites in place. */
    .file "selfmod.S"
    .text
    .option push
    .option norvc

    /* returns 1 until patched: the guest rewrites its first instruction (li a0, n) */
    .balign 4
    .globl patch_target
patch_target:
    li      a0, 1
    ret

    /* a loop that rewrites the addi it is about to execute, with fence.i in between, 10 times:
       each round the immediate grows, so the sum shows whether the new instruction ran */
    .balign 4
    .globl rewrite_ahead
rewrite_ahead:
    li      a0, 0                   /* sum */
    li      t2, 10                  /* rounds */
    la      t0, 2f
    lw      t1, 0(t0)               /* the addi's encoding, imm in bits 31:20 */
1:  li      t3, 1 << 20
    add     t1, t1, t3              /* imm += 1 */
    sw      t1, 0(t0)
    fence.i
2:  addi    a0, a0, 0
    addi    t2, t2, -1
    bnez    t2, 1b
    ret
    .option pop

    /* a 4-byte slot the guest fills with two compressed instructions or one 32-bit one */
    .balign 4
    .globl mixed_slot
mixed_slot:
    .option push
    .option norvc
    li      a0, 0
    nop
    .option pop
    ret
