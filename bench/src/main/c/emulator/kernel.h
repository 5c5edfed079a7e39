/* The integer kernel shared by the integer* and sv39-user workloads: KERNEL_STEPS steps of roughly a
   thousand instructions each (hashing, sorting, trial division, gcd), calling kernel_step_done() after each,
   which every workload defines (empty, or an ecall). */
#ifndef KERNEL_H
#define KERNEL_H

#include <stdint.h>

#ifndef KERNEL_STEPS
#define KERNEL_STEPS 260000
#endif

uint64_t kernel_run(uint64_t steps);
void kernel_step_done(void);

#endif
