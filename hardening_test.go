package checker_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/art22/checker"
	"github.com/art22/checker/policy"
)

// TestAsOfOutOfRange checks that a checker refuses an as-of date the
// rules cannot compute with (nanoseconds since 1970 overflow past 2262).
func TestAsOfOutOfRange(t *testing.T) {
	for _, d := range []time.Time{time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC)} {
		_, err := checker.New(checker.WithAsOf(d))
		if err == nil || !strings.Contains(err.Error(), "outside the years art22 judges") {
			t.Errorf("WithAsOf(%s): %v", d.Format(time.DateOnly), err)
		}
	}
}

// TestWaiverHorizon checks that Check refuses, with its position, a waiver
// that expires past the horizon, and that WithMaxWaiverDays moves it.
func TestWaiverHorizon(t *testing.T) {
	decls, err := policy.LoadFile("testdata/bad-asof/waiver-horizon.yaml")
	if err != nil {
		t.Fatal(err)
	}
	asOf := checker.WithAsOf(time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC))
	c, err := checker.New(asOf)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Check(context.Background(), decls[0])
	var errs policy.Errors
	if !errors.As(err, &errs) || len(errs) != 2 || errs[0].Line != 22 || errs[1].Line != 28 {
		t.Fatalf("Check: %v; want the waivers at lines 22 and 28 refused", err)
	}
	c, err = checker.New(asOf, checker.WithMaxWaiverDays(200*365))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Check(context.Background(), decls[0]); err != nil {
		t.Fatalf("with a horizon of 200 years: %v", err)
	}
}

// TestOutOfScopeRulesExpire checks that rules set aside by id stop being
// set aside after the entry's expiry date, with a note, and that while
// in force each finding names the entry that set it aside.
func TestOutOfScopeRulesExpire(t *testing.T) {
	decls, err := policy.LoadFile("examples/viamedis-almerys/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	count := func(asOf time.Time) (aside, open int, notes []checker.Note) {
		c, err := checker.New(checker.WithAsOf(asOf), checker.WithMaxWaiverDays(3650))
		if err != nil {
			t.Fatal(err)
		}
		rep, err := c.Check(context.Background(), decls[0])
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range rep.Findings {
			if f.RuleID != "ART28-NO-CONTRACT" {
				continue
			}
			if f.Status == checker.OutOfScope && f.Scope != nil && f.Scope.Index == 0 && f.Scope.Owner != "" {
				aside++
			} else if f.Status == checker.Open {
				open++
			}
		}
		return aside, open, rep.Notes
	}
	if aside, open, notes := count(time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)); aside == 0 || open != 0 || len(notes) != 0 {
		t.Errorf("in force: %d set aside, %d open, notes %v", aside, open, notes)
	}
	aside, open, notes := count(time.Date(2027, 11, 1, 0, 0, 0, 0, time.UTC))
	if aside != 0 || open == 0 || len(notes) != 1 || !strings.Contains(notes[0].Message, "has expired") || notes[0].Location.Line != lineOf(t, "examples/viamedis-almerys/declaration.yaml", "  - rules: [") {
		t.Errorf("expired: %d set aside, %d open, notes %v", aside, open, notes)
	}
}

// TestCheckFileLoadingBudget checks that CheckFile's budget covers loading.
func TestCheckFileLoadingBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("4 MB file")
	}
	var b strings.Builder
	b.WriteString("apiVersion: art22/v1\ncontroller: {name: E, country: IS}\nproducts: [{id: l, name: L, line: life, countries: [IS]}]\n")
	b.WriteString("dataCategories: [{id: s, name: S, about: smoking, class: health}]\npurposes: [{id: u, name: U, type: underwriting, categories: [s]}]\n")
	for i := 0; b.Len() < 4<<20; i++ {
		fmt.Fprintf(&b, "u%d: 1\n", i)
	}
	path := filepath.Join(t.TempDir(), "big.yaml")
	os.WriteFile(path, []byte(b.String()), 0o644)
	c, err := checker.New(checker.WithTimeout(time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.CheckFile(context.Background(), path)
	var be *checker.BudgetError
	if !errors.As(err, &be) || be.Stage != "loading" || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("CheckFile: %v; want a loading BudgetError", err)
	}
}
