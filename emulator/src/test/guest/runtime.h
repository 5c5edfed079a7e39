/* A libc-free runtime for the test guests: UART output, number printing, hashing and CSR access. */
#ifndef RUNTIME_H
#define RUNTIME_H

#include <stdint.h>

#define UART_BASE 0x10000000UL
#define CLINT_BASE 0x2000000UL
#define CLINT_MTIMECMP (CLINT_BASE + 0x4000)
#define CLINT_MTIME (CLINT_BASE + 0xBFF8)

#define csr_read(name) ({ uint64_t value_; __asm__ volatile("csrr %0, " #name : "=r"(value_)); value_; })
#define csr_write(name, value) __asm__ volatile("csrw " #name ", %0" : : "r"((uint64_t)(value)) : "memory")
#define csr_set(name, bits) __asm__ volatile("csrs " #name ", %0" : : "r"((uint64_t)(bits)) : "memory")
#define csr_clear(name, bits) __asm__ volatile("csrc " #name ", %0" : : "r"((uint64_t)(bits)) : "memory")

void putchar_uart(char c);
void print(const char *text);
void print_dec(int64_t value);
void print_udec(uint64_t value);
/* 0x followed by 16 hex digits */
void print_hex(uint64_t value);
/* print(label) then print_hex(value) then a newline */
void print_field(const char *label, uint64_t value);
void println(const char *text);

/* mixes value into a running hash (64-bit FNV-1a over the value's bytes) */
uint64_t hash_mix(uint64_t hash, uint64_t value);
#define HASH_INIT 0xcbf29ce484222325ULL

/* xorshift64*: deterministic pseudo-random inputs */
uint64_t random_next(uint64_t *state);

/* counts a failed self-check and prints it; main returns check_failures() */
void check(int ok, const char *what);
int check_failures(void);
/* prints "OK" or "FAILED n" and returns the value for main to return */
int finish(void);

/* Trap catching for M-mode code: after traps_skip(), a synchronous trap fills trap_last and execution
   resumes after the trapping instruction; traps_fatal() restores the report-and-exit vector. */
struct trap_record {
    uint64_t cause;
    uint64_t tval;
    uint64_t epc;
    uint64_t count;
    uint64_t status; /* mstatus on entry to the handler */
};
extern volatile struct trap_record trap_last;
void traps_skip(void);
void traps_fatal(void);
/* clears trap_last (count included) */
void traps_reset(void);

void exit(int status) __attribute__((noreturn));

void *memset(void *destination, int value, unsigned long length);
void *memcpy(void *destination, const void *source, unsigned long length);

#endif
