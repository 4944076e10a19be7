package report_test

import (
	"strings"
	"testing"
)

// TestMarkdownHumanReview: each open finding of a rule that names what a
// person must still check carries it, as the HTML report does.
func TestMarkdownHumanReview(t *testing.T) {
	run := testRun(t)
	md := string(render(t, "markdown", run))
	humanReview := map[string]string{}
	for _, r := range run.Rules {
		humanReview[r.ID] = r.HumanReview
	}
	checked := 0
	for _, rep := range run.Reports {
		for _, f := range rep.Findings {
			hr := humanReview[f.RuleID]
			if f.Status != "open" || hr == "" || strings.ContainsAny(hr, "<>&") {
				continue
			}
			if !strings.Contains(md, "**What a person must still check.** "+hr+"\n") {
				t.Errorf("%s: the Markdown report does not say what a person must still check: %q", f.RuleID, hr)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no open finding of a rule with humanReview in the test run")
	}
}
