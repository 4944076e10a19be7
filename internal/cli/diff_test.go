package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// diffReports writes two JSON reports of a copy of the TM example: before,
// and after a comment line is added at the top (every finding moves down)
// and its record of processing is dropped (a new finding).
func diffReports(t *testing.T) (dir, before, after, decl string) {
	t.Helper()
	dir = t.TempDir()
	b, err := os.ReadFile("examples/tm/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	decl = filepath.Join(dir, "tm.yaml")
	writeExample(t, "examples/tm/declaration.yaml", decl, b)
	before = filepath.Join(dir, "before.json")
	if code, _, errs := run(t, "check", "--as-of", "2026-11-01", "--format", "json="+before, decl); code != ExitFindings {
		t.Fatalf("exit %d: %s", code, errs)
	}
	s := "# a comment line\n" + strings.Replace(string(b), "    maintained: true ", "    maintained: false ", 1)
	if err := os.WriteFile(decl, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	after = filepath.Join(dir, "after.json")
	if code, _, errs := run(t, "check", "--as-of", "2026-11-01", "--format", "json="+after, decl); code != ExitFindings {
		t.Fatalf("exit %d: %s", code, errs)
	}
	return dir, before, after, decl
}

// TestDiffCommand: art22 diff lists the new finding (not the moved ones),
// the fixed ones, and counts the unchanged, in each format; exit 1 with a
// new finding, 0 without, 2 on bad input.
func TestDiffCommand(t *testing.T) {
	chdirRoot(t)
	dir, before, after, _ := diffReports(t)
	code, out, errs := run(t, "diff", before, after)
	if code != ExitFindings || errs != "" {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], ": new risk ART30-ROPA: ") || !strings.HasPrefix(lines[1], "1 new finding (1 open), 0 fixed, ") {
		t.Errorf("text:\n%s", out)
	}
	// Backwards: the new finding is fixed, nothing is new.
	code, out, _ = run(t, "diff", after, before)
	if code != ExitClean || !strings.Contains(out, ": fixed risk ART30-ROPA: ") || !strings.Contains(out, "0 new findings (0 open), 1 fixed, ") {
		t.Errorf("backwards: exit %d\n%s", code, out)
	}
	code, out, _ = run(t, "diff", "--format", "markdown", before, after)
	if code != ExitFindings || !strings.Contains(out, "# art22 report diff") || !strings.Contains(out, "## New findings") || !strings.Contains(out, "| ART30-ROPA |") {
		t.Errorf("markdown: exit %d\n%s", code, out)
	}
	code, out, _ = run(t, "diff", "--format", "json", before, after)
	var doc struct {
		Summary struct{ New, Fixed, Unchanged int }
		New     []struct{ Rule string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || code != ExitFindings || doc.Summary.New != 1 || doc.New[0].Rule != "ART30-ROPA" || doc.Summary.Unchanged == 0 {
		t.Errorf("json: exit %d, %v\n%s", code, err, out)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"version": "art22.report/v0"}`), 0o644)
	for _, args := range [][]string{
		{"diff", before, bad},
		{"diff", filepath.Join(dir, "none.json"), after},
		{"diff", before},
		{"diff", "--format", "sarif", before, after},
	} {
		if code, _, errs := run(t, args...); code != ExitError || errs == "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
	}
}

// TestBaselineFixed: checked against a baseline, a run leaves out the
// findings it has (wherever they moved), reports the new one, and lists
// what the baseline had that is gone.
func TestBaselineFixed(t *testing.T) {
	chdirRoot(t)
	_, before, after, decl := diffReports(t)
	code, out, _ := run(t, "check", "--as-of", "2026-11-01", "--baseline", before, decl)
	if code != ExitFindings || !strings.Contains(out, ": risk ART30-ROPA: ") || !strings.Contains(out, "baseline "+before+": ") || !strings.Contains(out, " unchanged (left out), 0 fixed\n") {
		t.Errorf("exit %d\n%s", code, out)
	}
	// The declaration as it was again: the new finding of the baseline
	// after is fixed.
	b, _ := os.ReadFile("examples/tm/declaration.yaml")
	os.WriteFile(decl, b, 0o644)
	code, out, _ = run(t, "check", "--as-of", "2026-11-01", "--baseline", after, "--format", "json", decl)
	var doc struct {
		Summary struct{ BaselineHidden, BaselineFixed int }
		Fixed   []struct{ Rule, File string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || code != ExitClean || doc.Summary.BaselineFixed != 1 || len(doc.Fixed) != 1 || doc.Fixed[0].Rule != "ART30-ROPA" || doc.Fixed[0].File != decl || doc.Summary.BaselineHidden == 0 {
		t.Errorf("exit %d, %v\n%s", code, err, out)
	}
	code, out, _ = run(t, "check", "--as-of", "2026-11-01", "--baseline", after, "--format", "markdown", decl)
	if code != ExitClean || !strings.Contains(out, "## Fixed since the baseline") || !strings.Contains(out, "| ART30-ROPA |") {
		t.Errorf("markdown: exit %d\n%s", code, out)
	}
}
