package cli

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/art22/checker"
	"github.com/art22/checker/internal/synth"
	"github.com/art22/checker/report"
)

// TestInit: the starter declaration loads, and its findings are the to-do
// list it promises (a sample of them), each pointing into the file.
func TestInit(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "declaration.yaml")
	if code, out, errs := run(t, "init", "--output", path); code != ExitClean || !strings.Contains(out, "now run: art22 check") {
		t.Fatalf("init: exit %d %s %s", code, out, errs)
	}
	if code, _, _ := run(t, "init", "--output", path); code != ExitError {
		t.Errorf("init overwrote an existing file (exit %d)", code)
	}
	code, out, errs := run(t, "check", "--as-of", "2026-11-01", "--format", "json", path)
	if code != ExitFindings || errs != "" {
		t.Fatalf("check of the starter: exit %d, stderr %s", code, errs)
	}
	for _, id := range []string{"ART9-2-NO-CONDITION", "ART22-2-NO-EXCEPTION", "ART5-1A-FACTOR-NOT-DISCLOSED", "ART13-2F-ADM-NOT-DISCLOSED", "ART5-1E-RETENTION", "ART35-3A-DPIA-ADM"} {
		if !strings.Contains(out, `"rule": "`+id+`"`) {
			t.Errorf("the starter's findings do not include %s", id)
		}
	}
	if code, out, _ := run(t, "init"); code != ExitClean || !strings.HasPrefix(out, "# yaml-language-server") {
		t.Errorf("init to stdout: exit %d", code)
	}
}

// TestSeveralFormats writes one report per format to its file in one run.
func TestSeveralFormats(t *testing.T) {
	chdirRoot(t)
	dir := t.TempDir()
	code, out, errs := run(t, "check", "--as-of", "2026-11-01", "--format", "text",
		"--format", "sarif="+filepath.Join(dir, "r.sarif"), "--format", "junit="+filepath.Join(dir, "r.xml"),
		"--format", "markdown="+filepath.Join(dir, "r.md"), "--format", "github="+filepath.Join(dir, "r.gh"), "examples/tm")
	// Every file found is accounted for: the expected-findings file beside
	// the declaration is left out with a note.
	note := "examples/tm/declaration.expected.yaml: note: not checked: an expected-findings file (apiVersion art22.expected/v1), not a declaration: art22 verify reads it\n"
	if code != ExitFindings || !strings.Contains(out, "ART5-1A-FACTOR-NOT-DISCLOSED") || errs != note {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	for _, f := range []string{"r.sarif", "r.xml", "r.md", "r.gh"} {
		if st, err := os.Stat(filepath.Join(dir, f)); err != nil || st.Size() == 0 {
			t.Errorf("%s not written: %v", f, err)
		}
	}
	if code, _, errs := run(t, "check", "--format", "text", "--format", "json", "examples/tm"); code != ExitError || !strings.Contains(errs, "only one format can go to standard output") {
		t.Errorf("two formats on stdout: exit %d, %s", code, errs)
	}
}

// TestBaseline: with the previous report as baseline, known findings are left
// out and only a new one is reported.
func TestBaseline(t *testing.T) {
	chdirRoot(t)
	dir := t.TempDir()
	base := filepath.Join(dir, "base.json")
	if code, _, _ := run(t, "check", "--as-of", "2026-11-01", "--format", "json="+base, "examples/tm/declaration.yaml"); code != ExitFindings {
		t.Fatalf("baseline run: exit %d", code)
	}
	var doc struct {
		Reports []struct{ Findings []json.RawMessage }
	}
	if b, err := os.ReadFile(base); err != nil || json.Unmarshal(b, &doc) != nil || len(doc.Reports) != 1 {
		t.Fatalf("baseline report: %v", err)
	}
	code, out, _ := run(t, "check", "--as-of", "2026-11-01", "--baseline", base, "examples/tm/declaration.yaml")
	if want := fmt.Sprintf("0 violations, 0 risks, 0 advice (and %d in the baseline)", len(doc.Reports[0].Findings)); code != ExitClean || !strings.Contains(out, want) {
		t.Errorf("same declaration against its baseline: exit %d\n%s", code, out)
	}
	// A new gap: a copy of the TM declaration, baselined, then its record of
	// processing removed.
	b, _ := os.ReadFile("examples/tm/declaration.yaml")
	changed := filepath.Join(dir, "tm.yaml")
	writeExample(t, "examples/tm/declaration.yaml", changed, b)
	run(t, "check", "--as-of", "2026-11-01", "--format", "json="+base, changed)
	os.WriteFile(changed, []byte(strings.Replace(string(b), "    maintained: true ", "    maintained: false ", 1)), 0o644)
	code, out, _ = run(t, "check", "--as-of", "2026-11-01", "--baseline", base, changed)
	if code != ExitFindings || !strings.Contains(out, "ART30-ROPA") || strings.Contains(out, "ART5-1A-FACTOR-NOT-DISCLOSED") {
		t.Errorf("new finding against the baseline: exit %d\n%s", code, out)
	}
	os.WriteFile(base, []byte(`{"version": "other"}`), 0o644)
	if code, _, errs := run(t, "check", "--baseline", base, changed); code != ExitError || !strings.Contains(errs, "want a art22.report/v1 report") {
		t.Errorf("bad baseline: exit %d %s", code, errs)
	}
}

// TestWaiversFlag applies a separate waivers file.
func TestWaiversFlag(t *testing.T) {
	chdirRoot(t)
	code, out, _ := run(t, "check", "--as-of", "2026-11-01", "--waivers", "testdata/waivers/waivers.yaml", "testdata/waivers/declaration.yaml")
	if code != ExitFindings || !strings.Contains(out, "waived risk ART12-3-RESPONSE-TIME") || !strings.Contains(out, "waiver at testdata/waivers/waivers.yaml:4:5") {
		t.Errorf("exit %d\n%s", code, out)
	}
	if code, _, errs := run(t, "check", "--waivers", "testdata/waivers/declaration.yaml", "examples/tm"); code != ExitError || !strings.Contains(errs, "a waivers file is art22.waivers/v1") {
		t.Errorf("a declaration given as waivers: exit %d %s", code, errs)
	}
}

// TestProgress: progress goes to a terminal, never to a pipe or in CI.
func TestProgress(t *testing.T) {
	var buf bytes.Buffer
	old := isTerminal
	defer func() { isTerminal = old }()
	isTerminal = func(io.Writer) bool { return true }
	t.Setenv("CI", "")
	p := newProgress(&buf, 25)
	for range 25 {
		p.step()
	}
	p.done()
	if !strings.Contains(buf.String(), "checked 20/25 files") || !strings.Contains(buf.String(), "checked 25/25") {
		t.Errorf("progress on a terminal: %q", buf.String())
	}
	t.Setenv("CI", "true")
	buf.Reset()
	p = newProgress(&buf, 25)
	p.step()
	p.done()
	if buf.Len() != 0 {
		t.Errorf("progress in CI: %q", buf.String())
	}
	isTerminal = old
	t.Setenv("CI", "")
	p = newProgress(&buf, 25)
	p.step()
	if buf.Len() != 0 {
		t.Errorf("progress in a pipe: %q", buf.String())
	}
}

var _ = json.Marshal

// TestCIDocCommands runs the commands docs/ci.md gives, as written, on a
// copy of the examples laid out as the doc assumes: first as a team starts,
// with no waivers file and no configuration file, then with the doc's
// .art22.yaml and a waivers file.
func TestCIDocCommands(t *testing.T) {
	chdirRoot(t)
	doc, err := os.ReadFile("docs/ci.md")
	if err != nil {
		t.Fatal(err)
	}
	var cmds []string
	for _, block := range strings.Split(string(doc), "```sh\n")[1:] {
		body, _, _ := strings.Cut(block, "```")
		for _, line := range strings.Split(strings.ReplaceAll(body, "\\\n", ""), "\n") {
			line, _, _ = strings.Cut(line, "#")
			if strings.HasPrefix(strings.TrimSpace(line), "art22 ") {
				cmds = append(cmds, strings.TrimSpace(line))
			}
		}
	}
	if len(cmds) < 4 {
		t.Fatalf("found %d commands in docs/ci.md", len(cmds))
	}
	var config string
	for _, block := range strings.Split(string(doc), "```yaml\n")[1:] {
		if body, _, _ := strings.Cut(block, "```"); strings.HasPrefix(body, "# .art22.yaml\n") {
			config = body
		}
	}
	if config == "" {
		t.Fatal("docs/ci.md shows no .art22.yaml")
	}
	work := t.TempDir()
	os.MkdirAll(filepath.Join(work, "underwriting"), 0o755)
	for _, f := range []string{"examples/reference/declaration.yaml", "examples/tm/declaration.yaml"} {
		b, _ := os.ReadFile(f)
		writeExample(t, f, filepath.Join(work, "underwriting", filepath.Base(filepath.Dir(f))+".yaml"), b)
	}
	t.Chdir(work)
	runAll := func(stage string) {
		t.Helper()
		reports := []string{"art22.sarif", "art22-junit.xml", "art22-report.md", "art22-baseline.json"}
		for _, f := range reports {
			os.Remove(f)
		}
		for _, c := range cmds {
			args := strings.Fields(c)[1:]
			for i, a := range args { // 'ART32-*': quoted for the shell
				args[i] = strings.Trim(a, "'")
			}
			code, _, errs := run(t, args...)
			t.Logf("%s: %s: exit %d", stage, c, code)
			if code == ExitError {
				t.Errorf("%s: %s: exit 2: %s", stage, c, errs)
			}
		}
		for _, f := range reports {
			if _, err := os.Stat(f); err != nil {
				t.Errorf("%s: the doc's commands did not write %s", stage, f)
			}
		}
	}
	runAll("no waivers, no configuration")

	os.WriteFile(".art22.yaml", []byte(config), 0o644)
	os.WriteFile(filepath.Join("underwriting", "waivers.yaml"), []byte("apiVersion: art22.waivers/v1\nwaivers:\n  - rule: ART30-ROPA\n    path: /controller/recordOfProcessing\n    reason: r\n    owner: o\n    approver: a\n    expires: "+time.Now().UTC().AddDate(0, 0, 90).Format(time.DateOnly)+"\n"), 0o644)
	runAll("with .art22.yaml and waivers")
	os.Remove("art22.sarif")
	code, _, errs := run(t, "check", "underwriting/")
	if code == ExitError || !strings.HasPrefix(errs, ".art22.yaml: note: configuration file used (sets fail-on, waivers, format)\n") {
		t.Errorf("art22 check underwriting/ with the doc's .art22.yaml: exit %d\n%s", code, errs)
	}
	if _, err := os.Stat("art22.sarif"); err != nil {
		t.Errorf("the doc's .art22.yaml wrote no SARIF")
	}
}

// TestJobsDeterministic: checking a directory of many generated declarations
// gives byte-identical reports in every format with one worker and with four,
// whatever GOMAXPROCS, and from one run to the next. Each run writes every
// format at once (text on standard output, the others to files), so that
// the matrix of formats and workers costs four runs, not four per format.
func TestJobsDeterministic(t *testing.T) {
	dir := t.TempDir()
	for i := range 60 {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("d%02d.yaml", i)), synth.Declaration(2<<10+i*97, uint64(i)), 0o644)
	}
	first := map[string]string{}
	for k, c := range []struct {
		jobs  string
		procs int
	}{{"1", 1}, {"4", 4}, {"2", 1}, {"4", 4}} {
		out := t.TempDir()
		args := []string{"check", "--as-of", "2026-11-01", "--jobs", c.jobs, "--format", "text"}
		for _, format := range report.Names() {
			if format != "text" {
				args = append(args, "--format", format+"="+filepath.Join(out, format))
			}
		}
		prev := runtime.GOMAXPROCS(c.procs)
		code, stdout, errs := run(t, append(args, dir)...)
		runtime.GOMAXPROCS(prev)
		if code == ExitError {
			t.Fatalf("jobs %s: %s", c.jobs, errs)
		}
		got := map[string]string{"text": stdout}
		for _, format := range report.Names() {
			if format != "text" {
				b, err := os.ReadFile(filepath.Join(out, format))
				if err != nil {
					t.Fatal(err)
				}
				got[format] = string(b)
			}
		}
		for format, g := range got {
			if k == 0 {
				first[format] = g
			} else if g != first[format] {
				t.Errorf("%s: output differs with --jobs %s and GOMAXPROCS %d", format, c.jobs, c.procs)
			}
		}
	}
	if len(first) != len(report.Names()) || first["json"] == "" {
		t.Fatalf("formats compared: %d of %d", len(first), len(report.Names()))
	}
	if code, _, _ := run(t, "check", "--jobs", "0", dir); code != ExitError {
		t.Errorf("--jobs 0 accepted")
	}
}

func TestTestCommand(t *testing.T) {
	chdirRoot(t)
	code, out, errs := run(t, "test", "examples/rule-pack", "--coverage", "--threshold", "50")
	if code != ExitClean || !strings.Contains(out, "3 tests: 3 passed, 0 failed") || !strings.Contains(out, "examples/rule-pack/review_time.rego") {
		t.Errorf("exit %d\n%s%s", code, out, errs)
	}
	if code, out, _ := run(t, "test", "examples/rule-pack", "--threshold", "99.9"); code != ExitFindings || !strings.Contains(out, "below --threshold") {
		t.Errorf("threshold: exit %d\n%s", code, out)
	}
	code, out, _ = run(t, "test")
	if code != ExitClean || !strings.Contains(out, " passed, 0 failed") {
		t.Errorf("art22's own tests: exit %d\n%s", code, out)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, ".manifest"), []byte(`{"roots": ["art22/rules/x"]}`), 0o644)
	os.WriteFile(filepath.Join(dir, "x.rego"), []byte("package art22.rules.x\n\ny := 1\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "x_test.rego"), []byte("package art22.rules.x.test\n\nimport data.art22.rules.x\n\ntest_fails if {\n\tv := x.y + 1\n\tv == 3\n}\n\ntest_passes if x.y == 1\n"), 0o644)
	code, out, _ = run(t, "test", dir)
	// The failing expression, and the value of each of its variables.
	want := "FAIL  " + filepath.Join(dir, "x_test.rego") + ":5: data.art22.rules.x.test.test_fails\n" +
		"      failed at " + filepath.Join(dir, "x_test.rego") + ":7:\n" +
		"            v == 3\n" +
		"            |\n" +
		"            2\n" +
		"2 tests: 1 passed, 1 failed\n"
	if code != ExitFindings || out != want {
		t.Errorf("failing test: exit %d\n%s\nwant\n%s", code, out, want)
	}
	// --run selects tests by full name.
	if code, out, _ := run(t, "test", "--run", `x\.test\.test_passes$`, dir); code != ExitClean || out != "1 tests: 1 passed, 0 failed\n" {
		t.Errorf("--run: exit %d\n%s", code, out)
	}
	if code, _, errs := run(t, "test", "--run", "nothing-matches", dir); code != ExitError || !strings.Contains(errs, `no test matches --run "nothing-matches"`) {
		t.Errorf("--run matching nothing: exit %d\n%s", code, errs)
	}
	// --format json: the report, with the failure.
	code, out, _ = run(t, "test", "--format", "json", dir)
	var rep checker.TestReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != ExitFindings || len(rep.Results) != 2 {
		t.Fatalf("--format json: exit %d, %v\n%s", code, err, out)
	}
	if f := rep.Results[0]; f.Pass || f.FailedAt != filepath.Join(dir, "x_test.rego")+":7" || f.Failure != "\tv == 3\n\t|\n\t2" {
		t.Errorf("--format json: %+v", f)
	}
	// --format junit: one suite per package, the failure with its values.
	code, out, _ = run(t, "test", "--format", "junit", dir)
	var suites struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Suites   []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name    string `xml:"name,attr"`
				Failure *struct {
					Message string `xml:"message,attr"`
					Text    string `xml:",chardata"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal([]byte(out), &suites); err != nil || code != ExitFindings || suites.Tests != 2 || suites.Failures != 1 || len(suites.Suites) != 1 {
		t.Fatalf("--format junit: exit %d, %v\n%s", code, err, out)
	}
	if c := suites.Suites[0].Cases[0]; c.Name != "test_fails" || c.Failure == nil || !strings.Contains(c.Failure.Text, "v == 3\n    |\n    2") {
		t.Errorf("--format junit: %+v", c)
	}
	if code, _, errs := run(t, "test", "--format", "tap", dir); code != ExitError || !strings.Contains(errs, `--format "tap": want text, json or junit`) {
		t.Errorf("--format tap: exit %d %s", code, errs)
	}
	// A pack whose tests are in package ROOT_test, outside its root, is
	// told how to move them.
	os.WriteFile(filepath.Join(dir, "x_test.rego"), []byte("package art22.rules.x_test\n\nimport data.art22.rules.x\n\ntest_passes if x.y == 1\n"), 0o644)
	if code, _, errs := run(t, "test", dir); code != ExitError || !strings.Contains(errs, "x_test.rego:1:1: rego_compile_error: package art22.rules.x_test is outside rule pack "+dir+"'s namespace (art22.rules.x, from its .manifest); stock OPA refuses a bundle with a package outside its roots: put the tests in package art22.rules.x.test, inside the root") {
		t.Errorf("old test package: exit %d %s", code, errs)
	}
}

// TestTestUnexercised: a pack whose tests never make one of its rules
// produce a finding fails, naming the rule, in every format.
func TestTestUnexercised(t *testing.T) {
	chdirRoot(t)
	code, out, errs := run(t, "test", "testdata/untested-pack")
	want := "testdata/untested-pack/rules.rego:29: rule REG-NEVER-FIRES (data.art22.rules.untested.never_fires) produces no finding in any test"
	if code != ExitFindings || !strings.Contains(out, "2 tests: 2 passed, 0 failed\nUNTESTED "+want) || strings.Contains(out, "REG-FIRES ") {
		t.Errorf("exit %d\n%s%s", code, out, errs)
	}
	if code, out, _ := run(t, "test", "--format", "junit", "testdata/untested-pack"); code != ExitFindings || !strings.Contains(out, want) {
		t.Errorf("junit: exit %d\n%s", code, out)
	}
	// With --run, only some tests run: not checked.
	if code, out, _ := run(t, "test", "--run", "fires", "testdata/untested-pack"); code != ExitClean || strings.Contains(out, "UNTESTED") {
		t.Errorf("--run: exit %d\n%s", code, out)
	}
}

func TestNormalize(t *testing.T) {
	chdirRoot(t)
	code, out, _ := run(t, "normalize", "--as-of", "2026-11-01", "examples/bulgaria-gp/declaration.yaml")
	dec := json.NewDecoder(strings.NewReader(out))
	n := 0
	for dec.More() {
		var v map[string]any
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
		if v["evaluation"].(map[string]any)["asOf"] != "2026-11-01" {
			t.Errorf("asOf: %v", v["evaluation"])
		}
		n++
	}
	if code != ExitClean || n != 2 {
		t.Errorf("exit %d, %d documents, want 2", code, n)
	}
	if code, _, _ := run(t, "normalize", "testdata/bad/enums.yaml"); code != ExitError {
		t.Errorf("bad declaration: exit %d", code)
	}
}
