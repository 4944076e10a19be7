package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/art22/checker"
	"github.com/art22/checker/report"
)

// TestExplainCountries: the rule catalog marks national law with its
// country.
func TestExplainCountries(t *testing.T) {
	r := checker.Rule{ID: "X-Y", Articles: []checker.Article{{Instrument: "GDPR", Kind: "Art.", Number: "9", Paragraph: "4"}, {Instrument: "GenDG", Kind: "§", Number: "18", Paragraph: "1", Country: "DE"}}}
	var b bytes.Buffer
	if err := report.Explain(&b, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Articles: GDPR Art. 9(4), GenDG § 18(1) [DE]\n") {
		t.Errorf("explain:\n%s", b.String())
	}
}
