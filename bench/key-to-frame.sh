#!/usr/bin/env bash
# Measurement B of issue 3: in-process time from a key to a frame at 80x24
# (AppSession.press + tick + Frame.render + comparison with the last frame + present on the
# headless backend), median and p95 over 2,000 keys per series. It runs the opt-in
# benchmark in the test target WorklistE2ETests (skipped unless WORKLIST_BENCH=1).
#
# Usage: bench/key-to-frame.sh [debug|release]    (default: release)
#   SCRATCH=DIR  the build folder (default .build-bench)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
config=${1:-release}
scratch=${SCRATCH:-.build-bench}
cd "$here"
# -enable-testing: other test targets use @testable import, which a release build refuses otherwise.
WORKLIST_BENCH=1 swift test -c "$config" -Xswiftc -enable-testing --scratch-path "$scratch" --filter KeyToFrameBench 2>&1 |
    grep -E '^(key to frame|  [a-z])' || { echo "key-to-frame: the benchmark did not run; see swift test output" >&2; exit 1; }
