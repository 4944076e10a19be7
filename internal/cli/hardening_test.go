package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/art22/checker/internal/golden"
)

// TestTextListsRulesSetAside checks that the text report says which rules
// an outOfScope entry sets aside, with its owner, approver, expiry and
// reason, rather than only counting them.
func TestTextListsRulesSetAside(t *testing.T) {
	chdirRoot(t)
	code, out, errs := run(t, "check", "--as-of", "2026-11-01", "examples/viamedis-almerys/declaration.yaml")
	if code != ExitClean {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	want := fmt.Sprintf("examples/viamedis-almerys/declaration.yaml:%d:5: note: 9 findings", viamedisRulesLine(t)) + " not counted, set aside by outOfScope[0]: ART28-NO-CONTRACT (2), ART33-BREACH-PROCEDURE (4), ART34-DATA-SUBJECTS (3); owner Compliance (Viamedis/Almerys processor file), approved by Data Protection Officer, until 2027-10-31: The CNIL's statement"
	if !strings.Contains(out, want) {
		t.Errorf("text report:\n%s\nwant a line starting %q", out, want)
	}
}

// TestShortQuotes checks the TM example with letters of its certificate
// quoted as evidence: the finding on the smoking loading stays, each claim
// is reported unevidenced, and a note says each quote is too short.
func TestShortQuotes(t *testing.T) {
	chdirRoot(t)
	code, out, errs := run(t, "check", "--as-of", "2026-11-01", "testdata/quotes/tm-short-quotes.yaml")
	if code != ExitFindings || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	golden.Check(t, "testdata/quotes/tm-short-quotes.txt", []byte(out))
	// The rule is configurable: with one character enough, "Reykir: Já"
	// (9 characters) counts, the letters still do not (they are no word of
	// the text, or a word only in part).
	code, out, _ = run(t, "check", "--as-of", "2026-11-01", "--min-quote-words", "1", "--min-quote-chars", "1", "testdata/quotes/tm-short-quotes.yaml")
	if code != ExitFindings || strings.Contains(out, "too short") || strings.Count(out, "violation ART5-1A-FACTOR-NOT-DISCLOSED") != 2 ||
		strings.Contains(out, "claims decision-reasons") {
		t.Errorf("--min-quote-words 1 --min-quote-chars 1: exit %d\n%s", code, out)
	}
}

// TestDirectoryScan checks that a directory scan classifies files by
// parsing them, not by their text: the declaration of testdata/dirscan,
// whose quoted value holds a line that reads like a waivers file's, is
// judged; the waivers file beside it is left out with a note.
func TestDirectoryScan(t *testing.T) {
	chdirRoot(t)
	// reference.yaml, a copy of the reference declaration, is clean: the
	// scan that left declaration.yaml out exited 0 on one file.
	code, out, errs := run(t, "check", "--as-of", "2026-11-01", "testdata/dirscan/")
	if code != ExitFindings || !strings.Contains(out, "testdata/dirscan/declaration.yaml:") || !strings.HasSuffix(out, "in 2 declarations (2 files), as of 2026-11-01\n") {
		t.Errorf("exit %d, stdout %q; want the declaration judged, exit 1", code, out)
	}
	if want := "testdata/dirscan/waivers.yaml: note: not checked: a waivers file (apiVersion art22.waivers/v1), not a declaration: give it with --waivers\n"; errs != want {
		t.Errorf("stderr %q, want %q", errs, want)
	}
	// Named on the command line, a waivers file is an error, not a note.
	code, out, errs = run(t, "check", "testdata/dirscan/waivers.yaml")
	if code != ExitError || out != "" || !strings.Contains(errs, "testdata/dirscan/waivers.yaml:2:13: apiVersion: a waivers file (apiVersion art22.waivers/v1), not a declaration") {
		t.Errorf("waivers file named: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// TestSpecialFiles checks that a named pipe and symlinks to /dev/stdin and
// /proc/self/fd/1 in a declaration directory are refused with what they
// are, without being opened for reading, instead of blocking the run.
func TestSpecialFiles(t *testing.T) {
	ref, err := os.ReadFile("../../examples/reference/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeExample(t, "../../examples/reference/declaration.yaml", filepath.Join(dir, "a.yaml"), ref)
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.yaml"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Symlink("/dev/stdin", filepath.Join(dir, "stdin.yaml"))
	os.Symlink("/proc/self/fd/1", filepath.Join(dir, "stdout.yml"))
	os.Symlink("a.yaml", filepath.Join(dir, "link.yaml")) // a symlink to a regular file is read
	done := make(chan struct{})
	var code int
	var out, errs string
	go func() {
		defer close(done)
		code, out, errs = run(t, "check", "--as-of", "2026-11-01", dir)
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("check blocked on a special file")
	}
	if code != ExitError || out != "" {
		t.Errorf("exit %d, stdout %q; want exit 2 and nothing judged", code, out)
	}
	for _, want := range []string{
		filepath.Join(dir, "fifo.yaml") + ": is a named pipe (FIFO), not a regular file: it is not read\n",
		filepath.Join(dir, "stdin.yaml") + ": is a ",
		filepath.Join(dir, "stdout.yml") + ": is a ",
		"art22: 3 errors in the input; nothing was checked\n",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr %q; want %q", errs, want)
		}
	}
	// --baseline reads files the same way.
	code, _, errs = run(t, "check", "--baseline", filepath.Join(dir, "fifo.yaml"), filepath.Join(dir, "a.yaml"))
	if code != ExitError || !strings.Contains(errs, "is a named pipe") {
		t.Errorf("--baseline FIFO: exit %d, stderr %q", code, errs)
	}
}

// TestDestinationsCheckedFirst checks every report destination before
// anything is judged: a run with one destination that cannot be written
// prints no report and writes no other file; a symlink destination is
// written through and stays a symlink.
func TestDestinationsCheckedFirst(t *testing.T) {
	chdirRoot(t)
	dir := t.TempDir()
	decl := "examples/tm/declaration.yaml"
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--format", "text", "--format", "sarif=/nonexistent/x.sarif"}, "art22: --format sarif=/nonexistent/x.sarif: no such directory /nonexistent\n"},
		{[]string{"--format", "json=" + filepath.Join(dir, "a.json"), "--format", "sarif=/nonexistent/x.sarif"}, "art22: --format sarif=/nonexistent/x.sarif: no such directory /nonexistent\n"},
		{[]string{"--format", "json=" + filepath.Join(dir, "sub")}, "art22: --format json=" + filepath.Join(dir, "sub") + ": exists and is not a regular file; give a file to write (or NAME alone for standard output)\n"},
		{[]string{"--format", "json=" + filepath.Join(dir, "r"), "--format", "sarif=" + filepath.Join(dir, "r")}, "art22: --format sarif=" + filepath.Join(dir, "r") + ": the json report is written there too\n"},
		{[]string{"--format", "json=" + filepath.Join(dir, "dangling.json")}, "art22: --format json=" + filepath.Join(dir, "dangling.json") + ": a symlink to nothing that exists (no such file or directory)\n"},
	} {
		os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "dangling.json"))
		args := append(append([]string{"check", "--as-of", "2026-11-01"}, tc.args...), decl)
		code, out, errs := run(t, args...)
		if code != ExitError || out != "" || errs != tc.want {
			t.Errorf("%v: exit %d, stdout %d bytes, stderr %q; want exit 2, nothing written, %q", tc.args, code, len(out), errs, tc.want)
		}
		if _, err := os.Stat(filepath.Join(dir, "a.json")); err == nil {
			t.Errorf("%v: a.json written", tc.args)
		}
	}
	// Through a symlink: the file it points to gets the report.
	real := filepath.Join(dir, "real.sarif")
	os.WriteFile(real, []byte("old"), 0o644)
	link := filepath.Join(dir, "link.sarif")
	os.Symlink("real.sarif", link)
	code, _, errs := run(t, "check", "--as-of", "2026-11-01", "--format", "text", "--format", "sarif="+link, decl)
	if code != ExitFindings {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the symlink was replaced: %v %v", st, err)
	}
	if b, _ := os.ReadFile(real); !strings.Contains(string(b), `"version": "2.1.0"`) {
		t.Errorf("the symlink's target holds %q", b[:min(len(b), 40)])
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".art22-report-*"))
	if len(left) > 0 {
		t.Errorf("spools left: %v", left)
	}
}

// viamedisRulesLine is the line of the viamedis-almerys example's outOfScope
// entry that sets rules aside.
func viamedisRulesLine(t *testing.T) int {
	t.Helper()
	b, err := os.ReadFile("examples/viamedis-almerys/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "  - rules: [") {
			return i + 1
		}
	}
	t.Fatal("no outOfScope entry sets rules aside")
	return 0
}
