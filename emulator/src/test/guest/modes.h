/* Running code in S- and U-mode: full-register trap entries for M and S that call machine_trap() and
   supervisor_trap() (a guest defines the ones it needs), and run_in_mode(), which calls a function in a less
   privileged mode and returns its value once it returns (or ecalls with a7 = LOWER_MODE_EXIT). */
#ifndef MODES_H
#define MODES_H

#include <stdint.h>

#define MODE_U 0
#define MODE_S 1
#define LOWER_MODE_EXIT 0x4d4b4558 /* a7 of the ecall that ends run_in_mode */

/* what the trap entries saved; a handler may change it, and the entry restores it (epc and status too) */
struct trap_frame {
    uint64_t x[32];
    uint64_t epc;
    uint64_t cause;
    uint64_t tval;
    uint64_t status;
};

#define REG_RA 1
#define REG_SP 2
#define REG_A0 10
#define REG_A7 17

/* mtvec/stvec point at the entries below, mscratch/sscratch at their own trap stacks */
void modes_init(void);
uint64_t run_in_mode(int mode, uint64_t (*function)(uint64_t), uint64_t argument);

void machine_trap(struct trap_frame *frame);
void supervisor_trap(struct trap_frame *frame);

/* 2 or 4: the length of the instruction at address (which must be readable as it is) */
uint64_t instruction_length(uint64_t address);
/* "M trap cause C from MODE tval T epc E" and friends, for transcripts */
void print_trap_frame(const char *who, const struct trap_frame *frame, uint64_t previous_mode);

#endif
