# Entry of the C twins in M-mode: stack at the top of the 128 MiB of RAM (as for compiled Java),
# .bss cleared (the Java runtime zeroes what it allocates, so both sides pay for zeroing), main, exit.
    .section .text.start, "ax"
    .globl _start
_start:
    li      sp, 0x88000000
    la      t0, __bss_start
    la      t1, __bss_end
1:  bgeu    t0, t1, 2f
    sd      zero, 0(t0)
    addi    t0, t0, 8
    j       1b
2:  call    main
    call    bench_exit
