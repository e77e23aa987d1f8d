#!/usr/bin/env bash
# Rebuilds fixtures/hybrid/*.elf from fixtures/hybrid/src with Debian clang-19/lld-19:
# static, freestanding AArch64 FreeBSD executables (hybrid CheriBSD programs need nothing more),
# each at -O0 and -O2.
set -euo pipefail
cd "$(dirname "$0")/../fixtures/hybrid"
if ! command -v clang-19 >/dev/null || ! command -v ld.lld-19 >/dev/null; then
  apt-get update -qq && apt-get install -y -qq clang-19 lld-19
fi
CFLAGS=(--target=aarch64-unknown-freebsd14 -ffreestanding -fno-builtin -nostdlib -static -fuse-ld=lld-19
        -fno-stack-protector -fno-pic -Wl,--build-id=none -Isrc)
for src in src/*.c; do
  name=$(basename "$src" .c)
  [ "$name" = rt ] && continue
  for opt in O0 O2; do
    clang-19 "${CFLAGS[@]}" "-$opt" -o "$name-$opt.elf" "$src" src/rt.c
    echo "built fixtures/hybrid/$name-$opt.elf"
  done
done
