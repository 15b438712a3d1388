#!/usr/bin/env bash
# Instructions per worklist selection move, counted (valgrind --tool=callgrind) on the
# headless `play` of the default shift with the built-in library: two runs of 100 and 300
# j/k moves, and the difference over 200 moves, so start-up and scoring cancel out. The
# ncurses write is not in it (bench/selection-bytes.sh counts its bytes).
#
# Usage: bench/move-instructions.sh [BINARY]   (default .build/release/worklist)
set -euo pipefail
bin=${1:-.build/release/worklist}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# valgrind cannot read a Swift release binary's debug info; the symbol table is enough.
strip --strip-debug -o "$work/worklist" "$bin"
count() {
    python3 -c "print('\n'.join('key j' if i % 2 == 0 else 'key k' for i in range($1)))" > "$work/keys$1"
    (cd "$work" && valgrind --tool=callgrind --callgrind-out-file="$work/cg$1" ./worklist play ed-evening \
        --keys "$work/keys$1" --data-dir "$work/data$1" >/dev/null 2>"$work/err$1")
    sed -n 's/.*Collected : //p' "$work/err$1"
}
a=$(count 100)
b=$(count 300)
echo "100 moves: $a instructions; 300 moves: $b; per move: $(( (b - a) / 200 ))"
