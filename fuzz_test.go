package checker_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/art22/checker/policy"
)

// FuzzCheck loads arbitrary bytes and checks what loads. Every declaration
// the loader accepts must evaluate without error: a rule that fails on a
// valid declaration would turn good input into exit code 2.
func FuzzCheck(f *testing.F) {
	files, _ := filepath.Glob("examples/*/*.yaml")
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
	c := newChecker(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		lim := policy.Limits{MaxBytes: 1 << 20, MaxDocuments: 5, MaxNodes: 200_000}
		decls, err := lim.Load("fuzz.yaml", data)
		if err != nil {
			return
		}
		for _, d := range decls {
			rep, err := c.Check(context.Background(), d)
			var perrs policy.Errors
			if errors.As(err, &perrs) {
				// Refused by the checks that need the rules and the as-of
				// date (a waiver past the horizon, an unknown rule id set
				// aside): bad input, reported at its place.
				for _, e := range perrs {
					if e.File != "fuzz.yaml" || e.Line == 0 || e.Message == "" {
						t.Fatalf("validation error without a position: %v", e)
					}
				}
				continue
			}
			if err != nil {
				t.Fatalf("a loadable declaration fails to check: %v", err)
			}
			for _, fd := range rep.Findings {
				if fd.Location.File != "fuzz.yaml" || fd.RuleID == "" || fd.Message == "" || len(fd.Because) == 0 {
					t.Fatalf("malformed finding: %+v", fd)
				}
			}
		}
	})
}

func writeFile(path, content string) error { return os.WriteFile(path, []byte(content), 0o644) }
