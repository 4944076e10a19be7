package checker_test

import (
	"context"
	"strings"
	"testing"

	"github.com/art22/checker/internal/golden"
	"github.com/art22/checker/internal/suite"
	"github.com/google/go-cmp/cmp"
)

// TestExamples runs every example suite under examples/ and compares the
// findings with the expected-findings files; a change in any example's
// findings fails with a diff. `go test . -update` rewrites the expected
// files, keeping their header comments and notes: review the diff before
// committing. Locations are compared too, so that they stay exact here.
func TestExamples(t *testing.T) {
	cases, err := suite.Discover([]string{"examples"})
	if err != nil {
		t.Fatal(err)
	}
	r := suite.Runner{StrictLocations: true} // the repository's own files keep their locations exact
	for _, c := range cases {
		t.Run(strings.TrimPrefix(c.Declaration, "examples/"), func(t *testing.T) {
			if *golden.Update {
				if _, err := r.Update(context.Background(), c); err != nil {
					t.Fatal(err)
				}
				return
			}
			res, err := r.Run(context.Background(), c)
			if err != nil {
				t.Fatal(err)
			}
			if !res.OK() {
				exp, _ := suite.ReadExpected(c.Expected)
				got, _ := r.Findings(context.Background(), c.Declaration, exp.AsOf)
				strip := func(fs []suite.Finding) []string {
					out := make([]string, len(fs))
					for i, f := range fs {
						out[i] = f.String()
					}
					return out
				}
				t.Errorf("%s: findings differ from %s (-expected +got):\n%s", c.Declaration, c.Expected, cmp.Diff(strip(exp.Findings), strip(got)))
			}
		})
	}
}
