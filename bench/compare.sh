#!/usr/bin/env bash
# Times art22 beside stock OPA and conftest, built at pinned versions from
# the Go module proxy, on the same rules and inputs, in alternation, and
# prints medians and ratios. Usage: bench/compare.sh [RUNS]
# ART22_BENCH_BATCH (200) sets the batch size, ART22_BENCH_MEM_FILES (10000)
# the size of the peak-memory run (0 skips it).
# See docs/performance.md. Needs only Go (and network access to the proxy
# the first time).
set -euo pipefail
cd "$(dirname "$0")/.."

OPA_VERSION=v1.22.2        # the version in go.mod
CONFTEST_VERSION=v0.71.1
runs=${1:-15}

work=$(mktemp -d "${TMPDIR:-/tmp}/art22-compare.XXXXXX")
trap 'rm -rf "$work"' EXIT
bin="${ART22_BENCH_BIN:-$HOME/.cache/art22-bench}"
mkdir -p "$bin/opa-$OPA_VERSION" "$bin/conftest-$CONFTEST_VERSION"

echo "building art22 (this checkout), opa $OPA_VERSION, conftest $CONFTEST_VERSION" >&2
go build -o "$work/art22" ./cmd/art22
[ -x "$bin/opa-$OPA_VERSION/opa" ] ||
  GOFLAGS= GOBIN="$bin/opa-$OPA_VERSION" go install "github.com/open-policy-agent/opa@$OPA_VERSION"
[ -x "$bin/conftest-$CONFTEST_VERSION/conftest" ] ||
  GOFLAGS= GOBIN="$bin/conftest-$CONFTEST_VERSION" go install "github.com/open-policy-agent/conftest@$CONFTEST_VERSION"

echo "machine: $(nproc) cores, $(uname -sm), $(go version)"
grep -m1 'model name' /proc/cpuinfo 2>/dev/null || true
go run ./bench/compare -runs "$runs" -work "$work" -rules rules \
  -art22 "$work/art22" -opa "$bin/opa-$OPA_VERSION/opa" -conftest "$bin/conftest-$CONFTEST_VERSION/conftest" \
  -batch "${ART22_BENCH_BATCH:-200}" -mem "${ART22_BENCH_MEM_FILES:-10000}"
