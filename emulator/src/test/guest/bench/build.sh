#!/usr/bin/env bash
# Rebuilds the benchmark workloads (bare-metal ELFs for the QEMU virt board) from the sources beside this
# script, with the same compiler options as the test guests (../gcc.flags). The committed copies live in
# emulator/src/main/resources/org/mkplay/emulator/bench/; BenchWorkloadsTest checks they equal a fresh build.
#
# Usage: build.sh [output-directory]     (default: the committed resources)
# Needs riscv64-unknown-elf-gcc (Debian package gcc-riscv64-unknown-elf; scripts/install-deps installs it).
set -euo pipefail

guest_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
output="${1:-$guest_dir/../../main/resources/org/mkplay/emulator/bench}"
mkdir -p "$output"
output="$(cd "$output" && pwd)"

# relative paths from the guest directory, so the symbol tables do not depend on where the tree is
cd "$guest_dir"
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
