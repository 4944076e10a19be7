package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/art22/checker/internal/golden"
)

func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(args, &out, &errb)
	return code, out.String(), errb.String()
}

// The CLI tests run from the repository root so that paths in the output
// read as in the README.
func chdirRoot(t *testing.T) {
	t.Helper()
	t.Chdir("../..")
}

func TestCheckTM(t *testing.T) {
	chdirRoot(t)
	code, out, errs := run(t, "check", "--as-of", "2026-11-01", "examples/tm/declaration.yaml")
	if code != ExitFindings || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	golden.Check(t, "internal/cli/testdata/tm.txt", []byte(out))
	if !regexp.MustCompile(`^examples/tm/declaration.yaml:[0-9]+:9: violation ART5-1A-FACTOR-NOT-DISCLOSED: factor .smoking. loads the premium`).MatchString(out) {
		t.Errorf("first line: %s", strings.SplitN(out, "\n", 2)[0])
	}
}

func TestCheckReferenceIsClean(t *testing.T) {
	chdirRoot(t)
	code, out, _ := run(t, "check", "--as-of", "2026-11-01", "examples/reference")
	if code != ExitClean || out != "0 violations, 0 risks, 0 advice in 1 declaration (1 file), as of 2026-11-01\n" {
		t.Fatalf("exit %d, output %q", code, out)
	}
}

func TestCheckJSON(t *testing.T) {
	chdirRoot(t)
	code, out, _ := run(t, "check", "--as-of", "2026-11-01", "--format", "json", "examples/tm/declaration.yaml")
	if code != ExitFindings {
		t.Fatalf("exit %d", code)
	}
	var doc struct {
		Version string
		Failed  bool
		Reports []struct {
			Findings []struct {
				Rule     string
				Path     string
				Location struct {
					File         string
					Line, Column int
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	var f struct {
		Rule     string
		Path     string
		Location struct {
			File         string
			Line, Column int
		}
	}
	for _, x := range doc.Reports[0].Findings {
		if x.Rule == "ART5-1A-FACTOR-NOT-DISCLOSED" {
			f = x
			break
		}
	}
	if doc.Version != "art22.report/v1" || !doc.Failed || f.Rule != "ART5-1A-FACTOR-NOT-DISCLOSED" || f.Path != "/decisions/0/factors/0" || f.Location.Line == 0 {
		t.Errorf("json report: %s", out)
	}
}

func TestFailOn(t *testing.T) {
	chdirRoot(t)
	if code, _, _ := run(t, "check", "--fail-on", "never", "examples/tm"); code != ExitClean {
		t.Errorf("--fail-on never: exit %d", code)
	}
	if code, _, _ := run(t, "check", "--fail-on", "violation", "examples/tm"); code != ExitFindings {
		t.Errorf("--fail-on violation: exit %d", code)
	}
}

// TestBadInputExits2 checks that a declaration with typos in a field name,
// an enum value and an id reference is not judged: exit 2, every mistake
// named with its position, nothing on standard output.
func TestBadInputExits2(t *testing.T) {
	code, out, errs := run(t, "check", "testdata/typo.yaml")
	want := `testdata/typo.yaml:25:17: decisions[0].automation: unknown value "solely-automatd"; allowed: solely-automated, decision-support, manual; did you mean solely-automated?
testdata/typo.yaml:27:14: decisions[0].inputs[0]: unknown data category "smokng"; did you mean smoking?
testdata/typo.yaml:29:9: decisions[0].factors[0].effect: missing required field "effect"
testdata/typo.yaml:31:9: decisions[0].factors[0].efect: unknown field "efect"; did you mean effect?
art22: 4 errors in the input; nothing was checked
`
	if code != ExitError || out != "" || errs != want {
		t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant:\n%s", code, out, errs, want)
	}
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"check"},
		{"check", "--format", "xml", "testdata/typo.yaml"},
		{"check", "--fail-on", "sometimes", "testdata/typo.yaml"},
		{"check", "--as-of", "tomorrow", "testdata/typo.yaml"},
		{"check", "--no-such-flag", "x"},
		{"check", "no-such-file.yaml"},
		{"check", dir},
		{"no-such-command"},
	} {
		code, out, errs := run(t, args...)
		if code != ExitError || out != "" || errs == "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
}

func TestOutputFile(t *testing.T) {
	chdirRoot(t)
	path := filepath.Join(t.TempDir(), "report.json")
	code, out, _ := run(t, "check", "--as-of", "2026-11-01", "--format", "json", "--output", path, "examples/tm")
	b, err := os.ReadFile(path)
	// Every report goes to a file: standard output has the summary line alone.
	summary := "2 violations, 0 risks, 0 advice (and 35 out of scope) in 1 declaration (1 file), as of 2026-11-01\n"
	if code != ExitFindings || out != summary || err != nil || !bytes.Contains(b, []byte(`"rule": "ART5-1A-FACTOR-NOT-DISCLOSED"`)) {
		t.Errorf("exit %d, stdout %q, file %s (%v)", code, out, b, err)
	}
}

func TestSchema(t *testing.T) {
	for _, args := range [][]string{{"schema"}, {"schema", "--input"}} {
		code, out, _ := run(t, args...)
		var v map[string]any
		if code != ExitClean || json.Unmarshal([]byte(out), &v) != nil || v["$defs"] == nil {
			t.Errorf("%q: exit %d, not a JSON Schema", args, code)
		}
	}
}

// TestReadmeOutput keeps the README's sample output true: it must be what
// the command it shows prints (the summary line's date aside).
func TestReadmeOutput(t *testing.T) {
	chdirRoot(t)
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	const cmd = "`go run ./cmd/art22 check examples/tm/declaration.yaml` prints:\n\n```text\n"
	_, rest, ok := strings.Cut(string(readme), cmd)
	if !ok {
		t.Fatal("README has no sample output")
	}
	sample, _, _ := strings.Cut(rest, "```")
	_, out, _ := run(t, "check", "examples/tm/declaration.yaml")
	dropDate := regexp.MustCompile(`, as of [0-9-]+\n$`)
	if got, want := dropDate.ReplaceAllString(out, "\n"), dropDate.ReplaceAllString(sample, "\n"); got != want {
		t.Errorf("README sample output is stale; the command prints:\n%s", out)
	}
}

// TestVerify: the examples pass; an edited expected file fails with the
// finding missing and the one reported instead.
func TestVerify(t *testing.T) {
	chdirRoot(t)
	code, out, errs := run(t, "verify", "examples/")
	cases, _ := filepath.Glob("examples/*/*.expected.yaml")
	if want := fmt.Sprintf("%d cases: %d ok, 0 failed", len(cases), len(cases)); code != ExitClean || !strings.Contains(out, want) {
		t.Fatalf("exit %d, stdout %s, stderr %s; want %q", code, out, errs, want)
	}
	dir := tmSuite(t, nil, func(exp string) string {
		return strings.Replace(exp, "path: /decisions/0/factors/0", "path: /decisions/0/factors/1", 1)
	})
	code, out, _ = run(t, "verify", dir)
	if code != ExitFindings ||
		!strings.Contains(out, "missing     open violation ART5-1A-FACTOR-NOT-DISCLOSED at /decisions/0/factors/1") ||
		!strings.Contains(out, "unexpected  open violation ART5-1A-FACTOR-NOT-DISCLOSED at /decisions/0/factors/0") {
		t.Errorf("exit %d, stdout:\n%s", code, out)
	}
	if code, _, _ := run(t, "verify", "no-such-dir"); code != ExitError {
		t.Errorf("missing directory: exit %d", code)
	}
}
