/* U-mode entry of sv39-user. It runs at the user alias of the image (another virtual address than the
   one it was linked at), so everything here is pc-relative: its own stack, then user_main, then the exit
   ecall that ends run_in_mode. */
    .file "user-entry.S"  /* else the symbol table names gcc's temporary file, and builds differ */
    .text
    .globl user_entry
user_entry:
    lla     sp, user_stack_top
    call    user_main
    li      a7, 0x4d4b4558          /* LOWER_MODE_EXIT, modes.h */
    ecall

    .bss
    .balign 16
user_stack:
    .space  16384
user_stack_top:
