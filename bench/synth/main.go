// Command synth writes synthetic declarations for benchmarks: N files of
// about SIZE bytes each, generated deterministically (file i from seed i+1).
//
//	go run ./bench/synth -n 200 -size 20480 -dir /tmp/art22-bench/20k
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/art22/checker/internal/synth"
)

func main() {
	n := flag.Int("n", 1, "number of files")
	size := flag.Int("size", 20<<10, "approximate size of each file, in bytes")
	dir := flag.String("dir", ".", "directory to write decl-NNNNN.yaml files to")
	flag.Parse()
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for i := range *n {
		path := filepath.Join(*dir, fmt.Sprintf("decl-%05d.yaml", i))
		if err := os.WriteFile(path, synth.Declaration(*size, uint64(i+1)), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
