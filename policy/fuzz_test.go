package policy

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoad feeds arbitrary bytes to the loader. It must never panic; it
// either returns Errors, every one naming the file, or declarations that
// Validate accepts, whose input is JSON-able and whose every place can be
// located.
func FuzzLoad(f *testing.F) {
	for _, glob := range []string{"../examples/*/*.yaml", "../testdata/bad/*.yaml", "../testdata/bad/*.json"} {
		files, _ := filepath.Glob(glob)
		for _, file := range files {
			if b, err := os.ReadFile(file); err == nil && len(b) < 1<<16 {
				f.Add(b)
			}
		}
	}
	f.Add([]byte(minimal))
	f.Fuzz(func(t *testing.T, data []byte) {
		lim := Limits{MaxBytes: 1 << 20, MaxDocuments: 20, MaxNodes: 200_000}
		decls, err := lim.Load("fuzz.yaml", data)
		if err != nil {
			var errs Errors
			if !errors.As(err, &errs) || len(errs) == 0 {
				t.Fatalf("error is not Errors: %v", err)
			}
			for _, e := range errs {
				if e.File != "fuzz.yaml" || e.Message == "" {
					t.Fatalf("error without file or message: %#v", e)
				}
			}
			return
		}
		for _, d := range decls {
			// What loads is valid: Validate, which Check calls, agrees.
			if err := d.Validate(); err != nil {
				t.Fatalf("loads but does not validate: %v", err)
			}
			in := d.Input(Evaluation{AsOf: "2026-01-01"})
			b, err := json.Marshal(in)
			if err != nil {
				t.Fatalf("input is not JSON-able: %v", err)
			}
			var back map[string]any
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			for _, p := range []string{"", "/controller/name", "/decisions/0/factors/0", "/disclosures/0/covers/0/quote", "/x/y/z", "/products/99"} {
				if pos, _ := d.Locate(p); pos.File != "fuzz.yaml" {
					t.Fatalf("Locate(%q) lost the file: %v", p, pos)
				}
			}
		}
	})
}
