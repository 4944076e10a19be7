package checker_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/art22/checker"
	"github.com/art22/checker/policy"
	"github.com/google/go-cmp/cmp"
)

var asOf = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

func newChecker(t testing.TB) *checker.Checker {
	t.Helper()
	c, err := checker.New(checker.WithAsOf(asOf))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestReferenceIsClean(t *testing.T) {
	reps, err := newChecker(t).CheckFile(context.Background(), "examples/reference/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(reps) != 1 || len(reps[0].Findings) != 0 {
		t.Fatalf("reference declaration: %+v", reps)
	}
}

// TestTMSmokingLoading is the model finding: the automatic smoking loading
// that the certificate does not explain, reported on the factor's line, and
// nothing under Art. 22, which Persónuvernd found compliant.
func TestTMSmokingLoading(t *testing.T) {
	reps, err := newChecker(t).CheckFile(context.Background(), "examples/tm/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	type got struct {
		Rule, Path string
		Line, Col  int
		Severity   checker.Severity
	}
	var findings []got
	for _, f := range reps[0].Findings {
		switch f.Status {
		case checker.Open:
			findings = append(findings, got{f.RuleID, f.Path, f.Location.Line, f.Location.Column, f.Severity})
		case checker.OutOfScope:
			// Areas Persónuvernd did not examine: reported, with the reason, not counted.
			if f.ScopeReason == "" || !slices.Contains([]string{"retention", "accuracy", "request-handling", "privacy-notice", "security", "breaches", "impact-assessments", "model-governance"}, f.Area) {
				t.Errorf("out-of-scope finding in area %q (reason %q): %s", f.Area, f.ScopeReason, f.Message)
			}
		default:
			t.Errorf("unexpected %s finding %s: %s", f.Status, f.RuleID, f.Message)
		}
	}
	life := lineOf(t, "examples/tm/declaration.yaml", "      - id: smoking\n")
	ci := lineOf(t, "examples/tm/declaration.yaml", "      - id: smoking-ci\n")
	want := []got{
		{"ART5-1A-FACTOR-NOT-DISCLOSED", "/decisions/0/factors/0", life, 9, checker.Violation},
		{"ART5-1A-FACTOR-NOT-DISCLOSED", "/decisions/1/factors/0", ci, 9, checker.Violation},
	}
	if d := cmp.Diff(want, findings); d != "" {
		t.Errorf("TM findings (-want +got):\n%s", d)
	}
	var f checker.Finding
	for _, x := range reps[0].Findings {
		if x.Status == checker.Open {
			f = x
			break
		}
	}
	if f.Location.File != "examples/tm/declaration.yaml" || len(f.Because) < 2 || f.Articles[0].String() != "GDPR Art. 5(1)(a)" || f.Sources[0].Kind != "decision" {
		t.Errorf("finding lacks its facts or metadata: %+v", f)
	}
}

// lineOf returns the line on which text starts in a file.
func lineOf(t *testing.T, file, text string) int {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(b), text)
	if i < 0 {
		t.Fatalf("%s does not contain %q", file, text)
	}
	return 1 + strings.Count(string(b[:i]), "\n")
}

func TestConcurrentChecksMatchSerial(t *testing.T) {
	c := newChecker(t)
	decls, err := policy.LoadFile("examples/tm/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want, err := c.Check(context.Background(), decls[0])
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 32)
	for range 32 {
		wg.Go(func() {
			got, err := c.Check(context.Background(), decls[0])
			if err != nil {
				errs <- err
				return
			}
			if d := cmp.Diff(want, got); d != "" {
				errs <- fmt.Errorf("concurrent report differs:\n%s", d)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestCancelledContext(t *testing.T) {
	c := newChecker(t)
	decls, err := policy.LoadFile("examples/tm/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rep, err := c.Check(ctx, decls[0])
	if !errors.Is(err, context.Canceled) || rep != nil {
		t.Fatalf("Check with a cancelled context = %v, %v; want no report and context.Canceled", rep, err)
	}
}

func TestBadFileIsNotJudged(t *testing.T) {
	_, err := newChecker(t).CheckFile(context.Background(), "testdata/does-not-exist.yaml")
	var errs policy.Errors
	if !errors.As(err, &errs) {
		t.Fatalf("got %v, want policy.Errors", err)
	}
}

func TestRules(t *testing.T) {
	c := newChecker(t)
	r, ok := c.Rule("ART5-1A-FACTOR-NOT-DISCLOSED")
	if !ok || r.Severity != checker.Violation || r.Path != "data.art22.rules.fairness.factor_not_disclosed" {
		t.Fatalf("Rule: %+v, %v", r, ok)
	}
	if _, ok := c.Rule("NO-SUCH-RULE"); ok {
		t.Error("Rule found a rule that does not exist")
	}
}

func TestParseArticle(t *testing.T) {
	tests := map[string]checker.Article{
		"GDPR Art. 5(1)(a)":               {Instrument: "GDPR", Kind: "Art.", Number: "5", Paragraph: "1", Point: "a"},
		"GDPR Recital 71":                 {Instrument: "GDPR", Kind: "Recital", Number: "71"},
		"AI Act Annex III(5)(c)":          {Instrument: "AI Act", Kind: "Annex", Number: "III", Paragraph: "5", Point: "c"},
		"Directive 2004/113/EC Art. 5(1)": {Instrument: "Directive 2004/113/EC", Kind: "Art.", Number: "5", Paragraph: "1"},
		"GenDG § 18(1)":                   {Instrument: "GenDG", Kind: "§", Number: "18", Paragraph: "1"},
	}
	for s, want := range tests {
		got, err := checker.ParseArticle(s)
		if err != nil || got != want || got.String() != s {
			t.Errorf("ParseArticle(%q) = %+v, %v; want %+v", s, got, err, want)
		}
	}
	if _, err := checker.ParseArticle("Article 5"); err == nil {
		t.Error("ParseArticle accepted a citation without an instrument")
	}
}

// Check a declaration file and print its findings.
func ExampleChecker_CheckFile() {
	c, err := checker.New(checker.WithAsOf(time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		log.Fatal(err)
	}
	reports, err := c.CheckFile(context.Background(), "examples/tm/declaration.yaml")
	if err != nil {
		log.Fatal(err) // policy.Errors lists every problem with file:line:column
	}
	for _, f := range reports[0].Findings {
		if f.Status == checker.Open {
			fmt.Printf("%s %s at %s\n", f.Severity, f.RuleID, f.Path)
		}
	}
	// Output:
	// violation ART5-1A-FACTOR-NOT-DISCLOSED at /decisions/0/factors/0
	// violation ART5-1A-FACTOR-NOT-DISCLOSED at /decisions/1/factors/0
}

// Load declarations strictly, then check each one; a Checker is built once
// and used for any number of declarations, concurrently if need be.
func ExampleChecker_Check() {
	decls, err := policy.LoadFile("examples/reference/declaration.yaml")
	if err != nil {
		log.Fatal(err)
	}
	c, err := checker.New()
	if err != nil {
		log.Fatal(err)
	}
	rep, err := c.Check(context.Background(), decls[0])
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(rep.Controller, len(rep.Findings), "findings")
	// Output:
	// Exemplar Life Assurance DAC 0 findings
}

// A declaration that does not load yields every error, with its position.
func ExampleErrors() {
	_, err := policy.Load("typo.yaml", []byte(`apiVersion: art22/v1
controller: {name: Example, country: IS}
products: [{id: life, name: Life, line: lfe, countries: [IS]}]
dataCategories: [{id: smoking, name: Smoking, about: smoking, class: health}]
purposes: [{id: uw, name: Underwriting, type: underwriting, categories: [smokng]}]
`))
	fmt.Println(err)
	// Output:
	// typo.yaml:3:41: products[0].line: unknown value "lfe"; allowed: life, critical-illness, health, income-protection, accident, motor, home, travel, other; did you mean life?
	// typo.yaml:5:74: purposes[0].categories[0]: unknown data category "smokng"; did you mean smoking?
}

// TestAsOfDates: an obligation with a start date is upcoming before it and
// open from it. The reference declaration, given a machine-learning model
// classified not high-risk, breaches the AI Act's high-risk class for life
// pricing, which applies from 2 December 2027.
func TestAsOfDates(t *testing.T) {
	decls := mlReference(t)
	// One Checker judges both dates: the date is input, not compiled.
	c, err := checker.New(checker.WithAsOf(asOf))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		asOf time.Time
		want checker.Status
	}{
		{time.Date(2027, 12, 1, 0, 0, 0, 0, time.UTC), checker.Upcoming},
		{time.Date(2027, 12, 2, 0, 0, 0, 0, time.UTC), checker.Open},
	} {
		rep, err := c.Check(context.Background(), decls[0], checker.AsOf(tc.asOf))
		if err != nil {
			t.Fatal(err)
		}
		var got []checker.Status
		for _, f := range rep.Findings {
			if f.RuleID == "AIA-ANNEX3-5C-HIGH-RISK" {
				got = append(got, f.Status)
				if f.AppliesFrom != "2027-12-02" {
					t.Errorf("appliesFrom %q", f.AppliesFrom)
				}
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("as of %s: AIA-ANNEX3-5C-HIGH-RISK statuses %v, want [%s]", tc.asOf.Format(time.DateOnly), got, tc.want)
		}
		for _, f := range rep.Findings {
			if f.Area == "ai-act" && f.Status != tc.want {
				t.Errorf("as of %s: %s is %s, want %s", tc.asOf.Format(time.DateOnly), f.RuleID, f.Status, tc.want)
			}
		}
	}
}
