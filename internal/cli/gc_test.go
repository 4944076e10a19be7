package cli

import (
	"runtime/debug"
	"testing"
)

// TestBatchGC: a batch sets the collector's percentage, one file and a
// GOGC in the environment leave it as it is.
func TestBatchGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	t.Setenv("GOGC", "")
	batchGC(1)
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("one file: GOGC %d, want 100 (unchanged)", got)
	}
	batchGC(2)
	if got := debug.SetGCPercent(100); got != batchGCPercent {
		t.Errorf("a batch: GOGC %d, want %d", got, batchGCPercent)
	}
	t.Setenv("GOGC", "200")
	batchGC(2)
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC set by the user: GOGC %d, want 100 (unchanged)", got)
	}
}
