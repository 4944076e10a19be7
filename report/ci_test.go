package report_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/art22/checker"
	"github.com/art22/checker/policy"
	"github.com/art22/checker/report"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

func format(t *testing.T, f report.Formatter, run *report.Run) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := f.Format(&b, run); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// sarifPlaceholders lists, by JSON path, every -1, empty array and empty
// object of a SARIF log.
func sarifPlaceholders(v any, at string) []string {
	var out []string
	switch v := v.(type) {
	case json.Number:
		if v.String() == "-1" {
			out = append(out, at+" is -1")
		}
	case []any:
		if len(v) == 0 {
			out = append(out, at+" is empty")
		}
		for i, e := range v {
			out = append(out, sarifPlaceholders(e, fmt.Sprintf("%s[%d]", at, i))...)
		}
	case map[string]any:
		if len(v) == 0 {
			out = append(out, at+" is empty")
		}
		for k, e := range v {
			out = append(out, sarifPlaceholders(e, at+"."+k)...)
		}
	}
	return out
}

type sarifLog struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Rules []struct {
					ID                   string `json:"id"`
					HelpURI              string `json:"helpUri"`
					DefaultConfiguration struct {
						Enabled *bool `json:"enabled"`
					} `json:"defaultConfiguration"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Properties struct {
			SkippedRules []string `json:"skippedRules"`
		} `json:"properties"`
		Results []struct {
			RuleID     string `json:"ruleId"`
			Properties struct {
				Status string `json:"status"`
			} `json:"properties"`
			Suppressions []struct {
				Justification string `json:"justification"`
			} `json:"suppressions"`
		} `json:"results"`
	} `json:"runs"`
}

func parseSARIF(t *testing.T, b []byte) sarifLog {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	if bad := sarifPlaceholders(doc, "$"); len(bad) > 0 {
		t.Errorf("SARIF holds placeholders (SARIF2004): %s", strings.Join(bad, "; "))
	}
	rep, err := sarif.FromBytes(b)
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Validate(); err != nil {
		t.Errorf("SARIF does not validate against the 2.1.0 schema: %v", err)
	}
	var log sarifLog
	if err := json.Unmarshal(b, &log); err != nil {
		t.Fatal(err)
	}
	return log
}

// TestSARIFResults: waived and out-of-scope findings are results only when
// asked for, then suppressed with a justification; the log holds no -1 and
// no empty array or object; helpUri is a source's address.
func TestSARIFResults(t *testing.T) {
	run := testRun(t)
	want := map[checker.Status]int{}
	for _, rep := range run.Reports {
		for _, f := range rep.Findings {
			want[f.Status]++
		}
	}
	if want[checker.OutOfScope] == 0 || want[checker.Waived] == 0 {
		t.Fatalf("the test run needs out-of-scope and waived findings: %v", want)
	}
	count := func(log sarifLog) map[string]int {
		got := map[string]int{}
		for _, r := range log.Runs[0].Results {
			got[r.Properties.Status]++
			suppressed := r.Properties.Status == "waived" || r.Properties.Status == "out-of-scope"
			if suppressed != (len(r.Suppressions) == 1 && r.Suppressions[0].Justification != "") {
				t.Errorf("%s (%s): suppressions %v", r.RuleID, r.Properties.Status, r.Suppressions)
			}
		}
		return got
	}
	byDefault := count(parseSARIF(t, format(t, report.SARIF{}, run)))
	if byDefault["waived"] != 0 || byDefault["out-of-scope"] != 0 {
		t.Errorf("waived or out-of-scope findings are results by default: %v", byDefault)
	}
	if byDefault["open"] != want[checker.Open] || byDefault["upcoming"] != want[checker.Upcoming] {
		t.Errorf("results %v, want every open and upcoming finding: %v", byDefault, want)
	}
	all := count(parseSARIF(t, format(t, report.SARIF{Include: report.SARIFStatuses}, run)))
	if all["waived"] != want[checker.Waived] || all["out-of-scope"] != want[checker.OutOfScope] {
		t.Errorf("with Include, results %v, want %v", all, want)
	}
	scope := count(parseSARIF(t, format(t, report.SARIF{Include: []checker.Status{checker.OutOfScope}}, run)))
	if scope["waived"] != 0 || scope["out-of-scope"] != want[checker.OutOfScope] {
		t.Errorf("with out-of-scope alone, results %v", scope)
	}

	log := parseSARIF(t, format(t, report.SARIF{}, run))
	for i, d := range log.Runs[0].Tool.Driver.Rules {
		r := run.Rules[i]
		first := ""
		for _, s := range r.Sources {
			if strings.HasPrefix(s.URL, "http://") || strings.HasPrefix(s.URL, "https://") {
				first = s.URL
				break
			}
		}
		if d.ID != r.ID || d.HelpURI != first {
			t.Errorf("%s: helpUri %q, want its first source's address %q", d.ID, d.HelpURI, first)
		}
		if d.DefaultConfiguration.Enabled == nil || !*d.DefaultConfiguration.Enabled {
			t.Errorf("%s: not enabled, yet evaluated", d.ID)
		}
	}
}

// TestSARIFSkipped: a rule not evaluated is described as disabled, and
// listed in the run's properties.
func TestSARIFSkipped(t *testing.T) {
	run := testRun(t)
	run.Skipped = []string{run.Rules[0].ID, run.Rules[2].ID}
	log := parseSARIF(t, format(t, report.SARIF{}, run))
	if got := log.Runs[0].Properties.SkippedRules; strings.Join(got, ",") != strings.Join(run.Skipped, ",") {
		t.Errorf("skippedRules %v, want %v", got, run.Skipped)
	}
	for i, d := range log.Runs[0].Tool.Driver.Rules {
		skipped := i == 0 || i == 2
		if d.DefaultConfiguration.Enabled == nil || *d.DefaultConfiguration.Enabled == skipped {
			t.Errorf("%s: enabled %v, skipped %v", d.ID, d.DefaultConfiguration.Enabled, skipped)
		}
	}
}

// TestSARIFNoFinding: with nothing found, results is the one array left
// empty: the tool ran and found nothing.
func TestSARIFNoFinding(t *testing.T) {
	run := testRun(t)
	run.Reports = nil
	b := format(t, report.SARIF{}, run)
	if !bytes.Contains(b, []byte(`"results": []`)) {
		t.Error("no results array in a run that found nothing")
	}
	if bytes.Contains(b, []byte(": -1")) || bytes.Contains(b, []byte(`"locations": []`)) {
		t.Error("placeholders in a run that found nothing")
	}
}

type junitDoc struct {
	Tests    int  `xml:"tests,attr"`
	Failures int  `xml:"failures,attr"`
	Errors   *int `xml:"errors,attr"`
	Skipped  int  `xml:"skipped,attr"`
	Suites   []struct {
		Timestamp string `xml:"timestamp,attr"`
		Failures  int    `xml:"failures,attr"`
		Errors    *int   `xml:"errors,attr"`
		Cases     []struct {
			Name    string `xml:"name,attr"`
			File    string `xml:"file,attr"`
			Line    int    `xml:"line,attr"`
			Failure *struct {
				Message string `xml:"message,attr"`
				Text    string `xml:",chardata"`
			} `xml:"failure"`
			Skipped *struct {
				Message string `xml:"message,attr"`
			} `xml:"skipped"`
			SystemOut string `xml:"system-out"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

// TestJUnitFailOn: the failures are exactly the open findings at or above
// --fail-on, one each; open findings below it pass with what was found in
// system-out; so failures > 0 whenever the run fails, and only then.
func TestJUnitFailOn(t *testing.T) {
	run := testRun(t)
	for _, failOn := range []checker.Severity{checker.Violation, checker.Risk, checker.Advice, ""} {
		run.FailOn = failOn
		var doc junitDoc
		if err := xml.Unmarshal(format(t, report.JUnit{}, run), &doc); err != nil {
			t.Fatal(err)
		}
		failing, below := 0, 0
		for _, rep := range run.Reports {
			for _, f := range rep.Findings {
				if f.Status != checker.Open {
					continue
				}
				if failOn != "" && f.Severity.Rank() >= failOn.Rank() {
					failing++
				} else {
					below++
				}
			}
		}
		failures, passedWithOutput := 0, 0
		for _, s := range doc.Suites {
			if s.Timestamp != "2026-11-01T00:00:00" || s.Errors == nil || *s.Errors != 0 {
				t.Errorf("suite timestamp %q errors %v", s.Timestamp, s.Errors)
			}
			for _, c := range s.Cases {
				if c.File == "" {
					t.Errorf("%s: no file attribute", c.Name)
				}
				if c.Failure != nil {
					failures++
					if strings.Contains(c.Failure.Message, "more)") || c.Line == 0 || !strings.Contains(c.Failure.Text, fmt.Sprintf(":%d:", c.Line)) {
						t.Errorf("failure %s: message %q, line %d, text %q", c.Name, c.Failure.Message, c.Line, c.Failure.Text)
					}
				}
				if c.SystemOut != "" && c.Failure == nil && c.Skipped == nil {
					passedWithOutput++
					if c.Line == 0 || !strings.Contains(c.SystemOut, "not a failure") {
						t.Errorf("passed finding %s: line %d, system-out %q", c.Name, c.Line, c.SystemOut)
					}
				}
			}
		}
		if failures != failing || doc.Failures != failing || passedWithOutput != below {
			t.Errorf("--fail-on %q: %d failure elements, failures=%d, %d passed with output; want %d failing and %d below", failOn, failures, doc.Failures, passedWithOutput, failing, below)
		}
		if (doc.Failures > 0) != run.Failed() {
			t.Errorf("--fail-on %q: failures=%d but the run failed: %v", failOn, doc.Failures, run.Failed())
		}
		if doc.Errors == nil || *doc.Errors != 0 {
			t.Errorf("errors attribute %v, want 0", doc.Errors)
		}
	}
}

// TestJUnitSkippedRules: a rule not evaluated is a skipped test case.
func TestJUnitSkippedRules(t *testing.T) {
	run := testRun(t)
	run.Skipped = []string{"ART30-ROPA"}
	var doc junitDoc
	if err := xml.Unmarshal(format(t, report.JUnit{}, run), &doc); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range doc.Suites[0].Cases {
		if strings.HasPrefix(c.Name, "ART30-ROPA:") {
			n++
			if c.Skipped == nil || !strings.Contains(c.Skipped.Message, "not evaluated") {
				t.Errorf("skipped rule's test case: %+v", c)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d test cases for the skipped rule", n)
	}
}

// synthetic builds a report with findings of the given severities, in
// that order, all open.
func synthetic(file string, sevs ...checker.Severity) *checker.Report {
	rep := &checker.Report{File: file, AsOf: "2026-11-01"}
	for i, s := range sevs {
		rep.Findings = append(rep.Findings, checker.Finding{
			RuleID: "TEST-" + strings.ToUpper(string(s)), Severity: s, Status: checker.Open,
			Message: fmt.Sprintf("finding %d", i), Because: []string{"a fact"}, Remediation: "fix it",
			Path: fmt.Sprintf("/x/%d", i), Location: policy.Position{File: file, Line: i + 1, Column: 1},
		})
	}
	return rep
}

// TestGitHubLimits: annotations go violations first, at most 10 of each
// kind, then a plain line counts the findings not annotated.
func TestGitHubLimits(t *testing.T) {
	var sevs []checker.Severity
	for range 12 {
		sevs = append(sevs, checker.Advice, checker.Risk, checker.Violation)
	}
	run := &report.Run{AsOf: "2026-11-01", FailOn: checker.Advice, Reports: []*checker.Report{synthetic("d.yaml", sevs...)}}
	out := string(format(t, &report.GitHub{}, run))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	var kinds []string
	for _, l := range lines {
		if strings.HasPrefix(l, "::") {
			kinds = append(kinds, l[2:strings.Index(l, " ")])
		}
	}
	want := strings.Repeat("error ", 10) + strings.Repeat("warning ", 10) + strings.Repeat("notice ", 10)
	if got := strings.Join(kinds, " ") + " "; got != want {
		t.Errorf("annotations in order %s, want %s", got, want)
	}
	if len(lines) != 32 || lines[30] != "art22: 6 findings not annotated: GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (the job summary, or --format text, lists them)" ||
		!strings.HasPrefix(lines[31], "art22: 12 violations, 12 risks, 12 advice") {
		t.Errorf("after the annotations:\n%s", strings.Join(lines[min(30, len(lines)):], "\n"))
	}
	// Within its kind, an annotation keeps the findings' order.
	if !strings.Contains(lines[0], "line=3,") || !strings.Contains(lines[1], "line=6,") {
		t.Errorf("first errors: %s / %s", lines[0], lines[1])
	}
	few := &report.Run{AsOf: "2026-11-01", Reports: []*checker.Report{synthetic("d.yaml", checker.Advice, checker.Violation)}}
	out = string(format(t, &report.GitHub{}, few))
	if strings.Contains(out, "not annotated") || !strings.HasPrefix(out, "::error") {
		t.Errorf("two findings:\n%s", out)
	}
}

// TestGitHubEscape: workflow-command data escapes %, CR and LF; properties
// escape : and , too.
func TestGitHubEscape(t *testing.T) {
	rep := synthetic("dir:a,b%.yaml", checker.Violation)
	rep.Findings[0].Message = "100% sure\r\n::error::forged"
	rep.Findings[0].RuleID = "A:B,C"
	out := string(format(t, &report.GitHub{}, &report.Run{AsOf: "2026-11-01", Reports: []*checker.Report{rep}}))
	line := strings.SplitN(out, "\n", 2)[0]
	if !strings.HasPrefix(line, "::error file=dir%3Aa%2Cb%25.yaml,line=1,col=1,title=A%3AB%2CC (violation)::100%25 sure") {
		t.Errorf("annotation not escaped: %s", line)
	}
	if strings.Count(out, "\n") != 2 || strings.Contains(out, "\r") {
		t.Errorf("a value broke the line:\n%q", out)
	}
}

// TestGitHubStepSummary: the job summary is appended to the file, with the
// counts and a table of the open findings.
func TestGitHubStepSummary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "summary.md")
	if err := os.WriteFile(path, []byte("# earlier step\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := synthetic("d.yaml", checker.Violation, checker.Risk)
	rep.Findings[1].Message = "a | b <script>"
	up := synthetic("e.yaml", checker.Violation)
	up.Findings[0].Status = checker.Upcoming
	run := &report.Run{AsOf: "2026-11-01", FailOn: checker.Violation, Reports: []*checker.Report{rep, up}}
	format(t, &report.GitHub{StepSummary: path}, run)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	for _, want := range []string{
		"# earlier step\n## art22\n",
		"The check fails (--fail-on violation).",
		"| violation | 1 |\n| risk | 1 |\n| advice | 0 |",
		"Not counted: 1 upcoming.",
		"| violation | TEST-VIOLATION | `d.yaml:1:1` | finding 0 |",
		"| risk | TEST-RISK | `d.yaml:2:1` | a \\| b &lt;script&gt; |",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("job summary lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "e.yaml") {
		t.Error("an upcoming finding in the table of open findings")
	}
	var many []checker.Severity
	for range report.StepSummaryRows + 5 {
		many = append(many, checker.Advice)
	}
	os.Remove(path)
	format(t, &report.GitHub{StepSummary: path}, &report.Run{AsOf: "2026-11-01", FailOn: checker.Violation, Reports: []*checker.Report{synthetic("d.yaml", many...)}})
	b, _ = os.ReadFile(path)
	if n := strings.Count(string(b), "| advice | TEST-ADVICE |"); n != report.StepSummaryRows || !strings.Contains(string(b), "And 5 more open findings") || !strings.Contains(string(b), "The check passes") {
		t.Errorf("%d rows:\n%s", n, b)
	}
}

// TestCodeQuality: only open findings, severities mapped, and a
// fingerprint that does not move with the line.
func TestCodeQuality(t *testing.T) {
	run := testRun(t)
	var issues []struct {
		Description string `json:"description"`
		CheckName   string `json:"check_name"`
		Fingerprint string `json:"fingerprint"`
		Severity    string `json:"severity"`
		Location    struct {
			Path  string `json:"path"`
			Lines struct {
				Begin int `json:"begin"`
			} `json:"lines"`
		} `json:"location"`
	}
	if err := json.Unmarshal(format(t, &report.CodeQuality{}, run), &issues); err != nil {
		t.Fatal(err)
	}
	open := 0
	for _, rep := range run.Reports {
		open += rep.Count(checker.Advice)
	}
	if len(issues) != open {
		t.Errorf("%d issues, want the %d open findings", len(issues), open)
	}
	seen := map[string]bool{}
	sev := regexp.MustCompile(`^(critical|major|minor)$`)
	for _, is := range issues {
		if seen[is.Fingerprint] || len(is.Fingerprint) != 32 {
			t.Errorf("fingerprint %q repeated or malformed", is.Fingerprint)
		}
		seen[is.Fingerprint] = true
		if !sev.MatchString(is.Severity) || is.Location.Path == "" || is.Location.Lines.Begin < 1 || !strings.HasPrefix(is.Description, is.CheckName+": ") {
			t.Errorf("issue %+v", is)
		}
	}
	rep := synthetic("d.yaml", checker.Violation, checker.Risk, checker.Advice)
	first := format(t, &report.CodeQuality{}, &report.Run{Reports: []*checker.Report{rep}})
	for i := range rep.Findings {
		rep.Findings[i].Location.Line += 40
	}
	moved := format(t, &report.CodeQuality{}, &report.Run{Reports: []*checker.Report{rep}})
	fp := regexp.MustCompile(`"fingerprint": "[0-9a-f]+"`)
	if a, b := fp.FindAll(first, -1), fp.FindAll(moved, -1); len(a) != 3 || fmt.Sprint(a) != fmt.Sprint(b) {
		t.Errorf("fingerprints move with the line: %s / %s", a, b)
	}
	for _, want := range []string{`"severity": "critical"`, `"severity": "major"`, `"severity": "minor"`} {
		if !bytes.Contains(first, []byte(want)) {
			t.Errorf("no %s", want)
		}
	}
	if got := string(format(t, &report.CodeQuality{}, &report.Run{})); got != "[]\n" {
		t.Errorf("no finding: %q", got)
	}
}

// TestTextQuietAndSkipped: quiet text is the summary line alone, and the
// summary says how many rules were skipped.
func TestTextQuietAndSkipped(t *testing.T) {
	run := testRun(t)
	run.Skipped = []string{"A-B", "C-D", "E-F"}
	out := string(format(t, &report.Text{Quiet: true}, run))
	if strings.Count(out, "\n") != 1 || !strings.HasSuffix(out, "as of 2026-11-01; 3 rules skipped\n") {
		t.Errorf("quiet text: %q", out)
	}
	full := string(format(t, &report.Text{}, run))
	if !strings.HasSuffix(full, out) || len(full) <= len(out) {
		t.Error("the quiet summary is not the full report's last line")
	}
	var doc struct {
		Summary struct {
			RulesSkipped int `json:"rulesSkipped"`
		} `json:"summary"`
		Skipped []string `json:"skipped"`
	}
	if err := json.Unmarshal(format(t, report.JSON{}, run), &doc); err != nil || doc.Summary.RulesSkipped != 3 || len(doc.Skipped) != 3 {
		t.Errorf("JSON skipped %+v (%v)", doc, err)
	}
	for name, f := range map[string]report.Formatter{"markdown": report.Markdown{}, "html": report.HTML{}} {
		if !bytes.Contains(format(t, f, run), []byte("Not evaluated (--only, --skip)")) {
			t.Errorf("%s does not list the skipped rules", name)
		}
	}
}
