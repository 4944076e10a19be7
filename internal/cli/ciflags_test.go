package cli

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const tmDecl = "examples/tm/declaration.yaml"

// TestOnlySkip: --only and --skip choose the rules; the reports list the
// rules skipped; a pattern that matches nothing is a usage error that
// suggests the nearest rule.
func TestOnlySkip(t *testing.T) {
	chdirRoot(t)
	code, out, errs := run(t, "check", "--as-of", "2026-11-01", "--format", "json", "--only", "ART5-*", "--skip", "ART5-1E-RETENTION", tmDecl)
	if code != ExitFindings || errs != "" {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	var doc struct {
		Summary struct {
			RulesSkipped int `json:"rulesSkipped"`
		} `json:"summary"`
		Skipped []string `json:"skipped"`
		Reports []struct {
			Skipped  []string `json:"skipped"`
			Findings []struct {
				Rule string `json:"rule"`
			} `json:"findings"`
		} `json:"reports"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Reports) != 1 || len(doc.Reports[0].Findings) == 0 {
		t.Fatalf("reports: %+v", doc.Reports)
	}
	for _, f := range doc.Reports[0].Findings {
		if !strings.HasPrefix(f.Rule, "ART5-") || f.Rule == "ART5-1E-RETENTION" {
			t.Errorf("finding of %s, not selected", f.Rule)
		}
	}
	skipped := strings.Join(doc.Skipped, " ")
	if doc.Summary.RulesSkipped != len(doc.Skipped) || strings.Join(doc.Reports[0].Skipped, " ") != skipped ||
		!strings.Contains(skipped, "ART5-1E-RETENTION") || !strings.Contains(skipped, "ART32-ACCESS-LOGGING") || strings.Contains(skipped, "ART5-1A-") {
		t.Errorf("skipped %d %v; report %v", doc.Summary.RulesSkipped, doc.Skipped, doc.Reports[0].Skipped)
	}
	_, out, _ = run(t, "check", "--as-of", "2026-11-01", "--skip", "ART32-*,ART30-ROPA", tmDecl)
	if !strings.HasSuffix(out, "as of 2026-11-01; 6 rules skipped\n") {
		t.Errorf("text summary: %s", out[strings.LastIndex(strings.TrimSuffix(out, "\n"), "\n")+1:])
	}
	code, out, errs = run(t, "check", "--only", "ART32-ACCES-LOGGING", tmDecl)
	if code != ExitError || out != "" || !strings.Contains(errs, `art22: --only "ART32-ACCES-LOGGING": matches no rule, pack or namespace (art22 rules lists them); did you mean ART32-ACCESS-LOGGING?`) {
		t.Errorf("a typo: exit %d, stderr %s", code, errs)
	}
	if code, _, errs := run(t, "check", "--only", "ART32-*", "--skip", "ART32-*", tmDecl); code != ExitError || !strings.Contains(errs, "every rule is skipped") {
		t.Errorf("nothing selected: exit %d, stderr %s", code, errs)
	}
	code, out, errs = run(t, "check", "--as-of", "2026-11-01", "--rules", "examples/rule-pack", "--only", "examples/rule-pack", "--format", "json", tmDecl)
	if code == ExitError || strings.Contains(out, `"rule": "ART`) || !strings.Contains(out, `"ART32-ACCESS-LOGGING"`) {
		t.Errorf("--only a pack: exit %d, stderr %s", code, errs)
	}
}

// TestQuiet: --quiet prints the summary line alone, no note, and the exit
// code does not change; a machine format on standard output refuses it.
func TestQuiet(t *testing.T) {
	chdirRoot(t)
	code, out, errs := run(t, "check", "--as-of", "2026-11-01", "--quiet", "examples/tm")
	if code != ExitFindings || errs != "" || out != "2 violations, 0 risks, 0 advice (and 35 out of scope) in 1 declaration (1 file), as of 2026-11-01\n" {
		t.Errorf("quiet: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if code, out, _ := run(t, "check", "--as-of", "2026-11-01", "-q", "--fail-on", "never", tmDecl); code != ExitClean || strings.Count(out, "\n") != 1 {
		t.Errorf("quiet, never failing: exit %d, %q", code, out)
	}
	if code, _, errs := run(t, "check", "--quiet", "--format", "json", tmDecl); code != ExitError || !strings.Contains(errs, "--quiet prints the summary line alone") {
		t.Errorf("quiet JSON on stdout: exit %d, %s", code, errs)
	}
	path := filepath.Join(t.TempDir(), "r.json")
	if code, out, _ := run(t, "check", "--as-of", "2026-11-01", "--quiet", "--format", "json="+path, tmDecl); code != ExitFindings || strings.Count(out, "\n") != 1 {
		t.Errorf("quiet, JSON to a file: exit %d, %q", code, out)
	}
	if code, _, errs := run(t, "check", "--quiet", "does-not-exist.yaml"); code != ExitError || errs == "" {
		t.Errorf("quiet hides errors: exit %d", code)
	}
}

// TestColor: --color=always colours whatever standard output is;
// never and --no-color do not; auto colours a terminal unless NO_COLOR is set.
func TestColor(t *testing.T) {
	chdirRoot(t)
	colored := func(args ...string) bool {
		t.Helper()
		code, out, errs := run(t, append(append([]string{"check", "--as-of", "2026-11-01"}, args...), tmDecl)...)
		if code != ExitFindings {
			t.Fatalf("%v: exit %d %s", args, code, errs)
		}
		return strings.Contains(out, "\x1b[")
	}
	t.Setenv("NO_COLOR", "")
	if !colored("--color=always") || colored("--color=never") || colored("--no-color") || colored() {
		t.Error("--color=always, never, --no-color, or auto on a pipe")
	}
	old := isTerminal
	defer func() { isTerminal = old }()
	isTerminal = func(io.Writer) bool { return true }
	if !colored() || !colored("--color", "auto") || colored("--no-color") {
		t.Error("auto on a terminal")
	}
	t.Setenv("NO_COLOR", "1")
	if colored() || !colored("--color=always") {
		t.Error("NO_COLOR with auto, or with always")
	}
	for _, args := range [][]string{{"--color=sometimes"}, {"--no-color", "--color=always"}} {
		if code, _, errs := run(t, append(append([]string{"check"}, args...), tmDecl)...); code != ExitError || !strings.Contains(errs, "--") {
			t.Errorf("%v: exit %d %s", args, code, errs)
		}
	}
}

// TestSARIFInclude: out-of-scope findings are SARIF results only with
// --sarif-include; every report going to a file, the summary line is
// still printed.
func TestSARIFInclude(t *testing.T) {
	chdirRoot(t)
	dir := t.TempDir()
	results := func(args ...string) (n, suppressed int) {
		t.Helper()
		path := filepath.Join(dir, "r.sarif")
		code, out, errs := run(t, append(append([]string{"check", "--as-of", "2026-11-01", "--format", "sarif=" + path}, args...), tmDecl)...)
		if code != ExitFindings || !strings.HasSuffix(out, "as of 2026-11-01\n") || strings.Count(out, "\n") != 1 {
			t.Fatalf("exit %d, stdout %q, stderr %s", code, out, errs)
		}
		var log struct {
			Runs []struct {
				Results []struct {
					Suppressions []any `json:"suppressions"`
				} `json:"results"`
			} `json:"runs"`
		}
		b, _ := os.ReadFile(path)
		if err := json.Unmarshal(b, &log); err != nil {
			t.Fatal(err)
		}
		for _, r := range log.Runs[0].Results {
			if len(r.Suppressions) > 0 {
				suppressed++
			}
		}
		return len(log.Runs[0].Results), suppressed
	}
	if n, s := results(); n != 2 || s != 0 {
		t.Errorf("by default: %d results, %d suppressed; want the 2 violations", n, s)
	}
	if n, s := results("--sarif-include=out-of-scope,waived"); n != 37 || s != 35 {
		t.Errorf("--sarif-include: %d results, %d suppressed; want 37 and 35", n, s)
	}
	if code, _, errs := run(t, "check", "--sarif-include=open", tmDecl); code != ExitError || !strings.Contains(errs, "want out-of-scope or waived") {
		t.Errorf("a bad status: exit %d %s", code, errs)
	}
}

// TestCIFormats: the JUnit failures agree with the exit code; the github
// format appends a job summary to $GITHUB_STEP_SUMMARY; codequality
// writes the open findings.
func TestCIFormats(t *testing.T) {
	chdirRoot(t)
	dir := t.TempDir()
	junit := filepath.Join(dir, "r.xml")
	for _, tc := range []struct {
		failOn string
		code   int
	}{{"never", ExitClean}, {"violation", ExitFindings}} {
		code, _, errs := run(t, "check", "--as-of", "2026-11-01", "--fail-on", tc.failOn, "--format", "junit="+junit, tmDecl)
		var doc struct {
			Failures int `xml:"failures,attr"`
		}
		b, _ := os.ReadFile(junit)
		if err := xml.Unmarshal(b, &doc); err != nil || code != tc.code || (doc.Failures > 0) != (code == ExitFindings) {
			t.Errorf("--fail-on %s: exit %d, failures %d (%v) %s", tc.failOn, code, doc.Failures, err, errs)
		}
	}
	summary := filepath.Join(dir, "summary.md")
	t.Setenv("GITHUB_STEP_SUMMARY", summary)
	code, out, _ := run(t, "check", "--as-of", "2026-11-01", "--format", "github", tmDecl)
	b, _ := os.ReadFile(summary)
	if code != ExitFindings || !strings.HasPrefix(out, "::error ") || !strings.Contains(string(b), "## art22") || !strings.Contains(string(b), "| violation | ART5-1A-FACTOR-NOT-DISCLOSED |") {
		t.Errorf("github: exit %d, summary %s", code, b)
	}
	cq := filepath.Join(dir, "gl-code-quality-report.json")
	code, _, _ = run(t, "check", "--as-of", "2026-11-01", "--format", "codequality="+cq, tmDecl)
	var issues []map[string]any
	b, _ = os.ReadFile(cq)
	if err := json.Unmarshal(b, &issues); err != nil || code != ExitFindings || len(issues) != 2 {
		t.Errorf("codequality: exit %d, %d issues (%v)", code, len(issues), err)
	}
}
