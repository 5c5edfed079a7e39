#!/usr/bin/env bash
# Rebuilds the emulator benchmark workloads (bare-metal ELFs for the QEMU virt board) from the sources beside this
# script, linked with the emulator's test-guest runtime (emulator/src/test/guest: start-up, UART printing, trap
# entries, Sv39 tables) and its compiler options (gcc.flags). The committed copies live in
# bench/src/main/resources/org/mkplay/bench/emulator/; BenchBuildTest checks they equal a fresh build.
#
# Usage: build.sh [output-directory]     (default: the committed resources)
# Needs riscv64-unknown-elf-gcc (Debian package gcc-riscv64-unknown-elf; scripts/install-deps installs it).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
guest_dir="$root/emulator/src/test/guest"
output="${1:-$root/bench/src/main/resources/org/mkplay/bench/emulator}"
mkdir -p "$output"
output="$(cd "$output" && pwd)"

# gcc records each source's path as given in the symbol table: build in a scratch copy laid out as
# runtime/ + bench/, with relative paths, so the images do not depend on where the tree is
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$guest_dir"/*.c "$guest_dir"/*.S "$guest_dir"/*.h "$guest_dir"/virt.ld "$guest_dir"/gcc.flags "$work"/
mkdir "$work/bench"
cp "$here"/*.c "$here"/*.h "$here"/*.S "$work/bench/"
cd "$work"
mapfile -t flags < gcc.flags
runtime=(crt0.S runtime.c modes.S modes.c paging.c)

build() {
  local name=$1
  shift
  riscv64-unknown-elf-gcc "${flags[@]}" -o "$output/$name.elf" "${runtime[@]}" "$@"
}

build integer bench/kernel.c bench/integer.c
build integer-bare bench/kernel.c bench/integer-bare.c
build integer-sv39 bench/kernel.c bench/integer-sv39.c
build sv39-user bench/kernel.c bench/sv39-user.c bench/user-entry.S
build memory bench/memory.c
