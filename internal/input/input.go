// Package input gives the checker a declaration's normalised Rego input as
// an OPA value, the form rules are evaluated on. It is internal so that
// OPA's types, and with them OPA's major version, stay out of package
// policy's public API: policy.Declaration.Input gives the same input as
// plain Go values.
package input

import (
	"context"

	"github.com/art22/checker/internal/input/hook"
	"github.com/art22/checker/policy"
	"github.com/open-policy-agent/opa/v1/ast"
)

// Value returns the normalised input of d judged in ev (what
// policy.Declaration.Input returns, as an OPA value), stopped when ctx is
// done: it then returns context.Cause(ctx).
func Value(ctx context.Context, d *policy.Declaration, ev policy.Evaluation) (ast.Value, error) {
	return hook.Build(ctx, d, ev)
}
