package checker

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// TestMergeFragment: how a rule's example applies to a declaration.
func TestMergeFragment(t *testing.T) {
	decl := `
controller: {name: A, dpo: {name: D, email: d@x}}
consents:
  - {id: a, recorded: false, givenVia: [online]}
  - {id: b, recorded: true}
products: [{id: p, countries: [IE, NL]}]
notes: [x, y]
`
	frag := `
controller: {dpo: {email: null, phone: "1"}}
consents:
  - {id: b, recorded: false}
  - {id: c, recorded: true}
products: [{id: p, countries: [FR]}]
notes: [z]
`
	want := `
controller: {name: A, dpo: {name: D, phone: "1"}}
consents:
  - {id: a, recorded: false, givenVia: [online]}
  - {id: b, recorded: false}
  - {id: c, recorded: true}
products: [{id: p, countries: [FR]}]
notes: [z]
`
	got, err := ApplyFragment([]byte(decl), frag)
	if err != nil {
		t.Fatal(err)
	}
	var g, w any
	yaml.Unmarshal(got, &g)
	yaml.Unmarshal([]byte(want), &w)
	if !reflect.DeepEqual(g, w) {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if _, err := ApplyFragment([]byte(decl), "- a list"); err == nil {
		t.Error("a fragment that is not a mapping was applied")
	}
}

// TestRuleExamples: every rule of art22's catalog, and of the example rule
// pack, has a compliant example and a counterexample.
// Its counterexample, applied to the reference declaration, makes it fire;
// the example, applied on top, makes it quiet; and each, applied to the
// reference, gives a declaration that loads (examples/reference's texts
// beside it).
func TestRuleExamples(t *testing.T) {
	ref, err := os.ReadFile("examples/reference/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("examples/reference")); err != nil {
		t.Fatal(err)
	}
	c, err := New(WithAsOf(time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)), WithRulePack("examples/rule-pack"))
	if err != nil {
		t.Fatal(err)
	}
	findings := func(t *testing.T, name string, src []byte, id string) int {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, src, 0o644); err != nil {
			t.Fatal(err)
		}
		reps, err := c.CheckFile(context.Background(), path)
		if err != nil {
			t.Fatalf("%s does not load: %v\n%s", name, err, src)
		}
		n := 0
		for _, f := range reps[0].Findings {
			if f.RuleID == id {
				n++
			}
		}
		return n
	}
	tested, noExample := 0, 0
	for _, r := range c.Rules() {
		if r.Example == "" {
			noExample++
			t.Errorf("rule %s (%s:%d) has no compliant example (custom.example)", r.ID, r.File, r.Line)
		}
		if r.Counterexample == "" {
			t.Errorf("rule %s (%s:%d) has no counterexample (custom.counterexample), so its example is not tested", r.ID, r.File, r.Line)
			continue
		}
		t.Run(r.ID, func(t *testing.T) {
			bad, err := ApplyFragment(ref, r.Counterexample)
			if err != nil {
				t.Fatal(err)
			}
			if findings(t, r.ID+".bad.yaml", bad, r.ID) == 0 {
				t.Fatalf("the counterexample, applied to the reference, does not make %s fire", r.ID)
			}
			if r.Example == "" {
				return
			}
			good, err := ApplyFragment(bad, r.Example)
			if err != nil {
				t.Fatal(err)
			}
			if n := findings(t, r.ID+".good.yaml", good, r.ID); n != 0 {
				t.Errorf("the example, applied to the counterexample, leaves %d findings of %s", n, r.ID)
			}
			pasted, err := ApplyFragment(ref, r.Example)
			if err != nil {
				t.Fatal(err)
			}
			if n := findings(t, r.ID+".pasted.yaml", pasted, r.ID); n != 0 {
				t.Errorf("the example, applied to the reference, makes %s fire", r.ID)
			}
		})
		tested++
	}
	t.Logf("%d rules, %d without an example, %d examples tested against a counterexample", len(c.Rules()), noExample, tested)
}
