package cli

import (
	"strings"
	"testing"
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
