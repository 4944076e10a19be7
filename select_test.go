package checker_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/art22/checker"
)

func checkTM(t *testing.T, opts ...checker.Option) (*checker.Checker, *checker.Report) {
	t.Helper()
	c, err := checker.New(append([]checker.Option{checker.WithAsOf(asOf)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	reps, err := c.CheckFile(context.Background(), "examples/tm/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return c, reps[0]
}

// TestWithOnly: only the rules matching a glob are evaluated; every other
// rule is listed as skipped, in the checker and in the report.
func TestWithOnly(t *testing.T) {
	all, full := checkTM(t)
	if len(full.Skipped) != 0 || full.Skipped == nil {
		t.Fatalf("no selection: skipped %v, want an empty list", full.Skipped)
	}
	c, rep := checkTM(t, checker.WithOnly("ART32-*"))
	want := 0
	for _, f := range full.Findings {
		if strings.HasPrefix(f.RuleID, "ART32-") {
			want++
		}
	}
	if want == 0 {
		t.Fatal("the TM example has no ART32 finding: the test needs one")
	}
	if len(rep.Findings) != want {
		t.Errorf("%d findings with --only ART32-*, want the %d ART32 findings", len(rep.Findings), want)
	}
	for _, f := range rep.Findings {
		if !strings.HasPrefix(f.RuleID, "ART32-") {
			t.Errorf("finding of %s, which is not selected", f.RuleID)
		}
	}
	var skipped []string
	for _, r := range all.Rules() {
		if !strings.HasPrefix(r.ID, "ART32-") {
			skipped = append(skipped, r.ID)
		}
	}
	if !slices.Equal(c.Skipped(), skipped) || !slices.Equal(rep.Skipped, skipped) {
		t.Errorf("skipped %v (report %v), want %v", c.Skipped(), rep.Skipped, skipped)
	}
	if !c.Selected("ART32-ACCESS-LOGGING") || c.Selected("ART22-2-NO-EXCEPTION") || c.Selected("NO-SUCH-RULE") {
		t.Error("Selected disagrees with the selection")
	}
	if !strings.Contains(c.Query(), "art22.rules.security") || strings.Contains(c.Query(), "art22.rules.fairness") {
		t.Errorf("the query evaluates rules that are skipped, or not those selected: %s", c.Query())
	}
}

// TestWithSkip: a skipped rule has no finding, and WithSkip wins over
// WithOnly.
func TestWithSkip(t *testing.T) {
	_, rep := checkTM(t, checker.WithSkip("ART32-ACCESS-LOGGING"))
	for _, f := range rep.Findings {
		if f.RuleID == "ART32-ACCESS-LOGGING" {
			t.Error("a finding of the skipped rule")
		}
	}
	if !slices.Equal(rep.Skipped, []string{"ART32-ACCESS-LOGGING"}) {
		t.Errorf("skipped %v", rep.Skipped)
	}
	c, _ := checkTM(t, checker.WithOnly("ART32-*"), checker.WithSkip("ART32-ACCESS-LOGGING"))
	if c.Selected("ART32-ACCESS-LOGGING") || !slices.Contains(c.Skipped(), "ART32-ACCESS-LOGGING") {
		t.Error("WithSkip does not win over WithOnly")
	}
}

// TestSelectPack: a pack is selected by its name or by its namespace, and
// "art22" names the built-in rules.
func TestSelectPack(t *testing.T) {
	for _, pattern := range []string{"examples/rule-pack", "art22/rules/regulator", "art22.rules.regulator", "data.art22.rules.regulator"} {
		c, err := checker.New(checker.WithAsOf(asOf), checker.WithRulePack("examples/rule-pack"), checker.WithOnly(pattern))
		if err != nil {
			t.Fatalf("%s: %v", pattern, err)
		}
		var selected []string
		for _, r := range c.Rules() {
			if c.Selected(r.ID) {
				selected = append(selected, r.ID)
			}
		}
		if !slices.Equal(selected, []string{"REG-DECLINE-REVIEW-5-DAYS"}) {
			t.Errorf("--only %s selects %v", pattern, selected)
		}
	}
	c, err := checker.New(checker.WithAsOf(asOf), checker.WithRulePack("examples/rule-pack"), checker.WithOnly("art22"))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(c.Skipped(), []string{"REG-DECLINE-REVIEW-5-DAYS"}) {
		t.Errorf("--only art22 skips %v, want the pack's rule", c.Skipped())
	}
	c, err = checker.New(checker.WithAsOf(asOf), checker.WithOnly("art22.rules.fairness"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range c.Rules() {
		if c.Selected(r.ID) != (r.Area == "fairness") {
			t.Errorf("--only art22.rules.fairness: %s (area %s) selected %v", r.ID, r.Area, c.Selected(r.ID))
		}
	}
}

// TestSelectUnknown: a pattern that matches nothing is an error that
// suggests the nearest name; so is a selection that leaves nothing.
func TestSelectUnknown(t *testing.T) {
	for _, tc := range []struct {
		opt                checker.Option
		option, suggestion string
	}{
		{checker.WithOnly("ART32-ACCES-LOGGING"), "only", "ART32-ACCESS-LOGGING"},
		{checker.WithSkip("art32-access-logging"), "skip", "ART32-ACCESS-LOGGING"},
		{checker.WithSkip("ATR32-*"), "skip", "ART32-*"},
		{checker.WithOnly("art22.rules.fairnes"), "only", "art22.rules.fairness"},
		{checker.WithOnly("ZZZZZZZZZZ"), "only", ""},
		{checker.WithOnly("ART["), "only", ""},
		{checker.WithSkip(""), "skip", ""},
	} {
		_, err := checker.New(checker.WithAsOf(asOf), tc.opt)
		var se *checker.SelectionError
		if !errors.As(err, &se) {
			t.Errorf("want a SelectionError, got %v", err)
			continue
		}
		if se.Option != tc.option || se.Suggestion != tc.suggestion {
			t.Errorf("%v: option %q suggestion %q, want %q %q", err, se.Option, se.Suggestion, tc.option, tc.suggestion)
		}
		if tc.suggestion != "" && !strings.Contains(err.Error(), "did you mean "+tc.suggestion+"?") {
			t.Errorf("error %q does not suggest %s", err, tc.suggestion)
		}
	}
	_, err := checker.New(checker.WithAsOf(asOf), checker.WithOnly("ART32-*"), checker.WithSkip("ART32-*"))
	var se *checker.SelectionError
	if !errors.As(err, &se) || se.Option != "" {
		t.Errorf("a selection of no rule: %v", err)
	}
}

// TestSkippedWaiverNotStale: a waiver of a skipped rule is not reported
// stale: its rule was not evaluated.
func TestSkippedWaiverNotStale(t *testing.T) {
	run := func(opts ...checker.Option) *checker.Report {
		c, err := checker.New(append([]checker.Option{checker.WithAsOf(asOf)}, opts...)...)
		if err != nil {
			t.Fatal(err)
		}
		reps, err := c.CheckFile(context.Background(), "testdata/waivers/declaration.yaml")
		if err != nil {
			t.Fatal(err)
		}
		return reps[0]
	}
	full := run()
	if len(full.StaleWaivers) == 0 {
		t.Fatal("the waivers test declaration has no stale waiver: the test needs one")
	}
	rule := full.StaleWaivers[0].Rule
	for _, sw := range run(checker.WithSkip(rule)).StaleWaivers {
		if sw.Rule == rule {
			t.Errorf("the waiver of skipped rule %s is reported stale", rule)
		}
	}
}
