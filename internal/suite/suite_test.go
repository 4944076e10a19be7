package suite

import (
	"context"
	_ "github.com/art22/checker/internal/golden" // accepts -update, so that go test ./... -update runs everywhere
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	c := writeCase(t, "apiVersion: art22.expected/v1\nasOf: 2026-11-01\nfindings:\n  - rule: ART30-ROPA\n    severity: risk\n    status: open\n    path: /controller/recordOfProcessing\n    location: \"2:42\"\n    note: kept\n  - rule: NO-SUCH\n    severity: risk\n    status: open\n    path: /x\n    location: \"1:1\"\n")
	var r Runner
	res, err := r.Run(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	if res.OK() || len(res.Missing) != 1 || res.Missing[0].Rule != "NO-SUCH" {
		t.Fatalf("missing %v, unexpected %v", res.Missing, res.Unexpected)
	}
	var ropa bool
	for _, f := range res.Matched {
		ropa = ropa || f.Rule == "ART30-ROPA"
	}
	if !ropa {
		t.Errorf("ART30-ROPA not matched: %v", res.Matched)
	}
	if err := r.Update(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(c.Expected)
	if strings.Contains(string(b), "NO-SUCH") || !strings.Contains(string(b), "note: kept") {
		t.Errorf("update did not drop the stale finding or lost the note:\n%s", b)
	}
	res, err = r.Run(context.Background(), c)
	if err != nil || !res.OK() {
		t.Fatalf("after update: %v %v %v", err, res.Missing, res.Unexpected)
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
