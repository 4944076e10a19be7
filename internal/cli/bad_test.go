package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/art22/checker/internal/golden"
)

// TestBadInputCorpus runs check on every file of testdata/bad: each must
// exit 2, print nothing on standard output (nothing judged), and print
// exactly the errors in its .err file, with file:line:column where the
// problem has a position.
func TestBadInputCorpus(t *testing.T) {
	chdirRoot(t)
	entries, err := os.ReadDir("testdata/bad")
	if err != nil {
		t.Fatal(err)
	}
	cases := []string{"testdata/bad/missing.yaml"} // a file that does not exist
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".err") {
			cases = append(cases, filepath.Join("testdata/bad", e.Name()))
		}
	}
	for _, path := range cases {
		t.Run(filepath.Base(path), func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			code, out, errs := run(t, "check", path)
			runtime.ReadMemStats(&after)
			if code != ExitError || out != "" {
				t.Errorf("exit %d, stdout %q; want exit 2 and nothing judged", code, out)
			}
			golden.Check(t, strings.TrimSuffix(path, filepath.Ext(path))+".err", []byte(errs))
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
				t.Errorf("allocated %d MiB; the limits should bound it well below 64 MiB", alloc>>20)
			}
		})
	}
}

// TestHugeFile checks that a 100 MB file is refused without being read.
func TestHugeFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.yaml")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	code, out, errs := run(t, "check", path)
	runtime.ReadMemStats(&after)
	want := path + ": file is larger than the limit of 8388608 bytes (raise it with --max-file-size)\n"
	if code != ExitError || out != "" || !strings.HasPrefix(errs, want) {
		t.Errorf("exit %d, stdout %q, stderr %q; want %q", code, out, errs, want)
	}
	// The rules are compiled first (about 40 MiB: files are loaded and
	// checked in one pass); reading the file would take 100 MiB more.
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
		t.Errorf("allocated %d MiB reading a file it should refuse", alloc>>20)
	}
}

// TestBadWaiversCorpus runs check with each file of testdata/bad-waivers
// as --waivers on the reference declaration: exit 2, nothing judged, and
// exactly the errors of its .err file.
func TestBadWaiversCorpus(t *testing.T) {
	chdirRoot(t)
	files, err := filepath.Glob("testdata/bad-waivers/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatal("no waivers corpus", err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			code, out, errs := run(t, "check", "--as-of", "2026-11-01", "--waivers", path, "examples/reference/declaration.yaml")
			if code != ExitError || out != "" {
				t.Errorf("exit %d, stdout %q; want exit 2 and nothing judged", code, out)
			}
			golden.Check(t, strings.TrimSuffix(path, ".yaml")+".err", []byte(errs))
		})
	}
}

// TestWaiversFileSizeLimit checks that --max-file-size, the limit the
// error names, is the one that applies to a waivers file.
func TestWaiversFileSizeLimit(t *testing.T) {
	chdirRoot(t)
	code, out, errs := run(t, "check", "--max-file-size", "100", "--waivers", "testdata/waivers/waivers.yaml", "examples/reference/declaration.yaml")
	want := "testdata/waivers/waivers.yaml: file is larger than the limit of 100 bytes (raise it with --max-file-size)\n"
	if code != ExitError || out != "" || !strings.HasPrefix(errs, want) {
		t.Errorf("exit %d, stdout %q, stderr %q; want %q", code, out, errs, want)
	}
}

// TestRulesNotADirectory checks that --rules names what is wrong with a
// path that is no rule pack directory, in the CLI, before the pack loader.
func TestRulesNotADirectory(t *testing.T) {
	chdirRoot(t)
	for arg, want := range map[string]string{
		"/nonexistent": "art22: --rules /nonexistent: no such directory\n",
		"README.md":    "art22: --rules README.md: not a directory (a rule pack is a directory of Rego files)\n",
	} {
		for _, cmd := range [][]string{{"check", "examples/reference"}, {"rules"}, {"explain", "ART30-ROPA"}, {"verify", "examples/tm"}} {
			args := append([]string{cmd[0], "--rules", arg}, cmd[1:]...)
			if code, out, errs := run(t, args...); code != ExitError || out != "" || errs != want {
				t.Errorf("%v: exit %d, stdout %q, stderr %q; want %q", args, code, out, errs, want)
			}
		}
	}
}

// TestAsOfRange checks that --as-of is a date in the years art22 judges,
// on check and normalize, before anything is loaded.
func TestAsOfRange(t *testing.T) {
	chdirRoot(t)
	for date, want := range map[string]string{
		"9999-12-31": `art22: --as-of: "9999-12-31": year 9999 is outside the years art22 judges (1900 to 2200)` + "\n",
		"1600-01-01": `art22: --as-of: "1600-01-01": year 1600 is outside the years art22 judges (1900 to 2200)` + "\n",
		"2026-02-30": `art22: --as-of: "2026-02-30" is not a date: write it as YYYY-MM-DD` + "\n",
	} {
		for _, cmd := range []string{"check", "normalize"} {
			code, out, errs := run(t, cmd, "--as-of", date, "examples/reference/declaration.yaml")
			if code != ExitError || out != "" || errs != want {
				t.Errorf("%s --as-of %s: exit %d, stdout %q, stderr %q; want %q", cmd, date, code, out, errs, want)
			}
		}
	}
}

// TestBadAsOfCorpus runs check as of 2026-11-01 on each declaration of
// testdata/bad-asof, whose errors depend on the as-of date: exit 2,
// nothing judged, and exactly the errors of its .err file.
func TestBadAsOfCorpus(t *testing.T) {
	chdirRoot(t)
	files, err := filepath.Glob("testdata/bad-asof/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatal("no corpus", err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			code, out, errs := run(t, "check", "--as-of", "2026-11-01", path)
			if code != ExitError || out != "" {
				t.Errorf("exit %d, stdout %q; want exit 2 and nothing judged", code, out)
			}
			golden.Check(t, strings.TrimSuffix(path, ".yaml")+".err", []byte(errs))
		})
	}
}

// TestManyErrors checks a file of the size limit (8 MiB) holding nothing
// but unknown keys: its errors are capped at 100, then counted, so that
// standard error stays small and memory does not grow with the errors.
func TestManyErrors(t *testing.T) {
	if testing.Short() {
		t.Skip("8 MiB file")
	}
	var b strings.Builder
	b.WriteString("apiVersion: art22/v1\n")
	for i := 0; b.Len() < 8<<20-32; i++ {
		fmt.Fprintf(&b, "u%d: 1\n", i)
	}
	path := filepath.Join(t.TempDir(), "unknown.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	code, out, errs := run(t, "check", "--timeout", "0", path) // no budget: -race is slow
	runtime.ReadMemStats(&after)
	lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
	if code != ExitError || out != "" || len(lines) != 102 {
		t.Fatalf("exit %d, stdout %q, %d lines on stderr; want exit 2 and 100 errors, a count and a summary", code, out, len(lines))
	}
	more := regexp.MustCompile(`^` + regexp.QuoteMeta(path) + `: \.\.\. and ([0-9]+) more errors \(only the first 100 are reported\)$`).FindStringSubmatch(lines[100])
	if more == nil || lines[101] != fmt.Sprintf("art22: %d errors in the input; nothing was checked", 100+atoi(t, more[1])) {
		t.Errorf("last lines: %q", lines[100:])
	}
	if len(errs) > 32<<10 {
		t.Errorf("%d bytes on standard error", len(errs))
	}
	// The YAML parser's node tree for 8 MiB of one-line keys takes about
	// 380 MiB (yaml.v3); the errors add nothing that grows with them.
	t.Logf("allocated %d MiB", (after.TotalAlloc-before.TotalAlloc)>>20)
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 512<<20 {
		t.Errorf("allocated %d MiB", alloc>>20)
	}
}

func atoi(t *testing.T, s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
