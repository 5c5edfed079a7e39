/* Benchmark workload "integer-bare": the integer kernel in S-mode with satp = Bare. Twin of integer-sv39:
   the two differ only in address translation. */
#include "../modes.h"
#include "../runtime.h"
#include "kernel.h"

void kernel_step_done(void) {
}

int main(void) {
    println("integer-bare workload");
    modes_init();
    csr_write(satp, 0);
    print_field("checksum ", run_in_mode(MODE_S, kernel_run, KERNEL_STEPS));
    return 0;
}
