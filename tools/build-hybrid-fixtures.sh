#!/usr/bin/env bash
# Rebuilds fixtures/hybrid from fixtures/hybrid/src:
#  - NAME-O0.elf / NAME-O2.elf: static, freestanding AArch64 FreeBSD executables (hybrid CheriBSD
#    programs need nothing more) built by Debian clang-19/lld-19 with our tiny runtime (rt.c);
#  - NAME.expected / NAME.status: the oracle — the same C built for the host against its libc
#    (-DMSIM_HOST) and run with the arguments in NAME.args (if any).
set -euo pipefail
cd "$(dirname "$0")/../fixtures/hybrid"
if ! command -v clang-19 >/dev/null || ! command -v ld.lld-19 >/dev/null; then
  apt-get update -qq && apt-get install -y -qq clang-19 lld-19
fi
CFLAGS=(--target=aarch64-unknown-freebsd14 -ffp-contract=off -mno-outline-atomics -ffreestanding -fno-builtin -nostdlib -static -fuse-ld=lld-19
        -fno-stack-protector -fno-pic -Wl,--build-id=none -Isrc)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for src in src/*.c; do
  name=$(basename "$src" .c)
  [ "$name" = rt ] && continue
  for opt in O0 O2; do
    clang-19 "${CFLAGS[@]}" "-$opt" -o "$name-$opt.elf" "$src" src/rt.c
  done
  args=()
  [ -f "$name.args" ] && read -r -a args < "$name.args"
  cc -O1 -ffp-contract=off -DMSIM_HOST -Isrc -o "$tmp/$name" "$src" -lm
  set +e
  (cd "$tmp" && "./$name" "${args[@]}") > "$name.expected"
  echo $? > "$name.status"
  set -e
  echo "built fixtures/hybrid/$name-{O0,O2}.elf, expected status $(cat "$name.status")"
done
