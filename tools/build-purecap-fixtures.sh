#!/usr/bin/env bash
# Rebuilds fixtures/purecap from fixtures/purecap/src with morello-sim's own assembler (tools/asm):
#  - NAME.elf: a static purecap (CheriABI) executable, crt0.s + lib.s + NAME.s, laid out as lld does;
#  - NAME-hybrid.elf from NAME-hybrid.s: a plain AArch64 (hybrid) build, no start-up code needed
#    beyond its own _start.
# Expected output and status (NAME.expected / NAME.status) are written by hand from the programs'
# specification (what CheriBSD prints and exits with), not by running the simulator.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/tools/asm/masm.js ] || npx tsc -p tsconfig.json
MASM="$PWD/dist/tools/asm/masm.js"
masm() { node "$MASM" "$@"; }
cd fixtures/purecap
for src in src/*.s; do
  name=$(basename "$src" .s)
  case "$name" in
    crt0|lib) continue ;;
    *-hybrid) masm -o "$name.elf" "$src" ;;
    *) masm --purecap -o "$name.elf" src/crt0.s src/lib.s "$src" ;;
  esac
  echo "built fixtures/purecap/$name.elf"
done
