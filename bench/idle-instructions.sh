#!/usr/bin/env bash
# Instructions per second with nothing pressed, the header clock ticking, counted
# (valgrind --tool=callgrind) on the headless `play` of the small library of the
# real-terminal tests (nothing arrives or rings for its first 30 minutes): two runs of 60 and
# 180 virtual seconds of `wait`, and the difference over 120 s, so start-up and scoring cancel
# out. Each second is one clock tick: the loop wakes, the engine advances and a frame is
# built (the same SessionLoop as the terminal; only the clock is scripted).
#
# Usage: bench/idle-instructions.sh [BINARY]   (default .build/release/worklist)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-.build/release/worklist}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# valgrind cannot read a Swift release binary's debug info; the symbol table is enough.
strip --strip-debug -o "$work/worklist" "$bin"
count() {
    printf 'wait %s\n' "$1" > "$work/keys$1"
    (cd "$work" && valgrind --tool=callgrind --callgrind-out-file="$work/cg$1" ./worklist play e2e-shift \
        --cases "$here/Tests/WorklistE2ETests/Fixtures/Cases" --keys "$work/keys$1" --data-dir "$work/data$1" \
        >/dev/null 2>"$work/err$1")
    sed -n 's/.*Collected : //p' "$work/err$1"
}
a=$(count 60)
b=$(count 180)
echo "60 s: $a instructions; 180 s: $b; per second idle: $(( (b - a) / 120 ))"
