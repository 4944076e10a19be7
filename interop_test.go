package checker_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"github.com/art22/checker/policy"
)

// TestStockOPAInterop evaluates the findings query with the stock opa
// command, built from the OPA module in go.mod (go tool opa), on the
// normalised TM input, and compares its findings with the library's.
func TestStockOPAInterop(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the opa command")
	}
	c := newChecker(t)
	decls, err := policy.LoadFile("examples/tm/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	in, _ := json.Marshal(decls[0].Input(policy.Evaluation{AsOf: policy.Date(c.AsOf())}))
	inputFile := filepath.Join(t.TempDir(), "input.json")
	os.WriteFile(inputFile, in, 0o644)

	out, err := exec.Command("go", "tool", "opa", "eval", "--format", "json", "-d", "rules/", "-i", inputFile, c.Query()).Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("opa eval: %v\n%s", err, stderr)
	}
	var res struct {
		Result []struct {
			Bindings struct {
				Hits map[string][]struct {
					Message string `json:"message"`
					Path    []any  `json:"path"`
				} `json:"hits"`
			} `json:"bindings"`
		} `json:"result"`
	}
	if err := json.Unmarshal(out, &res); err != nil || len(res.Result) != 1 {
		t.Fatalf("opa eval output: %v\n%s", err, out)
	}
	byPath := map[string]string{}
	for _, r := range c.Rules() {
		byPath[r.Path] = r.ID
	}
	var stock []string
	for path, hits := range res.Result[0].Bindings.Hits {
		for _, h := range hits {
			stock = append(stock, byPath[path]+" "+h.Message)
		}
	}
	rep, err := c.Check(context.Background(), decls[0])
	if err != nil {
		t.Fatal(err)
	}
	var lib []string
	for _, f := range rep.Findings {
		lib = append(lib, f.RuleID+" "+f.Message)
	}
	slices.Sort(stock)
	slices.Sort(lib)
	if !slices.Equal(stock, lib) || len(lib) == 0 {
		t.Errorf("stock OPA and the library disagree:\nopa: %q\nlib: %q", stock, lib)
	}
}
