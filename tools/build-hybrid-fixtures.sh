#!/usr/bin/env bash
# Rebuilds fixtures/hybrid from fixtures/hybrid/src:
#  - NAME-O0.elf / NAME-O2.elf / NAME-O3.elf: static, freestanding AArch64 FreeBSD executables
#    (hybrid CheriBSD programs need nothing more) built by Debian clang-19/lld-19 with our tiny
#    runtime (rt.c);
#  - NAME-gcc-O2.elf / NAME-gcc-O3.elf: the same built by Debian's GCC cross compiler and GNU ld
#    (aarch64-linux-gnu; freestanding, so only the ELF header's OS/ABI byte is set to FreeBSD);
#  - NAME.expected / NAME.status: the oracle — the same C built for the host against its libc
#    (-DMSIM_HOST) and run with the arguments in NAME.args and only the environment in NAME.env.
set -euo pipefail
cd "$(dirname "$0")/../fixtures/hybrid"
if ! command -v clang-19 >/dev/null || ! command -v ld.lld-19 >/dev/null || ! command -v aarch64-linux-gnu-gcc >/dev/null; then
  apt-get update -qq && apt-get install -y -qq clang-19 lld-19 gcc-aarch64-linux-gnu
fi
CFLAGS=(--target=aarch64-unknown-freebsd14 -ffp-contract=off -mno-outline-atomics -ffreestanding -fno-builtin -nostdlib -static -fuse-ld=lld-19
        -fno-stack-protector -fno-pic -Wl,--build-id=none -Isrc)
GCCFLAGS=(-ffp-contract=off -fno-math-errno -mno-outline-atomics -ffreestanding -fno-builtin -nostdlib -static -no-pie -fno-pic
          -fno-stack-protector -Wl,--build-id=none -Isrc)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for src in src/*.c; do
  name=$(basename "$src" .c)
  [ "$name" = rt ] && continue
  for opt in O0 O2 O3; do
    clang-19 "${CFLAGS[@]}" "-$opt" -o "$name-$opt.elf" "$src" src/rt.c
  done
  for opt in O2 O3; do
    aarch64-linux-gnu-gcc "${GCCFLAGS[@]}" "-$opt" -o "$name-gcc-$opt.elf" "$src" src/rt.c
    printf '\x09' | dd of="$name-gcc-$opt.elf" bs=1 seek=7 conv=notrunc status=none # EI_OSABI = ELFOSABI_FREEBSD
  done
  args=()
  [ -f "$name.args" ] && read -r -a args < "$name.args"
  envs=()
  [ -f "$name.env" ] && mapfile -t envs < "$name.env"
  cc -O1 -ffp-contract=off -DMSIM_HOST -Isrc -o "$tmp/$name" "$src" -lm
  set +e
  (cd "$tmp" && env -i "${envs[@]}" "./$name" "${args[@]}") > "$name.expected"
  echo $? > "$name.status"
  set -e
  echo "built fixtures/hybrid/$name-{O0,O2,O3,gcc-O2,gcc-O3}.elf, expected status $(cat "$name.status")"
done
