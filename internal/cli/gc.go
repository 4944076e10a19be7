package cli

import (
	"os"
	"runtime/debug"
)

// batchGCPercent is the collector's setting for a batch, once the rules
// are compiled: a batch's live heap is small and steady (about 14 MiB), and
// with the default (100) the peak memory of 10,000 files of 20 KB was
// 68.0 MB in 94.5 s; with 70, 59.6 MB in 101.0 s; with 60, 58.7 MB in
// 109.6 s (docs/performance.md): 70 keeps the promise of 60 MB for the
// smallest cost.
const batchGCPercent = 70

// batchGC sets the collector for a batch of files. A GOGC in the
// environment is the user's choice and is kept; one file keeps the default
// (its cost is compiling, and a cold run's latency matters more).
func batchGC(files int) {
	if files < 2 || os.Getenv("GOGC") != "" {
		return
	}
	debug.SetGCPercent(batchGCPercent)
}
