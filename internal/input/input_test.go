package input_test

import (
	"context"
	"errors"
	"testing"

	_ "github.com/art22/checker/internal/golden" // accepts -update, as every test package does
	"github.com/art22/checker/internal/input"
	"github.com/art22/checker/policy"
	"github.com/open-policy-agent/opa/v1/ast"
)

// TestValue checks that the value the checker evaluates is the input
// policy.Declaration.Input gives, and that a done context stops it.
func TestValue(t *testing.T) {
	ds, err := policy.LoadFile("../../examples/reference/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ev := policy.Evaluation{AsOf: "2026-11-01"}
	got, err := input.Value(context.Background(), ds[0], ev)
	if err != nil {
		t.Fatal(err)
	}
	want, err := ast.InterfaceToValue(ds[0].Input(ev))
	if err != nil {
		t.Fatal(err)
	}
	if got.Compare(want) != 0 {
		t.Error("input.Value differs from Declaration.Input")
	}
	stop := errors.New("stop")
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(stop)
	if _, err := input.Value(ctx, ds[0], ev); !errors.Is(err, stop) {
		t.Errorf("done context: %v, want its cause", err)
	}
}
