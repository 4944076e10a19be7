package checker

import (
	"context"
	"testing"

	"github.com/art22/checker/internal/input"
	"github.com/art22/checker/internal/synth"
	"github.com/art22/checker/policy"
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// stepCounter counts the evaluator's steps: a measure of the work that,
// unlike time, does not depend on the machine or its load.
type stepCounter struct{ n int }

func (s *stepCounter) Enabled() bool               { return true }
func (s *stepCounter) Config() topdown.TraceConfig { return topdown.TraceConfig{} }
func (s *stepCounter) TraceEvent(e topdown.Event) {
	if e.Op == topdown.EvalOp {
		s.n++
	}
}

// steps evaluates the catalog on a generated declaration of size bytes and
// returns the evaluator's steps.
func steps(t *testing.T, c *Checker, size int) int {
	t.Helper()
	ctx := context.Background()
	decls, err := policy.Load("synth.yaml", synth.Declaration(size, 1))
	if err != nil {
		t.Fatal(err)
	}
	in, err := input.Value(ctx, decls[0], policy.Evaluation{AsOf: policy.Date(c.AsOf())})
	if err != nil {
		t.Fatal(err)
	}
	q, err := ast.ParseBody(c.eng.Query())
	if err != nil {
		t.Fatal(err)
	}
	pq, err := c.eng.Prepare(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	var sc stepCounter
	if _, err := pq.Eval(ctx, rego.EvalParsedInput(in), rego.EvalQueryTracer(&sc)); err != nil {
		t.Fatal(err)
	}
	return sc.n
}

// TestLinearGrowth guards against work that grows faster than the
// declaration: a partial rule looked up by key is evaluated again on every
// lookup of a key it does not hold, and a lookup inside a loop over the
// declaration made the 200 KB declaration take 800 times the 20 KB one's
// time. The catalog's steps per KB on 200 KB must stay within 1.25 times
// those on 20 KB (a count of evaluation steps: the same on every machine).
func TestLinearGrowth(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluates a 200 KB declaration with a tracer")
	}
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	small, large := steps(t, c, 20<<10), steps(t, c, 200<<10)
	ratio := (float64(large) / 200) / (float64(small) / 20)
	t.Logf("steps: %d on 20 KB, %d on 200 KB; per KB, 200 KB is %.2f× 20 KB", small, large, ratio)
	if ratio > 1.25 {
		t.Errorf("per KB, the 200 KB declaration takes %.2f× the steps of the 20 KB one (%d against %d); want at most 1.25×", ratio, large, small)
	}
}
