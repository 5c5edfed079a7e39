/* Runs one peer benchmark image (build.sh's NAME.bin) on TinyEMU's riscv64 machine, built from TinyEMU's own
 * sources by scripts/peer-tinyemu: natively with gcc and to WebAssembly with emscripten, the same file both
 * times. It sets up what TinyEMU's configuration file would ({version: 1, machine: "riscv64", memory_size: 128,
 * bios: "NAME.bin"}; TinyEMU's temu, run with that file, prints the same lines) and then runs the machine in
 * TinyEMU's own steps of 500,000 instructions, as temu's main loop does, until the guest powers it off through
 * HTIF, which ends the process inside TinyEMU (exit(0)).
 *
 * Native: tinyemu-peer IMAGE.bin prints the guest's console on stdout and, at the power-off, the wall time of
 * the run alone on stderr ("tinyemu-peer: run seconds S"). WebAssembly (tinyemu-worker.js): the worker calls
 * peer_load(path) for an image written into emscripten's in-memory file system, then times peer_run() itself;
 * built with the runtime kept alive, the power-off's exit(0) throws emscripten's ExitStatus back to the worker
 * instead of ending the instance, so the next image runs in the same one. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cutils.h"
#include "iomem.h"
#include "virtio.h"
#include "machine.h"

#define RAM_MIB 128
#define STEP_INSTRUCTIONS 500000 /* temu.c's MAX_EXEC_CYCLE */

static VirtMachine *machine;

static void console_write(void *opaque, const uint8_t *buf, int len) {
    fwrite(buf, 1, len, stdout);
    fflush(stdout);
}

static int console_read(void *opaque, uint8_t *buf, int len) {
    return 0; /* the images read no input */
}

static CharacterDevice console = {NULL, console_write, console_read};

static uint8_t *read_image(const char *path, int *length) {
    FILE *file = fopen(path, "rb");
    if (!file) {
        perror(path);
        exit(2);
    }
    fseek(file, 0, SEEK_END);
    *length = (int) ftell(file);
    fseek(file, 0, SEEK_SET);
    uint8_t *bytes = malloc(*length);
    if (fread(bytes, 1, *length, file) != (size_t) *length) {
        fprintf(stderr, "%s: short read\n", path);
        exit(2);
    }
    fclose(file);
    return bytes;
}

/* A fresh machine for the image (the page runs several images in one instance, so the last one is freed). */
int peer_load(const char *path) {
    static VirtMachineParams params;
    if (machine) {
        virt_machine_end(machine);
        machine = NULL;
    }
    memset(&params, 0, sizeof params);
    params.vmc = &riscv_machine_class;
    params.machine_name = "riscv64";
    params.ram_size = (uint64_t) RAM_MIB << 20;
    params.console = &console;
    params.files[VM_FILE_BIOS].filename = (char *) path;
    params.files[VM_FILE_BIOS].buf = read_image(path, &params.files[VM_FILE_BIOS].len);
    machine = params.vmc->virt_machine_init(&params);
    free(params.files[VM_FILE_BIOS].buf); /* copied into the machine's RAM */
    return machine != NULL;
}

/* Returns only if the guest never powers off within the budget: the power-off ends the process (natively) or
   throws ExitStatus (WebAssembly). */
void peer_run(void) {
    for (uint64_t executed = 0; executed < 20000000000ull; executed += STEP_INSTRUCTIONS) {
        virt_machine_interp(machine, STEP_INSTRUCTIONS);
    }
    fprintf(stderr, "tinyemu-peer: the guest did not power off\n");
}

#ifndef __EMSCRIPTEN__
static struct timespec run_started;

static void report_time(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double seconds = (double) (now.tv_sec - run_started.tv_sec) + (double) (now.tv_nsec - run_started.tv_nsec) / 1e9;
    fprintf(stderr, "tinyemu-peer: run seconds %.6f\n", seconds);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: tinyemu-peer IMAGE.bin\n");
        return 2;
    }
    if (!peer_load(argv[1])) return 2;
    atexit(report_time);
    clock_gettime(CLOCK_MONOTONIC, &run_started);
    peer_run();
    return 1;
}
#endif
