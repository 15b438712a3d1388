#!/usr/bin/env bash
# Measurement A of issue 3: bytes the trainer writes to the terminal when the worklist
# selection moves one row at 80x24, and the bytes of an idle second (the header clock).
#
# Usage: bench/selection-bytes.sh [BINARY]     (default: .build/release/worklist)
#   MOVES=N      selection moves to measure (default 20)
#   IDLE=S       seconds of idle output to measure on each screen (default 10)
#   TERM_TYPE=T  the pane's terminal type (default tmux-256color)
#
# The binary runs in a private tmux server (80x24) on the small test library of
# Tests/WorklistE2ETests/Fixtures/Cases; `tmux pipe-pane` copies every byte the program
# writes to its terminal into a file. A selection move is timed to fall between two clock
# ticks (0.2-0.5 s after a tick, ticks are 1 s apart), so its figure excludes the tick.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$here/.build/release/worklist}
cases=$here/Tests/WorklistE2ETests/Fixtures/Cases
moves=${MOVES:-20}
idle=${IDLE:-10}
term=${TERM_TYPE:-tmux-256color}
command -v tmux >/dev/null || { echo "selection-bytes: tmux is not installed" >&2; exit 2; }
[ -x "$bin" ] || { echo "selection-bytes: no executable at $bin; build it first (swift build -c release)" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/worklist-bench.XXXXXX")
socket=wl-bench-$$
out=$tmp/out
t() { TMUX_TMPDIR=$tmp tmux -L "$socket" -f /dev/null "$@"; }   # the socket goes with $tmp
cleanup() { t kill-server 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT

q() { printf "'%s'" "${1//\'/\'\\\'\'}"; }
app="env -i PATH=/usr/local/bin:/usr/bin:/bin TERM=\"\$TERM\" LANG=C.UTF-8 HOME=$(q "$tmp") \
SWIFT_BACKTRACE=interactive=no XDG_CONFIG_HOME=$(q "$tmp/config") XDG_DATA_HOME=$(q "$tmp/xdg") \
$(q "$bin") --cases $(q "$cases") --data-dir $(q "$tmp/data") --trainee bench"
# The pause gives pipe-pane time to attach before the first frame.
LANG=C.UTF-8 t start-server \; set-option -g default-terminal "$term" \; \
    new-session -d -x 80 -y 24 "sleep 0.5; $app; echo EXIT=\$?; sleep 300"
t pipe-pane -o -t 0 "cat >> $(q "$out")"

size() { stat -c %s "$out" 2>/dev/null || echo 0; }
wait_for() { # TEXT: until the screen shows it (5 s)
    local i
    for i in $(seq 100); do t capture-pane -p -t 0 | grep -qF -- "$1" && return 0; sleep 0.05; done
    echo "selection-bytes: timed out waiting for \"$1\"; the screen:" >&2; t capture-pane -p -t 0 >&2; exit 1
}
wait_tick() { # until the output grows (the clock ticked), then 0.2 s more
    local s0 s1 i
    s0=$(size)
    for i in $(seq 400); do sleep 0.005; s1=$(size); [ "$s1" -gt "$s0" ] && break; done
    sleep 0.2
}
median() { sort -n | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
idle_rate() { # bytes per second over $idle seconds
    local a b
    wait_tick
    a=$(size); sleep "$idle"; b=$(size)
    awk -v d=$((b - a)) -v s="$idle" 'BEGIN {printf "%.1f", d / s}'
}

wait_for "Enter open"
sleep 1
first=$(size)

# Selection moves: j j k k ..., each measured between two ticks.
keys=(j j k k)
rows=("STAT" "URG" "STAT" "RTN")
deltas=()
for i in $(seq 0 $((moves - 1))); do
    wait_tick
    a=$(size)
    t send-keys -t 0 "${keys[$((i % 4))]}"
    sleep 0.3
    b=$(size)
    wait_for "▸ ${rows[$((i % 4))]}"
    deltas+=($((b - a)))
done
move_median=$(printf '%s\n' "${deltas[@]}" | median)
move_min=$(printf '%s\n' "${deltas[@]}" | sort -n | head -1)
move_max=$(printf '%s\n' "${deltas[@]}" | sort -n | tail -1)

idle_worklist=$(idle_rate)

# The reading screen: one step move, and its idle rate.
t send-keys -t 0 g Enter
wait_for "(1/3)"
sleep 0.5
step_deltas=()
steps=(j k)
for i in $(seq 0 9); do
    wait_tick
    a=$(size)
    t send-keys -t 0 "${steps[$((i % 2))]}"
    sleep 0.3
    b=$(size)
    step_deltas+=($((b - a)))
done
step_median=$(printf '%s\n' "${step_deltas[@]}" | median)
idle_reading=$(idle_rate)

echo "worklist $("$bin" --version 2>/dev/null || true), TERM=$term, 80x24, $(nproc) cores"
echo "first frame (worklist screen):             $first bytes"
echo "worklist selection move, one row:          median $move_median bytes (min $move_min, max $move_max; $moves moves: ${deltas[*]})"
echo "worklist idle (clock ticking):             $idle_worklist bytes/s over ${idle} s"
echo "reading step move (checklist + view):      median $step_median bytes (10 moves: ${step_deltas[*]})"
echo "reading idle (clock ticking):              $idle_reading bytes/s over ${idle} s"
