#!/usr/bin/env bash
# Issue 13, first slice: library load (the identifier lint only in `validate`) and the
# history first import, for one binary or two (before and after) in the same run.
#
# Usage: bench/load-and-history.sh BINARY [OTHER_BINARY]
#   RUNS=N        whole-process runs per figure (default 5; history runs: HRUNS, default 3)
#   JOURNALS=DIR  a sessions/ folder of journals for the history figure; make 1,000 sessions
#                 x 20 cases with the opt-in test (it leaves them in $TMPDIR/worklist-history-*):
#                   WORKLIST_BENCH=1 swift test --filter HistoryBenchmark
#                 Without JOURNALS the newest such folder is used, if any.
#
# Figures, per binary:
#   - instructions (valgrind --tool=callgrind, on a stripped copy: the debug info of a Swift
#     release binary stops valgrind) for `list cases` and `validate` on the shipped Cases/;
#   - start-up to a quiet first screen with the built-in library, against gtypist, through
#     ../shared/tools/perf/ptyperf.py (medians);
#   - `worklist history` on a data folder holding only the journals (the first import),
#     wall and CPU seconds from /usr/bin/time, median of HRUNS.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
perf=$here/../shared/tools/perf/ptyperf.py
runs=${RUNS:-5}
hruns=${HRUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

journals=${JOURNALS:-}
if [[ -z $journals ]]; then
    newest=$(ls -td "${TMPDIR:-/tmp}"/worklist-history-*/sessions 2>/dev/null | head -1 || true)
    journals=$newest
fi

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

measure() {
    local name=$1 bin=$2
    strip -o "$work/$name" "$bin"
    local s=$work/$name
    echo "== $name ($bin)"
    for cmd in "list cases --cases $here/Cases" "validate $here/Cases"; do
        # shellcheck disable=SC2086
        valgrind --tool=callgrind --callgrind-out-file="$work/cg" "$s" $cmd >/dev/null 2>"$work/cg.err" || true
        printf '  %-14s %s instructions\n' "${cmd%% [-/]*}" "$(sed -n 's/.*Collected : //p' "$work/cg.err")"
    done
    if [[ -f $perf ]]; then
        (cd "$work" && python3 "$perf" startup --runs "$runs" --worklist "$s") > "$work/su.json"
        python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print('  start-up       ready %s ms, cpu %s ms, rss %s kB (median)' % (d['ready_ms_median'], d['cpu_ms_median'], d['rss_kb_median']))" "$work/su.json"
    fi
    if [[ -n $journals && -d $journals ]]; then
        local walls=() cpus=()
        for _ in $(seq "$hruns"); do
            rm -rf "$work/data" && mkdir -p "$work/data" && cp -r "$journals" "$work/data/sessions"
            /usr/bin/time -f '%e %U %S' -o "$work/t" "$s" history --data-dir "$work/data" >/dev/null 2>&1
            read -r wall user sys < "$work/t"
            walls+=("$wall"); cpus+=("$(echo "$user + $sys" | bc)")
        done
        printf '  history import %s journals: wall %s s, cpu %s s (median of %s)\n' \
            "$(ls "$journals" | wc -l)" "$(printf '%s\n' "${walls[@]}" | median)" \
            "$(printf '%s\n' "${cpus[@]}" | median)" "$hruns"
    fi
}

measure A "$1"
[[ $# -ge 2 ]] && measure B "$2"
if [[ -f $perf ]]; then
    (cd "$work" && python3 "$perf" startup --runs "$runs" --gtypist) > "$work/gt.json"
    python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print('== gtypist start-up: ready %s ms, cpu %s ms (median)' % (d['ready_ms_median'], d['cpu_ms_median']))" "$work/gt.json"
fi
