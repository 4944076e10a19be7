// Command ab compares two builds of the same benchmarks, A and B, run
// interleaved call by call on the same machine, so that drift in the
// machine's speed (other load, frequency scaling, a noisy neighbour) hits
// both alike. It prints, per benchmark, the median ns/op of each, the ratio
// B/A of the medians, and the spread of the per-round ratios (10th to 90th
// percentile): a claim such as "B takes 0.6x as long" holds only when the
// whole spread says so.
//
// bench/ab.sh builds the two test binaries from two revisions and runs it:
//
//	bench/ab.sh main HEAD 'BenchmarkCheck$' 15
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
)

func main() {
	a := flag.String("a", "", "test binary A (the baseline)")
	b := flag.String("b", "", "test binary B (the change)")
	bench := flag.String("bench", ".", "benchmarks to run (-test.bench)")
	rounds := flag.Int("rounds", 10, "rounds; each runs A then B (or B then A, alternately)")
	benchtime := flag.String("benchtime", "1s", "-test.benchtime of each call")
	dir := flag.String("dir", ".", "directory the benchmarks run in (the package's directory)")
	flag.Parse()
	if *a == "" || *b == "" {
		fmt.Fprintln(os.Stderr, "ab: -a and -b are required")
		os.Exit(2)
	}
	res := map[string][2][]float64{}
	var order []string
	for r := range *rounds {
		// Alternate which goes first, so neither always runs on a warmer machine.
		first, second := 0, 1
		if r%2 == 1 {
			first, second = 1, 0
		}
		for _, side := range []int{first, second} {
			bin := []string{*a, *b}[side]
			out, err := runBench(bin, *bench, *benchtime, *dir)
			if err != nil {
				fmt.Fprintf(os.Stderr, "ab: %s: %v\n%s", bin, err, out)
				os.Exit(1)
			}
			for name, ns := range parse(out) {
				v := res[name]
				if len(v[0]) == 0 && len(v[1]) == 0 {
					order = append(order, name)
				}
				v[side] = append(v[side], ns)
				res[name] = v
			}
		}
		fmt.Fprintf(os.Stderr, "round %d/%d done\n", r+1, *rounds)
	}
	fmt.Printf("%-40s %14s %14s %8s %20s\n", "benchmark", "A median", "B median", "B/A", "B/A spread (p10-p90)")
	for _, name := range order {
		v := res[name]
		if len(v[0]) == 0 || len(v[1]) == 0 {
			continue
		}
		n := min(len(v[0]), len(v[1]))
		ratios := make([]float64, n)
		for i := range n {
			ratios[i] = v[1][i] / v[0][i]
		}
		fmt.Printf("%-40s %14s %14s %7.2fx %9.2fx - %.2fx\n", name, human(median(v[0])), human(median(v[1])),
			median(v[1])/median(v[0]), percentile(ratios, 0.1), percentile(ratios, 0.9))
	}
}

func runBench(bin, bench, benchtime, dir string) ([]byte, error) {
	cmd := exec.Command(bin, "-test.run=^$", "-test.bench="+bench, "-test.benchtime="+benchtime, "-test.count=1", "-test.benchmem")
	cmd.Dir = dir
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	err := cmd.Run()
	return buf.Bytes(), err
}

// parse reads "BenchmarkX-2   123   4567 ns/op ..." lines; custom metrics
// (p50-ns, p99-ns) are reported as their own rows.
func parse(out []byte) map[string]float64 {
	m := map[string]float64{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := f[0]
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			switch unit := f[i+1]; {
			case unit == "ns/op":
				m[name] = v
			case strings.HasSuffix(unit, "-ns"):
				m[name+" "+strings.TrimSuffix(unit, "-ns")] = v
			}
		}
	}
	return m
}

func median(xs []float64) float64 { return percentile(xs, 0.5) }

func percentile(xs []float64, p float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	i := int(p * float64(len(s)-1))
	return s[i]
}

func human(ns float64) string {
	switch {
	case ns >= 1e9:
		return fmt.Sprintf("%.2f s", ns/1e9)
	case ns >= 1e6:
		return fmt.Sprintf("%.2f ms", ns/1e6)
	case ns >= 1e3:
		return fmt.Sprintf("%.1f µs", ns/1e3)
	}
	return fmt.Sprintf("%.0f ns", ns)
}
