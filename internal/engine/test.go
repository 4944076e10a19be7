package engine

import (
	"context"
	"fmt"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// TestOptions configure a run of Rego unit tests.
type TestOptions struct {
	Options
	// Filter runs only tests whose names match this regular expression.
	Filter string
	// Timeout bounds each test.
	Timeout time.Duration
	// Tracer, when not nil, sees every evaluation step of every test: a
	// *cover.Cover collects coverage.
	Tracer topdown.QueryTracer
	// Trace keeps each test's trace in its result (tester.Result.Trace), to
	// explain a failure.
	Trace bool
}

// RunTests compiles the modules (rules, libraries and _test.rego files)
// exactly as Compile does, sandboxed and type-checked, and runs every test.
func RunTests(ctx context.Context, modules []*ast.Module, opts TestOptions) ([]*tester.Result, error) {
	c, err := NewCompiler(opts.Options)
	if err != nil {
		return nil, err
	}
	byName := make(map[string]*ast.Module, len(modules))
	for _, m := range modules {
		byName[m.Package.Location.File] = m
	}
	timeout := opts.Timeout
	if timeout == 0 {
		timeout = 10 * time.Second
	}
	store := inmem.New()
	txn, err := store.NewTransaction(ctx)
	if err != nil {
		return nil, err
	}
	defer store.Abort(ctx, txn)
	r := tester.NewRunner().
		SetCompiler(c).
		AddCustomBuiltins(guardTestBuiltins()).
		SetStore(store).
		SetModules(byName).
		RaiseBuiltinErrors(true).
		SetTimeout(timeout).
		Filter(opts.Filter)
	if opts.Tracer != nil {
		r = r.SetCoverageQueryTracer(opts.Tracer)
	}
	r = r.EnableTracing(opts.Trace)
	ch, err := r.RunTests(ctx, txn)
	if err != nil {
		return nil, &CompileError{Errors: asASTErrors(err)}
	}
	var out []*tester.Result
	for res := range ch {
		out = append(out, res)
	}
	return out, nil
}

func asASTErrors(err error) ast.Errors {
	if errs, ok := err.(ast.Errors); ok {
		return explainForbidden(errs)
	}
	return ast.Errors{ast.NewError(ast.CompileErr, nil, "%s", fmt.Sprint(err))}
}

// guardTestBuiltins gives the test runner art22's implementations of the
// guarded builtins.
func guardTestBuiltins() []*tester.Builtin {
	decls := guardDecls()
	fns := guardFunctions()
	out := make([]*tester.Builtin, 0, len(fns))
	for i, name := range Guarded() {
		out = append(out, &tester.Builtin{Decl: decls[guardPrefix+name], Func: fns[i]})
	}
	return out
}

// ErrorText is the text of an evaluation error, with the names of art22's
// implementations of guarded builtins read as the builtins' own.
func ErrorText(err error) string { return cleanGuardMessage(err.Error()) }

// CleanText is a text about evaluation (an error, a traced expression), with
// the names of art22's implementations of guarded builtins read as the
// builtins' own.
func CleanText(s string) string { return cleanGuardMessage(s) }
