package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/art22/checker/internal/synth"
)

// BenchmarkBatch measures art22 check over a directory of 200 generated
// 20 KB declarations, from reading the files to the text report (written
// to io.Discard), with --jobs 1 and 2. It reports declarations per second
// and allocation per declaration. The rules are compiled once per run, as
// in the command.
func BenchmarkBatch(b *testing.B) {
	const files = 200
	dir := b.TempDir()
	for i := range files {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("decl-%05d.yaml", i)), synth.Declaration(20<<10, uint64(i+1)), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	for _, jobs := range []int{1, 2} {
		b.Run(fmt.Sprintf("jobs=%d", jobs), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if code := Main([]string{"check", "--as-of", "2026-11-24", "--jobs", fmt.Sprint(jobs), dir}, io.Discard, io.Discard); code != ExitFindings {
					b.Fatalf("exit code %d, want %d", code, ExitFindings)
				}
			}
			b.ReportMetric(float64(files*b.N)/b.Elapsed().Seconds(), "decl/s")
		})
	}
}
