package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/art22/checker/report"
)

// TestFailClosedExits2 runs check with the rule packs made to fail
// (testdata/failing-packs at the repository root), in every format and
// with several workers: exit code 2, the reason on standard error, and no
// report, not even an empty one.
func TestFailClosedExits2(t *testing.T) {
	packs := "../../testdata/failing-packs/"
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"conflict", []string{"--rules", packs + "conflict"}, "eval_conflict_error"},
		{"builtin error", []string{"--rules", packs + "builtin-error"}, "eval_builtin_error"},
		{"type error", []string{"--rules", packs + "type-error"}, "eval_type_error"},
		{"undefined message", []string{"--rules", packs + "undefined-message"}, "holds <undefined>: a value it names is undefined"},
		{"time budget", []string{"--rules", packs + "slow", "--timeout", "500ms"}, "checking took longer than its time budget of 500ms (raise it with --timeout)"}, // 500ms: loading, a stage too, must fit under -race
	} {
		// Every format in one run: text on standard output, the others to
		// files. None may be written.
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			args := []string{"check", "--jobs", "2", "--format", "text"}
			for _, format := range report.Names() {
				if format != "text" {
					args = append(args, "--format", format+"="+filepath.Join(dir, format))
				}
			}
			args = append(append(args, tc.args...), "../../examples/tm/declaration.yaml", "../../examples/reference/declaration.yaml")
			code, out, errs := run(t, args...)
			if code != ExitError || out != "" || !strings.Contains(errs, tc.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 2, no report, and %q", code, out, errs, tc.want)
			}
			if left, _ := os.ReadDir(dir); len(left) != 0 {
				t.Errorf("reports written: %v", left)
			}
		})
	}
	if code, _, errs := run(t, "check", "--timeout", "-1s", "../../examples/tm/declaration.yaml"); code != ExitError || !strings.Contains(errs, "--timeout") {
		t.Errorf("negative --timeout: exit %d, stderr %q", code, errs)
	}
}

// TestNoPartialReport fails a run on its second file, after the first was
// checked and its report streamed: neither standard output nor the report
// file may hold anything, and no spool may be left behind.
func TestNoPartialReport(t *testing.T) {
	ref, err := os.ReadFile("../../examples/reference/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	// The builtin-error pack calls to_number on the controller's name: a
	// number passes (and the rule fires), a name fails the evaluation.
	numbered := strings.Replace(string(ref), "name: Exemplar Life Assurance DAC", "name: \"123\"", 1)
	if numbered == string(ref) {
		t.Fatal("the reference declaration's controller name changed; update this test")
	}
	writeExample(t, "../../examples/reference/declaration.yaml", filepath.Join(dir, "a.yaml"), []byte(numbered))
	writeExample(t, "../../examples/reference/declaration.yaml", filepath.Join(dir, "b.yaml"), ref)
	outDir := t.TempDir()
	report := filepath.Join(outDir, "report.txt")
	for _, jobs := range []string{"1", "2"} {
		code, out, errs := run(t, "check", "--jobs", jobs, "--rules", "../../testdata/failing-packs/builtin-error",
			"--format", "text", "--format", "github="+report, dir)
		if code != ExitError || out != "" || !strings.Contains(errs, "b.yaml") || !strings.Contains(errs, "eval_builtin_error") {
			t.Errorf("--jobs %s: exit %d, stdout %q, stderr %q", jobs, code, out, errs)
		}
		if left, _ := os.ReadDir(outDir); len(left) != 0 {
			t.Errorf("--jobs %s: left in the report's directory: %v", jobs, left)
		}
	}
	// The first file alone passes: the pack's rule fires on it.
	code, out, errs := run(t, "check", "--rules", "../../testdata/failing-packs/builtin-error", "--format", "text", "--format", "github="+report, filepath.Join(dir, "a.yaml"))
	if code != ExitFindings || !strings.Contains(out, "FAIL-BUILTIN-ERROR") {
		t.Errorf("first file alone: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if b, err := os.ReadFile(report); err != nil || !strings.Contains(string(b), "FAIL-BUILTIN-ERROR") {
		t.Errorf("report file: %q, %v", b, err)
	}
	if fi, err := os.Stat(report); err == nil && fi.Mode().Perm() != 0o644 {
		t.Errorf("report file mode %v, want 0644", fi.Mode().Perm())
	}
}
