package checker_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/art22/checker"
)

// checkEdited checks a copy of an example declaration with edits applied.
func checkEdited(t *testing.T, c *checker.Checker, example string, edits ...string) *checker.Report {
	t.Helper()
	b, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for i := 0; i+1 < len(edits); i += 2 {
		if !strings.Contains(s, edits[i]) {
			t.Fatalf("%s has no %q", example, edits[i])
		}
		s = strings.ReplaceAll(s, edits[i], edits[i+1])
	}
	file := filepath.Join(t.TempDir(), "declaration.yaml")
	if err := os.WriteFile(file, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	reps, err := c.CheckFile(context.Background(), file)
	if err != nil {
		t.Fatal(err)
	}
	return reps[0]
}

func citesOf(rep *checker.Report, rule string) (cites []string, note string, found bool) {
	for _, f := range rep.Findings {
		if f.RuleID != rule {
			continue
		}
		for _, a := range f.Articles {
			cites = append(cites, a.String())
		}
		return cites, f.ArticlesNote, true
	}
	return nil, "", false
}

// TestArticlesByCountry: a finding cites the national law of the countries
// where the declaration's products are sold, and EU law always; a rule
// that applies by country and cites no law of those countries keeps every
// article and says so; a rule that applies everywhere leaves out national
// law of other countries.
func TestArticlesByCountry(t *testing.T) {
	c, err := checker.New(checker.WithAsOf(asOf))
	if err != nil {
		t.Fatal(err)
	}
	const ex = "examples/ai-pricing/declaration.yaml"
	tests := []struct {
		name  string
		edits []string
		want  string
		note  bool
	}{
		{"Iceland", []string{"countries: [DE, GB, FR, IE]", "countries: [IS]", "countries: [DE, IE]", "countries: [IS]"},
			"GDPR Art. 9(4), GDPR Art. 9(1), Iceland Act 30/2004 Art. 82(2)", false},
		{"Germany and France", nil,
			"GDPR Art. 9(4), GDPR Art. 9(1), GenDG § 18(1), CSP Art. L1141-1", false},
		{"United Kingdom only", []string{"countries: [DE, GB, FR, IE]", "countries: [GB]", "countries: [DE, IE]", "countries: [GB]", "line: life", "line: critical-illness"},
			"GDPR Art. 9(4), GDPR Art. 9(1), Iceland Act 30/2004 Art. 82(2), GenDG § 18(1), CSP Art. L1141-1", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := checkEdited(t, c, ex, tt.edits...)
			cites, note, ok := citesOf(rep, "ART9-4-GENETIC-BAN")
			if !ok {
				t.Fatal("ART9-4-GENETIC-BAN does not fire")
			}
			if got := strings.Join(cites, ", "); got != tt.want {
				t.Errorf("articles %s\nwant     %s", got, tt.want)
			}
			if tt.note != (note != "") {
				t.Errorf("note %q, want one: %v", note, tt.note)
			}
			if tt.note && !strings.Contains(note, "is of DE, FR, IS, and the products are sold in GB") {
				t.Errorf("note %q", note)
			}
		})
	}
	// ART14-THIRD-PARTY-SOURCE rests on the GDPR and cites Icelandic law
	// too: for products sold in Germany only, the Icelandic law is left out,
	// with no note.
	rep := checkEdited(t, c, "examples/berlin-credit-card/declaration.yaml")
	cites, note, ok := citesOf(rep, "ART14-THIRD-PARTY-SOURCE")
	if !ok || note != "" || strings.Contains(strings.Join(cites, ", "), "Iceland") || len(cites) == 0 {
		t.Errorf("ART14-THIRD-PARTY-SOURCE for Germany: %v, note %q", cites, note)
	}
	r, _ := c.Rule("ART14-THIRD-PARTY-SOURCE")
	if n := len(r.Articles); n != len(cites)+1 {
		t.Errorf("the rule has %d articles, the finding %d: one, Iceland's, should be left out", n, len(cites))
	}
}

// TestArticleCountryMetadata: an article of national law is written
// {cite, country}; its country must be an ISO code and nothing else may be
// written with it.
func TestArticleCountryMetadata(t *testing.T) {
	withArticles := func(arts string) string {
		return strings.Replace(rule("REG-X", "\tsome i, d in input.decisions"), "articles: [GDPR Art. 22(3)]", "articles: "+arts, 1)
	}
	dir := writePack(t, manifest, withArticles(`[GDPR Art. 22(3), {cite: "GenDG § 18(1)", country: DE}]`))
	c, err := checker.New(checker.WithRulePack(dir))
	if err != nil {
		t.Fatal(err)
	}
	r, _ := c.Rule("REG-X")
	if len(r.Articles) != 2 || r.Articles[0].Country != "" || r.Articles[1].Country != "DE" || r.Articles[1].String() != "GenDG § 18(1)" {
		t.Errorf("articles %+v", r.Articles)
	}
	for arts, want := range map[string]string{
		`[{cite: "GenDG § 18(1)", country: de}]`:             `country "de" must be an ISO 3166-1 alpha-2 code`,
		`[{cite: "GenDG § 18(1)"}]`:                          `country "" must be an ISO 3166-1 alpha-2 code`,
		`[{cite: "GenDG § 18(1)", country: DE, law: GenDG}]`: `article has unknown field "law"`,
		`[{cite: "GenDG 18", country: DE}]`:                  `citation "GenDG 18" is not of the form`,
	} {
		_, err := checker.New(checker.WithRulePack(writePack(t, manifest, withArticles(arts))))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want %q", arts, err, want)
		}
	}
}
