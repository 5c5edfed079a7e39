/* Console output and exit for the C twins (bench_rt.c): what System.out and System.exit are to Java. */
#ifndef BENCH_H
#define BENCH_H

void print_char(char c);
void print_str(const char *s);
void print_long(long v);
void bench_exit(int status) __attribute__((noreturn));

#endif
