#!/usr/bin/env bash
# Issue 13 at scale, for one binary or two (before and after) in the same run:
#   - a 10,000-case library (../shared/tools/perf/mklib.py): `validate`, `list cases`, and
#     start-up to a quiet first screen with `--cases` on the first run (cold: parsed and
#     checked, then cached) and on the next (warm: the library cache);
#   - `score` of a 1,000,000-event journal: events a second and peak memory.
#
# Usage: bench/scale.sh BINARY [OTHER_BINARY]
#   CASES_N=N   library size (default 10000)    EVENTS=N  journal events (default 1000000)
#   RUNS=N      start-up runs (default 5)       SRC=DIR   library to copy (default Cases)
# Needs python3; start-up figures need ../shared/tools/perf/ptyperf.py.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
tools=$here/../shared/tools/perf
n=${CASES_N:-10000}
events=${EVENTS:-1000000}
runs=${RUNS:-5}
src=${SRC:-$here/Cases}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

CASES="$src" python3 "$tools/mklib.py" "$n" "$work/lib" >/dev/null

# A real journal of the default shift (open the first case, walk its steps), then as many
# `shown` events between two of its steps as asked, before its `ended` line.
printf 'key Enter\n%s\n' "$(printf 'key j\nwait 1\n%.0s' $(seq 8))" > "$work/keys"
"$1" play ed-evening --keys "$work/keys" --cases "$src" --data-dir "$work/data" --trainee bench >/dev/null
journal=$(ls "$work"/data/sessions/*.jsonl | head -1)
python3 - "$journal" "$events" > "$work/big.jsonl" <<'PY'
import json, sys
lines = open(sys.argv[1]).read().splitlines()
events = [json.loads(l) for l in lines[1:]]
ended = events.pop() if events and events[-1]["type"] == "ended" else None
shown = [e for e in events if e["type"] == "shown"]
case, steps = shown[-1]["case"], sorted({e["step"] for e in shown if e["case"] == shown[-1]["case"]})[:2]
seq, t = events[-1]["seq"], events[-1]["t"]
out = [lines[0]] + lines[1:1 + len(events)]
n = int(sys.argv[2]) - len(events) - 1
for i in range(max(n, 0)):
    seq += 1; t += 0.25
    out.append(json.dumps({"case": case, "seq": seq, "step": steps[i % 2], "t": t, "type": "shown"}, separators=(",", ":"), sort_keys=True))
if ended:
    ended["seq"], ended["t"] = seq + 1, t
    out.append(json.dumps(ended, separators=(",", ":"), sort_keys=True))
print("\n".join(out))
PY
lines=$(($(wc -l < "$work/big.jsonl") - 1))
echo "library: $n cases ($(du -sh "$work/lib" | cut -f1)); journal: $lines events ($(du -sh "$work/big.jsonl" | cut -f1))"

measure() {
    local bin=$1
    echo "== $bin"
    /usr/bin/time -f '%e %M' -o "$work/t" "$bin" validate "$work/lib" >/dev/null 2>&1 || true
    read -r s kb < "$work/t"; printf '  validate       %s s, %s MB peak\n' "$s" "$((kb / 1024))"
    /usr/bin/time -f '%e %M' -o "$work/t" "$bin" list cases --cases "$work/lib" >/dev/null 2>&1 || true
    read -r s kb < "$work/t"; printf '  list cases     %s s, %s MB peak\n' "$s" "$((kb / 1024))"
    /usr/bin/time -f '%e %U %M' -o "$work/t" "$bin" score "$work/big.jsonl" --json >/dev/null 2>&1 || true
    read -r s user kb < "$work/t"
    printf '  score          %s s (%s s user), %s events/s, %s MB peak\n' "$s" "$user" \
        "$(python3 -c "print(round($lines / max($s, 0.001)))")" "$((kb / 1024))"
    if [[ -f $tools/ptyperf.py ]]; then
        # One ptyperf call keeps one private HOME, so its first run parses and caches the
        # library (cold) and the others read the cache (warm).
        (cd "$work" && python3 "$tools/ptyperf.py" startup --runs "$((runs + 1))" --limit 300 --worklist "$bin" --cases "$work/lib") > "$work/su.json" || true
        python3 - "$work/su.json" <<'PY'
import json, statistics, sys
runs = json.load(open(sys.argv[1]))["runs"]
cold, warm = runs[0], runs[1:]
print("  start-up cold  ready %s ms, cpu %s ms, rss %s kB" % (cold["ready_ms"], cold["cpu_ms"], cold["rss_kb"]))
med = lambda k: statistics.median(r[k] for r in warm if r[k] is not None)
print("  start-up warm  ready %s ms, cpu %s ms, rss %s kB (median of %d)" % (med("ready_ms"), med("cpu_ms"), med("rss_kb"), len(warm)))
PY
    fi
}

# Absolute paths: the start-up runs change folder.
for bin in "$@"; do measure "$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"; done
