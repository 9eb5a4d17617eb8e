#!/usr/bin/env bash
# Builds the plumb-bench benchmark in release mode (own scratch folder, so it never fights other builds)
# and runs it from the repository root. Extra arguments go to plumb-bench, e.g.:
#   scripts/bench.sh --records 10000 --runs 5 --jobs 4
# Exit status: 0 all targets met, 1 a target missed (or the synthetic data did not load cleanly), 2 the run failed.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product plumb-bench --scratch-path .build-bench
exec .build-bench/release/plumb-bench "$@"
