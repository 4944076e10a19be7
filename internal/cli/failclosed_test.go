package cli

import (
	"strings"
	"testing"
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
		{"time budget", []string{"--rules", packs + "slow", "--timeout", "50ms"}, "checking took longer than its time budget of 50ms (raise it with --timeout)"},
	} {
		for _, format := range []string{"text", "json", "sarif", "junit", "github", "markdown"} {
			t.Run(tc.name+"/"+format, func(t *testing.T) {
				args := append([]string{"check", "--jobs", "2", "--format", format}, tc.args...)
				args = append(args, "../../examples/tm/declaration.yaml", "../../examples/reference/declaration.yaml")
				code, out, errs := run(t, args...)
				if code != ExitError || out != "" || !strings.Contains(errs, tc.want) {
					t.Errorf("exit %d, stdout %q, stderr %q; want exit 2, no report, and %q", code, out, errs, tc.want)
				}
			})
		}
	}
	if code, _, errs := run(t, "check", "--timeout", "-1s", "../../examples/tm/declaration.yaml"); code != ExitError || !strings.Contains(errs, "--timeout") {
		t.Errorf("negative --timeout: exit %d, stderr %q", code, errs)
	}
}
