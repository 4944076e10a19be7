package policy_test

import (
	"errors"
	"fmt"

	"github.com/art22/checker/policy"
)

// A declaration built in Go is checked as loading checks a file: here a
// line of business that does not exist, a data category that is not
// declared, and a required name left out. Its errors say where by JSON
// Pointer, and carry a Code for programs.
func ExampleDeclaration_Validate() {
	d := &policy.Declaration{
		APIVersion: policy.APIVersion,
		Controller: policy.Controller{Name: "Example Life", Country: "IS"},
		Products:   []policy.Product{{ID: "life", Name: "Life", Line: "lfe", Countries: []policy.Country{"IS"}}},
		DataCategories: []policy.DataCategory{
			{ID: "smoking", Name: "Smoking", About: policy.TopicSmoking, Class: policy.ClassHealth},
		},
		Purposes: []policy.Purpose{
			{ID: "uw", Type: policy.PurposeUnderwriting, Categories: []policy.ID{"smokng"}},
		},
	}
	err := d.Validate()
	fmt.Println(err)
	var errs policy.Errors
	if errors.As(err, &errs) {
		for _, e := range errs {
			fmt.Println(e.Code, e.Pointer)
		}
	}
	// Output:
	// /products/0/line: unknown value "lfe"; allowed: life, critical-illness, health, income-protection, accident, motor, home, travel, other; did you mean life?
	// /purposes/0/name: missing required field "name"
	// /purposes/0/categories/0: unknown data category "smokng"; did you mean smoking?
	// enum /products/0/line
	// required /purposes/0/name
	// dangling-ref /purposes/0/categories/0
}
