package checker_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/art22/checker"
	"github.com/art22/checker/policy"
)

// A declaration built in Go is held to what loading a file checks: Check
// refuses it, judging nothing, with policy.Errors at JSON Pointers. Here a
// product's line is outside its list (an enum) and a purpose names a data
// category that is not declared (a dangling reference). Fixed, it still
// sets aside a rule id that does not exist: Validate, the checks that need
// the rules, refuses that dangling reference too.
func ExampleChecker_Validate() {
	c, err := checker.New(checker.WithAsOf(time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		fmt.Println(err)
		return
	}
	d := &policy.Declaration{
		APIVersion: policy.APIVersion,
		Controller: policy.Controller{Name: "Example Life", Country: "IS"},
		Products:   []policy.Product{{ID: "life", Name: "Life", Line: "lfe", Countries: []policy.Country{"IS"}}},
		DataCategories: []policy.DataCategory{
			{ID: "smoking", Name: "Smoking", About: policy.TopicSmoking, Class: policy.ClassHealth},
		},
		Purposes: []policy.Purpose{
			{ID: "uw", Name: "Underwriting", Type: policy.PurposeUnderwriting, Categories: []policy.ID{"smokng"}},
		},
	}
	_, err = c.Check(context.Background(), d)
	var errs policy.Errors
	if errors.As(err, &errs) {
		for _, e := range errs {
			fmt.Println(e.Code, e.Pointer)
		}
	}

	d.Products[0].Line = policy.LineLife
	d.Purposes[0].Categories[0] = "smoking"
	d.OutOfScope = []policy.Exclusion{{Rules: []string{"NO-SUCH-RULE"}, Reason: "not described", Owner: "Ann", Approver: "Bob", Expires: "2026-12-31"}}
	fmt.Println(c.Validate(d))
	// Output:
	// enum /products/0/line
	// dangling-ref /purposes/0/categories/0
	// outOfScope[0].rules[0]: no rule "NO-SUCH-RULE" (art22 rules lists them)
}
