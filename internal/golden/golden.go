// Package golden compares test output with checked-in files, and rewrites
// them when tests run with -update. Every test package that checks generated
// files imports it, so `go test ./... -update` is accepted by all of them.
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Update is set by -update: rewrite golden files instead of comparing.
var Update = flag.Bool("update", false, "rewrite golden and generated files instead of comparing them")

// Check compares got with the file at path. With -update it writes got
// there instead. A mismatch fails the test with a diff and the command that
// regenerates the file.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *Update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%s: %v (run `go test ./... -update` to create it)", path, err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s is out of date (-checked-in +generated):\n%s\nrun `go test ./... -update` and review the diff", path, cmp.Diff(string(want), string(got)))
	}
}
