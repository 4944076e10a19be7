#!/usr/bin/env bash
# A/B comparison of two revisions' benchmarks, interleaved call by call on
# this machine. Usage: bench/ab.sh REV_A REV_B [BENCH_REGEX] [ROUNDS] [PKG]
#   bench/ab.sh main HEAD 'BenchmarkCheck$' 15
#   bench/ab.sh main HEAD 'BenchmarkBatch' 10 ./internal/cli
# REV_B may be "worktree" for uncommitted changes. Prints the median of each
# side, the ratio B/A and the spread of the per-round ratios. Every figure in
# docs/performance.md that compares two variants comes from this script.
set -euo pipefail
cd "$(dirname "$0")/.."
a=${1:?REV_A}; b=${2:?REV_B}; bench=${3:-.}; rounds=${4:-10}; pkg=${5:-.}
work=$(mktemp -d "${TMPDIR:-/tmp}/art22-ab.XXXXXX")
trap 'git worktree remove --force "$work/a" >/dev/null 2>&1 || true; git worktree remove --force "$work/b" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

build() { # rev dir out
  if [ "$1" = worktree ]; then
    go test -c -o "$3" "$pkg"
  else
    git worktree add --detach -q "$2" "$1"
    (cd "$2" && go test -c -o "$3" "$pkg")
  fi
}
build "$a" "$work/a" "$work/a.test"
build "$b" "$work/b" "$work/b.test"
echo "A = $a ($(git rev-parse --short "$a" 2>/dev/null || echo "$a")), B = $b; $(nproc) cores; $rounds rounds of $bench in $pkg" >&2
# Benchmarks read testdata and examples relative to their package directory.
go run ./bench/ab -a "$work/a.test" -b "$work/b.test" -bench "$bench" -rounds "$rounds" -dir "$pkg"
