/* Vectored mtvec for the timer guest: synchronous traps (entry 0) and every interrupt go to m_vector;
   the machine timer's entry (7) counts its hits first, which shows the hart used the vector table. */
    .file "timer.S"  /* else the symbol table names gcc's temporary file, and builds differ */
    .text
    .balign 64
    .globl timer_vector_table
timer_vector_table:
    .option push
    .option norvc
    .rept 7
    j       m_vector
    .endr
    j       machine_timer_entry
    .rept 8
    j       m_vector
    .endr
    .option pop

machine_timer_entry:
    csrrw   sp, mscratch, sp
    addi    sp, sp, -16
    sd      t0, 0(sp)
    sd      t1, 8(sp)
    la      t0, vectored_timer_hits
    ld      t1, 0(t0)
    addi    t1, t1, 1
    sd      t1, 0(t0)
    ld      t0, 0(sp)
    ld      t1, 8(sp)
    addi    sp, sp, 16
    csrrw   sp, mscratch, sp
    j       m_vector
