package cli

import (
	"os"
	"path/filepath"
	"runtime"
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
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 4<<20 {
		t.Errorf("allocated %d MiB reading a file it should refuse", alloc>>20)
	}
}
