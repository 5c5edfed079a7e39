/* Trap entries saving every register into a struct trap_frame (modes.h) on a per-mode trap stack, and
   run_in_mode(). Frame layout: x0..x31 at 8*i, then epc, cause, tval, status. */
    .file "modes.S"  /* else the symbol table names gcc's temporary file, and builds differ */
    .equ FRAME_SIZE, 36 * 8
    .equ FRAME_EPC, 32 * 8
    .equ FRAME_CAUSE, 33 * 8
    .equ FRAME_TVAL, 34 * 8
    .equ FRAME_STATUS, 35 * 8
    .equ LOWER_MODE_EXIT, 0x4d4b4558

    .macro SAVE_REGISTERS
    .irp n, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    sd      x\n, 8*\n(sp)
    .endr
    .endm

    .macro RESTORE_REGISTERS
    .irp n, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    ld      x\n, 8*\n(sp)
    .endr
    ld      sp, 8*2(sp)
    .endm

    /* \p = m or s. sp swaps with xscratch (the trap stack's top), the interrupted sp goes into the frame
       and xscratch gets the top back for the next trap. */
    .macro TRAP_ENTRY p, handler, lower_exit
    .balign 4
    .globl \p\()_vector
\p\()_vector:
    csrrw   sp, \p\()scratch, sp
    addi    sp, sp, -FRAME_SIZE
    SAVE_REGISTERS
    csrr    t0, \p\()scratch
    sd      t0, 8*2(sp)
    addi    t0, sp, FRAME_SIZE
    csrw    \p\()scratch, t0
    csrr    t0, \p\()epc
    sd      t0, FRAME_EPC(sp)
    csrr    t0, \p\()cause
    sd      t0, FRAME_CAUSE(sp)
    csrr    t0, \p\()tval
    sd      t0, FRAME_TVAL(sp)
    csrr    t0, \p\()status
    sd      t0, FRAME_STATUS(sp)
    /* an ecall from a lower mode with a7 = LOWER_MODE_EXIT ends run_in_mode */
    ld      t0, FRAME_CAUSE(sp)
    addi    t0, t0, -8
    li      t1, 1
    bgtu    t0, t1, 1f
    li      t1, LOWER_MODE_EXIT
    beq     a7, t1, \lower_exit
1:  mv      a0, sp
    call    \handler
    ld      t0, FRAME_EPC(sp)
    csrw    \p\()epc, t0
    ld      t0, FRAME_STATUS(sp)
    csrw    \p\()status, t0
    RESTORE_REGISTERS
    \p\()ret
    .endm

    .text
    TRAP_ENTRY m, machine_trap, return_to_caller
    TRAP_ENTRY s, supervisor_trap, forward_exit

    /* S-mode got the exit ecall (ecalls from U delegated): pass it on to M with the same a0 */
forward_exit:
    ld      a0, 8*10(sp)
    li      a7, LOWER_MODE_EXIT
    ecall

    /* uint64_t run_in_mode(int mode, uint64_t (*function)(uint64_t), uint64_t argument) */
    .globl run_in_mode
run_in_mode:
    la      t0, caller_context
    sd      ra, 0(t0)
    sd      sp, 8(t0)
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11
    sd      s\n, 16+8*\n(t0)
    .endr
    li      t1, 3 << 11
    csrc    mstatus, t1
    slli    t1, a0, 11
    csrs    mstatus, t1
    csrw    mepc, a1
    mv      a0, a2
    la      ra, lower_mode_return
    mret

    /* a function run by run_in_mode returns here, still in its mode */
lower_mode_return:
    li      a7, LOWER_MODE_EXIT
    ecall

    /* in M-mode, on the trap stack: resume run_in_mode's caller with the lower mode's a0 */
return_to_caller:
    ld      a0, 8*10(sp)
    la      t0, caller_context
    ld      ra, 0(t0)
    ld      sp, 8(t0)
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11
    ld      s\n, 16+8*\n(t0)
    .endr
    ret

    .bss
    .balign 8
caller_context:
    .space  8 * 14
