/* Benchmark workload "integer": the integer kernel in M-mode, no translation, no traps. */
#include "../runtime.h"
#include "kernel.h"

void kernel_step_done(void) {
}

int main(void) {
    println("integer workload");
    print_field("checksum ", kernel_run(KERNEL_STEPS));
    return 0;
}
