package report_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/art22/checker"
	"github.com/art22/checker/policy"
	"github.com/art22/checker/report"
)

func finding(rule, path, msg string, line int) checker.Finding {
	return checker.Finding{RuleID: rule, Severity: checker.Risk, Status: checker.Open, Path: path, Message: msg,
		Location: policy.Position{File: "d.yaml", Line: line, Column: 1}}
}

// TestDiff: findings match on rule, file, document, path and message, not
// on line; a finding reported twice is matched twice.
func TestDiff(t *testing.T) {
	old := []*checker.Report{{File: "./d.yaml", Findings: []checker.Finding{
		finding("A", "/a", "a", 1),
		finding("B", "/b", "b", 2),
		finding("C", "/c", "c", 3),
		finding("C", "/c", "c", 3),
		finding("E", "/e", "old words", 5),
	}}, {File: "d.yaml", Document: 1, Findings: []checker.Finding{finding("A", "/a", "a", 20)}}}
	cur := []*checker.Report{{File: "d.yaml", Findings: []checker.Finding{
		finding("A", "/a", "a", 11),        // moved down: unchanged
		finding("C", "/c", "c", 13),        // one of two left: unchanged, the other fixed
		finding("D", "/d", "d", 14),        // new
		finding("E", "/e", "new words", 5), // message changed: new, and the old one fixed
	}}, {File: "d.yaml", Document: 1, Findings: []checker.Finding{finding("A", "/a", "a", 20), finding("A", "/a", "a", 21)}}}
	d := report.Diff(old, cur)
	ids := func(es []report.DiffEntry) string {
		var s []string
		for _, e := range es {
			s = append(s, e.RuleID+":"+e.Message)
		}
		return strings.Join(s, " ")
	}
	if got, want := ids(d.New), "E:new words D:d A:a"; got != want {
		t.Errorf("new %q, want %q", got, want)
	}
	if got, want := ids(d.Fixed), "B:b C:c E:old words"; got != want {
		t.Errorf("fixed %q, want %q", got, want)
	}
	if got, want := ids(d.Unchanged), "A:a C:c A:a"; got != want {
		t.Errorf("unchanged %q, want %q", got, want)
	}
	if d.Unchanged[0].Location.Line != 11 {
		t.Errorf("unchanged findings are at their new location: %v", d.Unchanged[0].Location)
	}
	if d.NewOpen() != 3 {
		t.Errorf("%d new open, want 3", d.NewOpen())
	}
	cur[0].Findings[2].Status = checker.Waived
	if d := report.Diff(old, cur); d.NewOpen() != 2 || len(d.New) != 3 {
		t.Errorf("a new waived finding is new, not open: %d new, %d open", len(d.New), d.NewOpen())
	}
}

// TestBaselineDrop: Drop leaves out what the baseline has, each baseline
// finding once, and Fixed lists what was not seen.
func TestBaselineDrop(t *testing.T) {
	b := report.NewBaseline([]*checker.Report{{File: "d.yaml", Findings: []checker.Finding{finding("A", "/a", "a", 1), finding("B", "/b", "b", 2)}}})
	rep := &checker.Report{File: "d.yaml", Findings: []checker.Finding{finding("A", "/a", "a", 7), finding("A", "/a", "a", 8)}}
	if n := b.Drop(rep); n != 1 || len(rep.Findings) != 1 || rep.Findings[0].Location.Line != 8 {
		t.Errorf("dropped %d, kept %v", n, rep.Findings)
	}
	if f := b.Fixed(); len(f) != 1 || f[0].RuleID != "B" || f[0].File != "d.yaml" {
		t.Errorf("fixed %v", f)
	}
}

func TestWriteDiff(t *testing.T) {
	d := report.Diff(
		[]*checker.Report{{File: "d.yaml", Findings: []checker.Finding{finding("OLD-RULE", "/o", "gone | now", 1), finding("SAME", "/s", "same", 2)}}},
		[]*checker.Report{{File: "d.yaml", Findings: []checker.Finding{finding("NEW-RULE", "/n", "new <b>", 4), finding("SAME", "/s", "same", 3)}}})
	var b bytes.Buffer
	if err := report.WriteDiff(&b, "text", d); err != nil {
		t.Fatal(err)
	}
	if want := "d.yaml:4:1: new risk NEW-RULE: new <b>\nd.yaml:1:1: fixed risk OLD-RULE: gone | now\n1 new finding (1 open), 1 fixed, 1 unchanged\n"; b.String() != want {
		t.Errorf("text:\n%s\nwant:\n%s", b.String(), want)
	}
	b.Reset()
	if err := report.WriteDiff(&b, "markdown", d); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| new | 1 |\n| fixed | 1 |\n| unchanged | 1 |", "## New findings", "| NEW-RULE | risk | open | new &lt;b&gt; |", "## Fixed findings", "gone \\| now"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, b.String())
		}
	}
	b.Reset()
	if err := report.WriteDiff(&b, "json", d); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Version string
		Summary struct{ New, NewOpen, Fixed, Unchanged int }
		New     []struct {
			File string
			Rule string
		}
		Fixed, Unchanged []json.RawMessage
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version != report.DiffVersion || doc.Summary.New != 1 || doc.Summary.NewOpen != 1 || doc.Summary.Fixed != 1 || doc.Summary.Unchanged != 1 ||
		len(doc.New) != 1 || doc.New[0].Rule != "NEW-RULE" || doc.New[0].File != "d.yaml" || len(doc.Fixed) != 1 || len(doc.Unchanged) != 1 {
		t.Errorf("json: %s", b.String())
	}
	if err := report.WriteDiff(&b, "sarif", d); err == nil {
		t.Error("an unknown format is accepted")
	}
}

// TestReadJSON: a JSON report reads back as the reports written; anything
// else is refused.
func TestReadJSON(t *testing.T) {
	run := testRun(t)
	reports, err := report.ReadJSON(bytes.NewReader(render(t, "json", run)))
	if err != nil {
		t.Fatal(err)
	}
	if len(reports) != len(run.Reports) {
		t.Fatalf("%d reports, want %d", len(reports), len(run.Reports))
	}
	d := report.Diff(run.Reports, reports)
	if len(d.New) != 0 || len(d.Fixed) != 0 || len(d.Unchanged) == 0 {
		t.Errorf("a report diffed with itself read back: %d new, %d fixed", len(d.New), len(d.Fixed))
	}
	for _, bad := range []string{``, `[]`, `{"version": "art22.report/v0", "reports": []}`, `{"reports": []}`, `{"version": "art22.report/v1", "reports": [null]}`, `{"version": "art22.report/v1", "reports": [{"findings": [{}]}]}`} {
		if _, err := report.ReadJSON(strings.NewReader(bad)); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
}

// TestBaselineSummary: a run compared with a baseline lists the fixed
// findings and counts the unchanged ones in text, Markdown and JSON.
func TestBaselineSummary(t *testing.T) {
	run := testRun(t)
	run.Baseline = "base.json"
	run.BaselineHidden = 4
	run.BaselineFixed = []report.DiffEntry{{File: "old.yaml", Finding: finding("GONE-RULE", "/g", "it went", 9)}}
	run.BaselineFixed[0].Location.File = "old.yaml"
	for format, want := range map[string][]string{
		"text":     {"old.yaml:9:1: fixed risk GONE-RULE: it went\nbaseline base.json: 4 unchanged (left out), 1 fixed\n"},
		"markdown": {"Compared with the baseline `base.json`: 4 unchanged (left out), 1 fixed.", "## Fixed since the baseline", "| GONE-RULE | risk | open | it went |"},
		"json":     {`"baselineHidden": 4,`, `"baselineFixed": 1`, `"fixed": [`, `"rule": "GONE-RULE"`},
	} {
		got := string(render(t, format, run))
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s lacks %q", format, w)
			}
		}
	}
	run.Baseline, run.BaselineFixed = "base.json", nil
	if got := string(render(t, "json", run)); !strings.Contains(got, `"fixed": []`) {
		t.Error(`json: a run with a baseline and nothing fixed has no "fixed": []`)
	}
	run.Baseline = ""
	if got := string(render(t, "json", run)); strings.Contains(got, `"fixed"`) {
		t.Error(`json: a run without a baseline has "fixed"`)
	}
}
