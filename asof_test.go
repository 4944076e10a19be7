package checker_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/art22/checker"
	"github.com/art22/checker/policy"
)

// TestAsOfPerCheck checks one Checker, compiled once, judging as of two
// dates (AsOf): the AI Act's high-risk duty is upcoming the day before it
// applies and open on the day, and the report says the date it was judged
// as of. The Checker's own date stays the default.
func TestAsOfPerCheck(t *testing.T) {
	decls := mlReference(t)
	c, err := checker.New(checker.WithAsOf(asOf))
	if err != nil {
		t.Fatal(err)
	}
	status := func(rep *checker.Report) []checker.Status {
		var got []checker.Status
		for _, f := range rep.Findings {
			if f.RuleID == "AIA-ANNEX3-5C-HIGH-RISK" {
				got = append(got, f.Status)
			}
		}
		return got
	}
	for _, tc := range []struct {
		opts []checker.CheckOption
		day  string
		want checker.Status
	}{
		{[]checker.CheckOption{checker.AsOf(time.Date(2027, 12, 1, 0, 0, 0, 0, time.UTC))}, "2027-12-01", checker.Upcoming},
		{[]checker.CheckOption{checker.AsOf(time.Date(2027, 12, 2, 0, 0, 0, 0, time.UTC))}, "2027-12-02", checker.Open},
		{nil, "2026-11-01", checker.Upcoming},
		{[]checker.CheckOption{checker.AsOf(time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC))}, "2028-01-01", checker.Open},
	} {
		rep, err := c.Check(context.Background(), decls[0], tc.opts...)
		if err != nil {
			t.Fatal(err)
		}
		if got := status(rep); rep.AsOf != tc.day || len(got) != 1 || got[0] != tc.want {
			t.Errorf("as of %s: report as of %s, statuses %v; want [%s]", tc.day, rep.AsOf, got, tc.want)
		}
	}
	if c.AsOf() != "2026-11-01" {
		t.Errorf("the Checker's date changed: %s", c.AsOf())
	}
	if _, err := c.Check(context.Background(), decls[0], checker.AsOf(time.Date(1200, 1, 1, 0, 0, 0, 0, time.UTC))); err == nil {
		t.Error("an as-of date in 1200 was accepted")
	}
}

// TestAsOfValidate checks that the waiver horizon counts from the as-of
// date of the check: a waiver that expires in 2027-06 is too far from
// 2026-01-01 with a horizon of 90 days, and fine from 2027-05-01.
func TestAsOfValidate(t *testing.T) {
	c, err := checker.New(checker.WithAsOf(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)), checker.WithMaxWaiverDays(90))
	if err != nil {
		t.Fatal(err)
	}
	ws := []policy.Waiver{{Rule: "ART5-1A-FACTOR-NOT-DISCLOSED", Reason: "r", Owner: "o", Approver: "a", Expires: "2027-06-01"}}
	var perrs policy.Errors
	if err := c.ValidateWaivers(ws, nil); !errors.As(err, &perrs) || !strings.Contains(err.Error(), "2026-01-01") {
		t.Errorf("as of the Checker's date: %v", err)
	}
	if err := c.ValidateWaivers(ws, nil, checker.AsOf(time.Date(2027, 5, 1, 0, 0, 0, 0, time.UTC))); err != nil {
		t.Errorf("as of 2027-05-01: %v", err)
	}
}

// One Checker, compiled once, judges a declaration as of two dates: the
// AI Act's deployer duties apply from 2 December 2027, so they are
// upcoming before and open after.
func ExampleAsOf() {
	c, err := checker.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, day := range []time.Time{time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC)} {
		reps, err := c.CheckFile(context.Background(), "examples/ai-pricing/declaration.yaml", checker.AsOf(day))
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, f := range reps[0].Findings {
			if f.RuleID == "AIA-26-DEPLOYER" {
				fmt.Println(reps[0].AsOf, f.RuleID, f.Status)
				break
			}
		}
	}
	// Output:
	// 2026-11-01 AIA-26-DEPLOYER upcoming
	// 2028-01-01 AIA-26-DEPLOYER open
}

// mlReference loads the reference declaration with its model made a
// machine-learning system classified not high-risk: for life pricing that
// breaches the AI Act's high-risk class, which applies from 2 December 2027.
func mlReference(t *testing.T) []*policy.Declaration {
	t.Helper()
	b, err := os.ReadFile("examples/reference/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	src := strings.NewReplacer("type: rules", "type: machine-learning", "classification: not-an-ai-system", "classification: not-high-risk").Replace(string(b))
	decls, err := policy.Load("examples/reference/ml.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return decls
}
