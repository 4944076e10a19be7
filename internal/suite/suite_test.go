package suite

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/art22/checker/internal/golden" // accepts -update, so that go test ./... -update runs everywhere
)

const decl = `apiVersion: art22/v1
controller: {name: Example, country: IS, recordOfProcessing: {maintained: false}}
products: [{id: life, name: Life, line: life, countries: [IS]}]
dataCategories: [{id: age, name: Age, about: age, class: ordinary, necessity: Pricing., retention: {period: 1 year, declinedApplicants: 1 month, deletion: automatic}}]
purposes: [{id: uw, name: Underwriting, type: underwriting, legalBasis: contract, categories: [age]}]
outOfScope:
  - {area: privacy-notice, reason: Not described.}
  - {area: fairness, reason: Not described.}
  - {area: security, reason: Not described.}
  - {area: breaches, reason: Not described.}
  - {area: request-handling, reason: Not described.}
`

func writeCase(t *testing.T, expected string) Case {
	t.Helper()
	dir := t.TempDir()
	d := filepath.Join(dir, "d.yaml")
	if err := os.WriteFile(d, []byte(decl), 0o644); err != nil {
		t.Fatal(err)
	}
	e := filepath.Join(dir, "d"+Suffix)
	if err := os.WriteFile(e, []byte(expected), 0o644); err != nil {
		t.Fatal(err)
	}
	return Case{Declaration: d, Expected: e}
}

func TestRunAndUpdate(t *testing.T) {
	c := writeCase(t, "apiVersion: art22.expected/v1\nasOf: 2026-11-01\nfindings:\n  - rule: ART30-ROPA\n    severity: risk\n    status: open\n    path: /controller/recordOfProcessing\n    location: \"9:42\"\n    note: kept\n  - rule: ART30-ROPA\n    severity: risk\n    status: open\n    path: /x\n    location: \"1:1\"\n")
	var r Runner
	res, err := r.Run(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	if res.OK() || len(res.Missing) != 1 || res.Missing[0].Path != "/x" {
		t.Fatalf("missing %v, unexpected %v", res.Missing, res.Unexpected)
	}
	var ropa bool
	for _, f := range res.Matched {
		ropa = ropa || f.Rule == "ART30-ROPA"
	}
	if !ropa {
		t.Errorf("ART30-ROPA not matched at another location: %v", res.Matched)
	}
	if len(res.Moved) != 1 || res.Moved[0].Expected.Location != "9:42" || res.Moved[0].Location == "9:42" {
		t.Errorf("moved: %v", res.Moved)
	}
	strict := Runner{StrictLocations: true}
	if res, err := strict.Run(context.Background(), c); err != nil || containsRule(res.Matched, "ART30-ROPA") || !containsRule(res.Unexpected, "ART30-ROPA") {
		t.Errorf("strict locations matched a finding at another location: %v %v", err, res.Matched)
	}
	changed, err := r.Update(context.Background(), c)
	if err != nil || !changed {
		t.Fatal(changed, err)
	}
	b, _ := os.ReadFile(c.Expected)
	if strings.Contains(string(b), "/x") || !strings.Contains(string(b), "note: kept") || !strings.HasPrefix(string(b), DefaultHeader) {
		t.Errorf("update did not drop the stale finding, lost the note or wrote no header:\n%s", b)
	}
	res, err = strict.Run(context.Background(), c)
	if err != nil || !res.OK() {
		t.Fatalf("after update: %v %v %v", err, res.Missing, res.Unexpected)
	}
	if changed, err := r.Update(context.Background(), c); err != nil || changed {
		t.Errorf("a second update changed the file: %v %v", changed, err)
	}
}

func containsRule(fs []Finding, rule string) bool {
	for _, f := range fs {
		if f.Rule == rule {
			return true
		}
	}
	return false
}

// TestMessage: an expected finding that gives a message matches only a
// finding with that message; Update keeps the message it gave.
func TestMessage(t *testing.T) {
	var r Runner
	c := writeCase(t, "apiVersion: art22.expected/v1\nasOf: 2026-11-01\nfindings: []\n")
	got, err := r.Findings(context.Background(), c.Declaration, "2026-11-01")
	if err != nil || len(got) == 0 {
		t.Fatal(got, err)
	}
	f := got[0]
	if f.Message == "" {
		t.Fatal("findings carry no message")
	}
	want := func(msg string) string {
		e := f
		e.Message, e.Location = msg, "1:1"
		rest := make([]Finding, 0, len(got))
		for _, g := range got[1:] {
			g.Message = ""
			rest = append(rest, g)
		}
		return string(Format(&Expected{APIVersion: APIVersion, AsOf: "2026-11-01", Findings: append([]Finding{e}, rest...)}))
	}
	for msg, ok := range map[string]bool{f.Message: true, f.Message + " (edited)": false} {
		if err := os.WriteFile(c.Expected, []byte(want(msg)), 0o644); err != nil {
			t.Fatal(err)
		}
		res, err := r.Run(context.Background(), c)
		if err != nil {
			t.Fatal(err)
		}
		if res.OK() != ok {
			t.Errorf("message %q: ok %v, want %v (missing %v, unexpected %v)", msg, res.OK(), ok, res.Missing, res.Unexpected)
		}
	}
	if err := os.WriteFile(c.Expected, []byte(want(f.Message)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Update(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	exp, err := ReadExpected(c.Expected)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range exp.Findings {
		if e.Message != "" {
			n++
			if e.Message != f.Message {
				t.Errorf("message %q, want %q", e.Message, f.Message)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d messages written, want the 1 given", n)
	}
}

// TestUnknownRule: a rule id that names no rule is an error at its
// position in the expected file, with a suggestion when one is close.
func TestUnknownRule(t *testing.T) {
	c := writeCase(t, "apiVersion: art22.expected/v1\nasOf: 2026-11-01\nfindings:\n  - rule: ART30-ROPE\n    severity: risk\n    status: open\n    path: /x\n    location: \"1:1\"\n  -   severity: risk\n      rule: NOTHING-LIKE-IT\n      status: open\n      path: /x\n      location: \"1:1\"\n")
	var r Runner
	_, err := r.Run(context.Background(), c)
	var us UnknownRules
	if !errors.As(err, &us) || len(us) != 2 {
		t.Fatalf("error %v, want two unknown rules", err)
	}
	if want := c.Expected + `:4:11: no rule "ART30-ROPE"; did you mean ART30-ROPA? (art22 rules lists them)`; us[0].Error() != want {
		t.Errorf("got  %s\nwant %s", us[0].Error(), want)
	}
	if want := c.Expected + `:10:13: no rule "NOTHING-LIKE-IT" (art22 rules lists them)`; us[1].Error() != want {
		t.Errorf("got  %s\nwant %s", us[1].Error(), want)
	}
}

func TestHeader(t *testing.T) {
	for in, want := range map[string]string{
		"apiVersion: x\n":                        "",
		"# a\n\n# b  \r\n\napiVersion: x\n# c\n": "# a\n\n# b\n",
		"\n# a\napiVersion: x\n":                 "\n# a\n",
	} {
		if got := header([]byte(in)); got != want {
			t.Errorf("header(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDiscover(t *testing.T) {
	c := writeCase(t, "apiVersion: art22.expected/v1\nasOf: 2026-11-01\nfindings: []\n")
	dir := filepath.Dir(c.Declaration)
	for _, arg := range []string{dir, c.Declaration, c.Expected} {
		cases, err := Discover([]string{arg})
		if err != nil || len(cases) != 1 || cases[0] != c {
			t.Errorf("Discover(%s) = %v, %v", arg, cases, err)
		}
	}
	if _, err := Discover([]string{t.TempDir()}); err == nil {
		t.Error("an empty directory is not a suite")
	}
}

func TestBadExpectedFile(t *testing.T) {
	for _, bad := range []string{
		"apiVersion: art22.expected/v2\nasOf: 2026-11-01\n",
		"apiVersion: art22.expected/v1\nasOf: tomorrow\n",
		"apiVersion: art22.expected/v1\nasOf: 2026-11-01\nfindings:\n  - rule: X\n    sevrity: risk\n",
	} {
		c := writeCase(t, bad)
		var r Runner
		if _, err := r.Run(context.Background(), c); err == nil {
			t.Errorf("accepted a bad expected file:\n%s", bad)
		}
	}
}
