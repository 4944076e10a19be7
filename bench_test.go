package checker_test

import (
	"context"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/art22/checker"
	"github.com/art22/checker/internal/synth"
	"github.com/art22/checker/policy"
)

// Benchmarks for docs/performance.md. Run:
//
//	go test -run='^$' -bench=. -benchmem -count=6 . | tee new.txt
//
// and compare runs with benchstat.

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := checker.New(checker.WithAsOf(asOf)); err != nil {
			b.Fatal(err)
		}
	}
}

func benchInputs(b *testing.B) map[string][]byte {
	tm, err := os.ReadFile("examples/tm/declaration.yaml")
	if err != nil {
		b.Fatal(err)
	}
	return map[string][]byte{
		"tm":    tm,
		"5KB":   synth.Declaration(5<<10, 1),
		"20KB":  synth.Declaration(20<<10, 1),
		"200KB": synth.Declaration(200<<10, 1),
	}
}

var benchOrder = []string{"tm", "5KB", "20KB", "200KB"}

// benchFile is the file name each input loads as: the TM declaration reads
// its texts from the files beside it.
func benchFile(name string) string {
	if name == "tm" {
		return "examples/tm/declaration.yaml"
	}
	return name
}

// BenchmarkCheck measures Check on a loaded declaration.
func BenchmarkCheck(b *testing.B) {
	c := newChecker(b)
	inputs := benchInputs(b)
	for _, name := range benchOrder {
		decls, err := policy.Load(benchFile(name), inputs[name])
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(inputs[name])))
			for b.Loop() {
				if _, err := c.Check(context.Background(), decls[0]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkEndToEnd measures YAML bytes to findings: loading and checking.
func BenchmarkEndToEnd(b *testing.B) {
	c := newChecker(b)
	inputs := benchInputs(b)
	for _, name := range benchOrder {
		data := inputs[name]
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				decls, err := policy.Load(benchFile(name), data)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := c.Check(context.Background(), decls[0]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLoad measures loading alone (the YAML parse and strict decode).
func BenchmarkLoad(b *testing.B) {
	inputs := benchInputs(b)
	for _, name := range benchOrder {
		data := inputs[name]
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := policy.Load(benchFile(name), data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCheckLatency reports the median and the 99th percentile of
// Check on the 20 KB declaration, from the time of each call.
func BenchmarkCheckLatency(b *testing.B) {
	c := newChecker(b)
	decls, err := policy.Load("20KB", synth.Declaration(20<<10, 1))
	if err != nil {
		b.Fatal(err)
	}
	var times []time.Duration
	for b.Loop() {
		start := time.Now()
		if _, err := c.Check(context.Background(), decls[0]); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(start))
	}
	slices.Sort(times)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(times[len(times)/2]), "p50-ms")
	b.ReportMetric(ms(times[len(times)*99/100]), "p99-ms")
}
