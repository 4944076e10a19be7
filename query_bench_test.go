package checker

import (
	"context"
	"testing"

	"github.com/art22/checker/internal/input"
	"github.com/art22/checker/internal/synth"
	"github.com/art22/checker/policy"
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
)

// BenchmarkQueryShape compares the checker's one query returning every
// rule's findings with one prepared query per rule, on the 20 KB
// declaration (evaluation only; docs/performance.md).
func BenchmarkQueryShape(b *testing.B) {
	c, err := New()
	if err != nil {
		b.Fatal(err)
	}
	decls, err := policy.Load("20KB", synth.Declaration(20<<10, 1))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	in, err := input.Value(ctx, decls[0], policy.Evaluation{AsOf: policy.Date(c.AsOf())})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("one-query", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := c.eng.Eval(ctx, in); err != nil {
				b.Fatal(err)
			}
		}
	})
	var perRule []rego.PreparedEvalQuery
	for _, r := range c.eng.Rules() {
		ref, err := ast.ParseRef(r.Path)
		if err != nil {
			b.Fatal(err)
		}
		pq, err := c.eng.Prepare(ctx, ast.NewBody(ast.NewExpr(ast.NewTerm(ref))))
		if err != nil {
			b.Fatal(err)
		}
		perRule = append(perRule, pq)
	}
	b.Run("per-rule", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, pq := range perRule {
				if _, err := pq.Eval(ctx, rego.EvalParsedInput(in)); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
