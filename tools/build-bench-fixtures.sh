#!/usr/bin/env bash
# Rebuilds fixtures/bench (the programs `npm run bench` times; nothing is built at benchmark time):
#  - loop-a64.elf, loop-c64.elf: assembly loops (fixtures/bench/src) built by our assembler (tools/asm);
#  - NAME-O2.elf: hybrid FreeBSD build of fixtures/bench/src/kernel.c wrapped around the hybrid fixture
#    NAME.c (its main() run N times, N = argv[1]), with Debian clang-19/lld-19 as the fixtures are;
#  - NAME-O2.linux: the same C for Linux (-DMSIM_LINUX), for qemu-aarch64 to run as the reference
#    (not named .elf: `morello-sim test fixtures/` runs only FreeBSD programs);
#  - NAME.expected / NAME.status: with N = 1 the kernel is the fixture, so its native oracle is copied.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v clang-19 >/dev/null || ! command -v ld.lld-19 >/dev/null; then
  apt-get update -qq && apt-get install -y -qq clang-19 lld-19
fi
[ -f dist/tools/asm/masm.js ] || npx tsc -p tsconfig.json
cd fixtures/bench
node ../../dist/tools/asm/masm.js -o loop-a64.elf src/loop-a64.s
if [ -f src/loop-c64.s ]; then
  node ../../dist/tools/asm/masm.js --purecap -o loop-c64.elf ../purecap/src/crt0.s ../purecap/src/lib.s src/loop-c64.s
fi
COMMON=(-O2 -ffp-contract=off -mno-outline-atomics -ffreestanding -fno-builtin -nostdlib -static -fuse-ld=lld-19
        -fno-stack-protector -fno-pic -Wl,--build-id=none -I../hybrid/src)
for name in sort bytecode mandel life; do
  clang-19 --target=aarch64-unknown-freebsd14 "${COMMON[@]}" "-DKERNEL=\"../../hybrid/src/$name.c\"" -o "$name-O2.elf" src/kernel.c ../hybrid/src/rt.c
  clang-19 --target=aarch64-linux-gnu -DMSIM_LINUX "${COMMON[@]}" "-DKERNEL=\"../../hybrid/src/$name.c\"" -o "$name-O2.linux" src/kernel.c ../hybrid/src/rt.c
  cp "../hybrid/$name.expected" "../hybrid/$name.status" .
  echo "built fixtures/bench/$name-O2.elf and $name-O2.linux"
done
