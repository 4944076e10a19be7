package cli

import (
	"strings"
	"testing"

	"github.com/art22/checker/internal/golden"
)

// TestTextListsRulesSetAside checks that the text report says which rules
// an outOfScope entry sets aside, with its owner, approver, expiry and
// reason, rather than only counting them.
func TestTextListsRulesSetAside(t *testing.T) {
	chdirRoot(t)
	code, out, errs := run(t, "check", "--as-of", "2026-11-01", "examples/viamedis-almerys/declaration.yaml")
	if code != ExitClean {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	want := "examples/viamedis-almerys/declaration.yaml:15:5: note: 9 findings not counted, set aside by outOfScope[0]: ART28-NO-CONTRACT (2), ART33-BREACH-PROCEDURE (3), ART34-DATA-SUBJECTS (4); owner Compliance (Viamedis/Almerys processor file), approved by Data Protection Officer, until 2027-10-31: The CNIL's statement"
	if !strings.Contains(out, want) {
		t.Errorf("text report:\n%s\nwant a line starting %q", out, want)
	}
}

// TestShortQuotes checks the TM example with letters of its certificate
// quoted as evidence: the finding on the smoking loading stays, each claim
// is reported unevidenced, and a note says each quote is too short.
func TestShortQuotes(t *testing.T) {
	chdirRoot(t)
	code, out, errs := run(t, "check", "--as-of", "2026-11-01", "testdata/quotes/tm-short-quotes.yaml")
	if code != ExitFindings || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	golden.Check(t, "testdata/quotes/tm-short-quotes.txt", []byte(out))
	// The rule is configurable: with one character enough, "Reykir: Já"
	// (9 characters) counts, the letters still do not (they are no word of
	// the text, or a word only in part).
	code, out, _ = run(t, "check", "--as-of", "2026-11-01", "--min-quote-words", "1", "--min-quote-chars", "1", "testdata/quotes/tm-short-quotes.yaml")
	if code != ExitFindings || strings.Contains(out, "too short") || strings.Count(out, "violation ART5-1A-FACTOR-NOT-DISCLOSED") != 2 ||
		strings.Contains(out, "claims decision-reasons") {
		t.Errorf("--min-quote-words 1 --min-quote-chars 1: exit %d\n%s", code, out)
	}
}
