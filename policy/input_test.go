package policy

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

// TestInputOneWalk checks that the input as plain Go values (Input) and as
// an OPA value (what the checker evaluates) are the same document, for
// every example: both come from one walk, and the conversion to plain
// values loses nothing (numbers are float64, exactly).
func TestInputOneWalk(t *testing.T) {
	files, err := filepath.Glob("../examples/*/declaration.yaml")
	if err != nil || len(files) == 0 {
		t.Fatal("no examples", err)
	}
	files = append(files, "../testdata/waivers/declaration.yaml")
	ev := Evaluation{AsOf: "2026-01-01"}
	for _, file := range files {
		ds, err := LoadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for i, d := range ds {
			plain := d.Input(ev)
			if err := checkPlain(plain, ""); err != nil {
				t.Errorf("%s #%d: %v", file, i, err)
			}
			want, err := ast.InterfaceToValue(plain)
			if err != nil {
				t.Fatal(err)
			}
			got, err := d.inputValue(context.Background(), ev)
			if err != nil {
				t.Fatal(err)
			}
			if got.Compare(want) != 0 {
				t.Errorf("%s #%d: the OPA value differs from Input", file, i)
			}
		}
	}
}

// checkPlain reports a value that is not what encoding/json decodes to.
func checkPlain(v any, at string) error {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if err := checkPlain(x, at+"/"+k); err != nil {
				return err
			}
		}
	case []any:
		for i, x := range v {
			if err := checkPlain(x, fmt.Sprintf("%s/%d", at, i)); err != nil {
				return err
			}
		}
	case string, bool, float64:
	default:
		return fmt.Errorf("%s: %T is not a plain JSON value", at, v)
	}
	return nil
}
