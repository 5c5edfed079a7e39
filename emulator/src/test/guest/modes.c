#include "modes.h"
#include "runtime.h"

#define TRAP_STACK_SIZE 8192

static uint8_t machine_stack[TRAP_STACK_SIZE] __attribute__((aligned(16)));
static uint8_t supervisor_stack[TRAP_STACK_SIZE] __attribute__((aligned(16)));
extern char m_vector[], s_vector[];

void modes_init(void) {
    csr_write(mtvec, (uint64_t) m_vector);
    csr_write(mscratch, (uint64_t) (machine_stack + TRAP_STACK_SIZE));
    csr_write(stvec, (uint64_t) s_vector);
    csr_write(sscratch, (uint64_t) (supervisor_stack + TRAP_STACK_SIZE));
}

uint64_t instruction_length(uint64_t address) {
    return (*(volatile uint16_t *) address & 3) == 3 ? 4 : 2;
}

static const char *mode_name(uint64_t mode) {
    return mode == 0 ? "U" : mode == 1 ? "S" : mode == 3 ? "M" : "?";
}

void print_trap_frame(const char *who, const struct trap_frame *frame, uint64_t previous_mode) {
    print(who);
    print(" trap ");
    if ((int64_t) frame->cause < 0) {
        print("interrupt ");
    }
    print_dec((int64_t) (frame->cause << 1 >> 1));
    print(" from ");
    print(mode_name(previous_mode));
    print(" tval ");
    print_hex(frame->tval);
    print(" epc ");
    print_hex(frame->epc);
    putchar_uart('\n');
}

/* Guests that take no trap in a mode leave these out: reaching one is a failure. */
__attribute__((weak)) void machine_trap(struct trap_frame *frame) {
    print_trap_frame("unexpected M", frame, (frame->status >> 11) & 3);
    exit(98);
}

__attribute__((weak)) void supervisor_trap(struct trap_frame *frame) {
    print_trap_frame("unexpected S", frame, (frame->status >> 8) & 1);
    exit(97);
}
