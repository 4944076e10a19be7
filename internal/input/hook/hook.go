// Package hook is where package policy installs the function that builds
// a declaration's Rego input as an OPA value. It imports nothing of the
// module, so that policy can import it; package input, which imports
// policy, gives it a typed signature.
package hook

import (
	"context"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Build is set by package policy when it is initialised: d is a
// *policy.Declaration and ev a policy.Evaluation.
var Build func(ctx context.Context, d, ev any) (ast.Value, error)
