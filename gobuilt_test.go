package checker_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/art22/checker"
	"github.com/art22/checker/policy"
)

// goDeclaration is a declaration built in Go, with no file behind it.
func goDeclaration() *policy.Declaration {
	return &policy.Declaration{
		APIVersion: policy.APIVersion,
		Controller: policy.Controller{Name: "Example Life", Country: "IS"},
		Products:   []policy.Product{{ID: "life", Name: "Life", Line: policy.LineLife, Countries: []policy.Country{"IS"}}},
		DataCategories: []policy.DataCategory{
			{ID: "smoking", Name: "Smoking", About: policy.TopicSmoking, Class: policy.ClassHealth},
		},
		Purposes: []policy.Purpose{
			{ID: "uw", Name: "Underwriting", Type: policy.PurposeUnderwriting, Categories: []policy.ID{"smoking"}},
		},
	}
}

// TestCheckValidatesGoBuilt checks that Check refuses a declaration built
// in Go that loading would refuse, instead of judging it, and judges a
// valid one.
func TestCheckValidatesGoBuilt(t *testing.T) {
	c, err := checker.New(checker.WithAsOf(time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	d := goDeclaration()
	rep, err := c.Check(context.Background(), d)
	if err != nil || len(rep.Findings) == 0 {
		t.Fatalf("a valid declaration built in Go: %v, %v", rep, err)
	}
	d.Products[0].Line = "lfe"
	d.Purposes[0].Categories = []policy.ID{"smokng"}
	rep, err = c.Check(context.Background(), d)
	var errs policy.Errors
	if rep != nil || !errors.As(err, &errs) {
		t.Fatalf("judged: %v, %v", rep, err)
	}
	var codes []policy.Code
	for _, e := range errs {
		codes = append(codes, e.Code)
	}
	if want := []policy.Code{policy.CodeEnum, policy.CodeDanglingRef}; !slices.Equal(codes, want) {
		t.Errorf("codes %v, want %v:\n%v", codes, want, err)
	}
}
