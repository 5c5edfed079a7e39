#!/usr/bin/env bash
# Builds the peer benchmark images of scripts/peer-tinyemu: the compiler benchmark's C twins sieve, crc32 and
# matmul (bench/src/main/resources/org/mkplay/bench/compiler/, unchanged) with this folder's runtime (peer_rt.c:
# one image for our emulator, QEMU virt and TinyEMU), its start-up and linker script, at two sizes each: about
# 300 M and about 1.5 G instructions. Writes NAME.elf (ours, QEMU) and NAME.bin (the raw image TinyEMU copies to
# 0x8000_0000 as its BIOS: the same bytes, RAM base and entry) into the output directory.
#
# Usage: build.sh OUTPUT-DIRECTORY [--test-sizes]
#   --test-sizes: NAME-test images at the compiler benchmark's test sizes instead (index.txt), for PeerImageTest
# Needs riscv64-unknown-elf-gcc and riscv64-unknown-elf-objcopy (Debian: gcc-riscv64-unknown-elf).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
twins="$(cd "$here/../resources/org/mkplay/bench/compiler" && pwd)"
output="${1:?usage: build.sh OUTPUT-DIRECTORY [--test-sizes]}"
mkdir -p "$output"

# the compiler benchmark's flags for the twins (CTwin), and the twins' layout (bench.ld: RAM at 0x8000_0000)
flags=(-O2 -march=rv64imac -mabi=lp64 -mcmodel=medany -nostdlib -ffreestanding -static)

# name, twin, SIZE: sizes chosen for about 300 M and 1.5 G retired instructions (the images print the count)
images=(
  "sieve-300m sieve 20000000"
  "sieve-1500m sieve 100000000"
  "crc32-300m crc32 7700000"
  "crc32-1500m crc32 38500000"
  "matmul-300m matmul 334"
  "matmul-1500m matmul 570"
)
if [[ "${2:-}" == --test-sizes ]]; then
  images=("sieve-test sieve 2000" "crc32-test crc32 500" "matmul-test matmul 8")
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for line in "${images[@]}"; do
  read -r name twin size <<<"$line"
  riscv64-unknown-elf-gcc "${flags[@]}" -I"$twins" -DSIZE="$size" -Dmain=workload_main \
    -c -o "$work/$name-twin.o" "$twins/$twin/$twin.c"
  riscv64-unknown-elf-gcc "${flags[@]/-march=rv64imac/-march=rv64imac_zicsr}" -I"$twins" \
    -c -o "$work/$name-rt.o" "$here/peer_rt.c"
  riscv64-unknown-elf-gcc "${flags[@]}" -T "$twins/bench.ld" -Wl,--no-warn-rwx-segments -o "$output/$name.elf" \
    "$twins/crt0.S" "$work/$name-rt.o" "$work/$name-twin.o" -lgcc
  riscv64-unknown-elf-objcopy -O binary "$output/$name.elf" "$output/$name.bin"
done
