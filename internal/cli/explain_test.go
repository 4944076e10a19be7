package cli

import (
	"strings"
	"testing"
)

// TestExplain: ids are found whatever their case; a typo gets the nearest
// ids; without --rules, a pack's rule is said to need it.
func TestExplain(t *testing.T) {
	chdirRoot(t)
	if code, out, _ := run(t, "explain", "art30-ropa"); code != ExitClean || !strings.HasPrefix(out, "ART30-ROPA (risk)\n") {
		t.Errorf("lower case: exit %d\n%s", code, out)
	}
	code, _, errs := run(t, "explain", "ART30-ROP")
	if want := "art22: no rule \"ART30-ROP\"; did you mean ART30-ROPA? (art22 rules lists them; a rule pack's rules need --rules DIR)\n"; code != ExitError || errs != want {
		t.Errorf("typo: exit %d\n%s\nwant %s", code, errs, want)
	}
	if code, _, errs := run(t, "explain", "--rules", "examples/rule-pack", "NO-SUCH-THING-AT-ALL"); code != ExitError || errs != "art22: no rule \"NO-SUCH-THING-AT-ALL\" (art22 rules lists them)\n" {
		t.Errorf("unknown id with --rules: exit %d\n%s", code, errs)
	}
}

// TestExplainHintWorks: the explain command printed under each finding,
// run as printed, explains the rule: with --rules for a pack's rule.
func TestExplainHintWorks(t *testing.T) {
	chdirRoot(t)
	code, out, errs := run(t, "check", "--as-of", "2026-11-01", "--rules", "examples/rule-pack", "examples/reference/")
	if code != ExitFindings {
		t.Fatalf("check: exit %d\n%s%s", code, out, errs)
	}
	var hints []string
	for line := range strings.SplitSeq(out, "\n") {
		if _, cmd, ok := strings.Cut(line, "; art22 explain "); ok {
			hints = append(hints, cmd)
		}
	}
	if !strings.Contains(out, "; art22 explain --rules examples/rule-pack REG-DECLINE-REVIEW-5-DAYS\n") || len(hints) == 0 {
		t.Fatalf("no explain hint with --rules for the pack's finding:\n%s", out)
	}
	for _, h := range hints {
		args := append([]string{"explain"}, strings.Fields(h)...)
		if code, out, errs := run(t, args...); code != ExitClean || out == "" {
			t.Errorf("art22 explain %s: exit %d\n%s", h, code, errs)
		}
	}
}
