/* Every RV64C instruction, written out explicitly. compressed_kernel(a0 = results) stores one 64-bit value
   per check into results[] and returns how many it stored in a0. Registers x8-x15 are the ones the
   three-bit register fields reach. */
    .file "compressed.S"  /* else the symbol table names gcc's temporary file, and builds differ */
    .option rvc
    .text
    .globl compressed_kernel
    .balign 4
compressed_kernel:
    c.addi16sp sp, -64
    c.sdsp  s0, 0(sp)
    c.sdsp  s1, 8(sp)
    c.mv    a5, a0                  /* a5 = results cursor */

    /* immediates and register moves */
    c.li    a0, -32
    c.sd    a0, 0(a5)
    c.lui   a1, 0x1f                /* 0x1f000 */
    c.addi  a1, 31
    c.sd    a1, 8(a5)
    c.lui   a2, 0xfffe0             /* lui imm -32: sign-extended 0xfffffffffffe0000 */
    c.sd    a2, 16(a5)
    c.addi4spn a3, sp, 1020
    sub     a3, a3, sp
    c.sd    a3, 24(a5)
    addi    a5, a5, 32

    /* 32-bit word ops: c.addiw sign-extends, c.addw/c.subw too */
    li      a0, 0x7fffffff
    c.addiw a0, 1
    c.sd    a0, 0(a5)
    li      a1, 0x80000000
    c.addiw a1, 0                   /* sext.w */
    c.sd    a1, 8(a5)
    li      a2, 0x7fffffff
    li      a3, 0x7fffffff
    c.addw  a2, a3
    c.sd    a2, 16(a5)
    li      a4, 0
    li      a3, 0x80000000
    c.subw  a4, a3
    c.sd    a4, 24(a5)
    addi    a5, a5, 32

    /* shifts and logic on the compressed register set */
    li      a0, -256
    c.srli  a0, 4
    c.sd    a0, 0(a5)
    li      a1, -256
    c.srai  a1, 60
    c.sd    a1, 8(a5)
    li      a2, 0x1234
    c.slli  a2, 52
    c.sd    a2, 16(a5)
    li      a3, 0xff0
    c.andi  a3, -17                 /* clears bit 4 */
    c.sd    a3, 24(a5)
    addi    a5, a5, 32
    li      a0, 0x0ff0
    li      a1, 0x3c3c
    c.mv    a2, a0
    c.and   a2, a1
    c.sd    a2, 0(a5)
    c.mv    a2, a0
    c.or    a2, a1
    c.sd    a2, 8(a5)
    c.mv    a2, a0
    c.xor   a2, a1
    c.sd    a2, 16(a5)
    c.mv    a2, a0
    c.sub   a2, a1
    c.sd    a2, 24(a5)
    c.add   a2, a1
    c.sd    a2, 32(a5)
    addi    a5, a5, 40

    /* stack-relative and register-relative loads/stores of words and doublewords */
    li      a0, 0x89abcdef
    c.swsp  a0, 16(sp)
    c.lwsp  a1, 16(sp)              /* sign-extends */
    c.sd    a1, 0(a5)
    li      a0, 0x0123456789abcdef
    c.sdsp  a0, 24(sp)
    c.ldsp  a2, 24(sp)
    c.sd    a2, 8(a5)
    addi    a3, sp, 32
    c.sw    a0, 4(a3)
    c.lw    a4, 4(a3)
    c.sd    a4, 16(a5)
    c.addi  a5, 24

    /* control flow: c.j, c.beqz, c.bnez, c.jal is RV32-only, c.jalr/c.jr */
    li      a0, 0
    li      a1, 3
1:  c.addi  a0, 5
    c.addi  a1, -1
    c.bnez  a1, 1b
    c.beqz  a1, 2f
    c.li    a0, 0                   /* skipped */
2:  c.j     3f
    c.li    a0, 0                   /* skipped */
3:  c.sd    a0, 0(a5)
    la      a1, compressed_callee
    c.mv    s1, ra
    c.jalr  a1                      /* returns with a0 doubled */
    c.mv    ra, s1
    c.sd    a0, 8(a5)
    la      a2, 4f
    c.jr    a2
    c.li    a0, 0                   /* skipped */
4:  c.sd    a0, 16(a5)
    c.nop
    c.addi  a5, 24

    /* a 32-bit instruction straddling a 4-byte boundary (after an odd number of halfwords) */
    c.nop
    li      a0, 0x5555
    addi    a0, a0, 0x111
    c.sd    a0, 0(a5)
    c.addi  a5, 8

    c.mv    a0, a5
    c.ldsp  s0, 0(sp)
    c.ldsp  s1, 8(sp)
    c.addi16sp sp, 64
    c.jr    ra

compressed_callee:
    c.add   a0, a0
    c.jr    ra

    /* c.ebreak, for the trap test in compressed.c */
    .globl compressed_ebreak
compressed_ebreak:
    c.ebreak
    c.jr    ra

    /* the all-zero halfword is defined to be an illegal instruction */
    .globl compressed_illegal
compressed_illegal:
    .hword  0
    c.jr    ra
