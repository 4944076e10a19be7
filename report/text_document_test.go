package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/art22/checker"
	"github.com/art22/checker/report"
)

// TestTextNamesTheDocument checks that a line of the text report about a
// whole declaration (the findings not counted because their area is out of
// scope) says which document of a multi-document file it is about; a
// finding's own line already does, by its line number.
func TestTextNamesTheDocument(t *testing.T) {
	rep := func(doc int) *checker.Report {
		return &checker.Report{File: "two.yaml", Document: doc, AsOf: "2026-11-01", Findings: []checker.Finding{
			{RuleID: "ART32-SECURITY-POLICY", Severity: checker.Risk, Status: checker.OutOfScope, Area: "security"},
		}}
	}
	var b bytes.Buffer
	if err := (&report.Text{}).Format(&b, &report.Run{AsOf: "2026-11-01", Reports: []*checker.Report{rep(0), rep(1)}}); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"two.yaml: note: 1 finding not counted, in areas the declaration leaves out of scope: security (1) (--format json lists them)",
		"two.yaml (document 2): note: 1 finding not counted, in areas the declaration leaves out of scope: security (1) (--format json lists them)",
	}
	got := strings.Split(b.String(), "\n")
	if len(got) < 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("got\n%s\nwant the first two lines\n%s", b.String(), strings.Join(want, "\n"))
	}
}
