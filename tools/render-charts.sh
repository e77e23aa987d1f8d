#!/usr/bin/env bash
# Renders profile charts (SVG) to PNG with Debian's headless Chromium, to look at them:
#   tools/render-charts.sh out-dir a.svg [b.svg ...]
set -euo pipefail
out=$1; shift
mkdir -p "$out"
if ! command -v chromium >/dev/null; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; fi
for svg in "$@"; do
  png="$out/$(basename "${svg%.svg}").png"
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$(mktemp -d)" --window-size=700,400 \
    --screenshot="$png" "file://$(realpath "$svg")" >/dev/null 2>&1
  echo "$png"
done
