// Package engine is the glue between art22 and OPA: it parses and compiles
// Rego rules once, sandboxed and type-checked against the input schema,
// finds the rules and their METADATA annotations, prepares one query that
// returns every rule's hits, and evaluates it per input.
//
// The engine knows the conventions of a rule (a multi-value rule under the
// rules namespace, with METADATA, whose name does not start with an
// underscore: those are private helpers) but not what the metadata means:
// the checker package reads it.
package engine

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// Namespace is the package prefix under which rules live. Helpers and
// libraries live elsewhere (art22.lib for ours).
const Namespace = "art22.rules"

// File is a Rego source file.
type File struct {
	// Name is the file's path, used in positions (rules/fairness.rego).
	Name string
	// Source is the Rego text.
	Source string
}

// Rule is a rule as found in the compiled modules: its path, its METADATA
// annotation and where it is defined.
type Rule struct {
	// Path is the rule's full path, e.g. data.art22.rules.fairness.factor_not_disclosed.
	Path string
	// Annotations is the rule's METADATA (rule or document scope); nil if it has none.
	Annotations *ast.Annotations
	// Location is where the rule is defined.
	Location *ast.Location
	// Defs are the rule's definitions (one per body), as parsed, or as
	// compiled when found by Compile.
	Defs []*ast.Rule
}

// Hit is one value a rule produced: a raw finding, before the checker
// enriches it with the rule's metadata and a position.
type Hit struct {
	// Rule is the path of the rule that produced it.
	Rule string
	// Value is the finding object the rule emitted.
	Value map[string]any
}

// StopGrace is how long Eval waits, once its context is done, for the
// evaluation to stop.
const StopGrace = time.Second

// MaxResultBytes bounds the findings of one evaluation, written out.
const MaxResultBytes = 4 * MaxBuiltinBytes

// boundedJSON converts the query's result to Go values, refusing one
// that is too large written out (a finding that holds a value whose parts
// are shared many times over).
func boundedJSON(t *ast.Term, _ *rego.EvalContext) (any, error) {
	if n := valueSize(t.Value, MaxResultBytes, nil); n > MaxResultBytes {
		return nil, fmt.Errorf("the findings, written out, are more than %s: a rule emits a value that holds its parts many times over", humanBytes(MaxResultBytes))
	}
	return ast.JSON(t.Value)
}

// Engine holds compiled rules and the prepared query. It is safe for
// concurrent use.
type Engine struct {
	rules    []Rule
	compiler *ast.Compiler
	query    rego.PreparedEvalQuery
	text     string // the findings query, in Rego
}

// Options configure compilation.
type Options struct {
	// InputSchema is the JSON Schema of the input; rules are type-checked against it.
	InputSchema []byte
}

// ParseFiles parses Rego files with annotations, as Rego v1, on every core
// (parsing is a fifth of compiling the catalog), and returns the modules in
// the files' order, with every file's errors.
func ParseFiles(files []File) ([]*ast.Module, error) {
	type parsed struct {
		mod *ast.Module
		err error
	}
	out := make([]parsed, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			for i := range next {
				f := files[i]
				out[i].mod, out[i].err = ast.ParseModuleWithOpts(f.Name, f.Source, ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	var errs ast.Errors
	mods := make([]*ast.Module, 0, len(files))
	for i, p := range out {
		if p.err != nil {
			var aerrs ast.Errors
			if errors.As(p.err, &aerrs) {
				errs = append(errs, aerrs...)
				continue
			}
			return nil, fmt.Errorf("%s: %w", files[i].Name, p.err)
		}
		mods = append(mods, p.mod)
	}
	if len(errs) > 0 {
		return nil, &CompileError{Errors: errs}
	}
	return mods, nil
}

// CompileError is every problem found compiling rules.
type CompileError struct {
	Errors ast.Errors
}

func (e *CompileError) Error() string {
	lines := make([]string, 0, len(e.Errors))
	for _, err := range e.Errors {
		lines = append(lines, formatASTError(err))
	}
	return strings.Join(lines, "\n")
}

func formatASTError(err *ast.Error) string {
	loc := ""
	if err.Location != nil {
		loc = fmt.Sprintf("%s:%d:%d: ", err.Location.File, err.Location.Row, err.Location.Col)
	}
	msg := err.Message
	if err.Code == ast.TypeErr && strings.HasPrefix(msg, "undefined ref: ") {
		msg += " (the field does not exist in the input schema: art22 schema --input lists the fields)"
	}
	return loc + err.Code + ": " + msg
}

// NewCompiler returns a compiler set up as the engine's: strict, sandboxed,
// type-checked against the input schema.
func NewCompiler(opts Options) (*ast.Compiler, error) {
	c := ast.NewCompiler().
		WithStrict(true).
		WithCapabilities(compilerCapabilities()).
		WithEnablePrintStatements(false).
		WithDefaultRegoVersion(ast.RegoV1).
		WithStageAfterID(ast.StageSetAnnotationSet, ast.CompilerStageDefinition{
			Name: "art22.CheckSchemaAnnotations", MetricName: "art22_check_schema_annotations", Stage: checkSchemaAnnotations,
		}).
		WithStageAfterID(ast.StageCheckTypes, ast.CompilerStageDefinition{
			Name: "art22.RewriteGuardedBuiltins", MetricName: "art22_rewrite_guarded_builtins", Stage: rewriteGuarded,
		})
	if len(opts.InputSchema) > 0 {
		var schema any
		if err := json.Unmarshal(opts.InputSchema, &schema); err != nil {
			return nil, fmt.Errorf("input schema: %w", err)
		}
		ss := ast.NewSchemaSet()
		ss.Put(ast.SchemaRootRef, schema)
		c = c.WithSchemas(ss)
	}
	return c, nil
}

// Compile compiles the modules and prepares the findings query.
func Compile(ctx context.Context, modules []*ast.Module, opts Options) (*Engine, error) {
	c, err := NewCompiler(opts)
	if err != nil {
		return nil, err
	}
	byName := make(map[string]*ast.Module, len(modules))
	for _, m := range modules {
		if _, dup := byName[m.Package.Location.File]; dup {
			return nil, fmt.Errorf("%s: loaded twice", m.Package.Location.File)
		}
		byName[m.Package.Location.File] = m
	}
	if c.Compile(byName); c.Failed() {
		return nil, &CompileError{Errors: explainForbidden(c.Errors)}
	}
	rules, err := findRules(c.Modules, c.GetAnnotationSet())
	if err != nil {
		return nil, err
	}
	return prepareRules(ctx, c, rules)
}

// prepareRules prepares the query that evaluates rules: one object from rule
// path to the set the rule produced (an empty set when it does not fire).
func prepareRules(ctx context.Context, c *ast.Compiler, rules []Rule) (*Engine, error) {
	items := make([][2]*ast.Term, 0, len(rules))
	for _, r := range rules {
		ref, err := ast.ParseRef(r.Path)
		if err != nil {
			return nil, fmt.Errorf("rule path %s: %w", r.Path, err)
		}
		items = append(items, ast.Item(ast.StringTerm(r.Path), ast.NewTerm(ref)))
	}
	q := ast.NewBody(ast.Equality.Expr(ast.VarTerm("hits"), ast.ObjectTerm(items...)))
	pq, err := prepare(ctx, c, q)
	if err != nil {
		return nil, fmt.Errorf("preparing the findings query: %w", err)
	}
	return &Engine{rules: rules, compiler: c, query: pq, text: q.String()}, nil
}

// prepare prepares a query on the compiled modules with the sandbox's
// builtins: the guarded implementations and bounded results.
func prepare(ctx context.Context, c *ast.Compiler, q ast.Body) (rego.PreparedEvalQuery, error) {
	ropts := append([]func(*rego.Rego){
		rego.Compiler(c),
		rego.ParsedQuery(q),
		rego.StrictBuiltinErrors(true),
		rego.Capabilities(compilerCapabilities()),
		rego.GenerateJSON(boundedJSON),
	}, guardFunctions()...)
	return rego.New(ropts...).PrepareForEval(ctx)
}

// Prepare prepares another query on the engine's compiled modules, in the
// same sandbox as the findings query: for benchmarks and profiles that
// evaluate one rule at a time.
func (e *Engine) Prepare(ctx context.Context, q ast.Body) (rego.PreparedEvalQuery, error) {
	return prepare(ctx, e.compiler, q)
}

// Select returns an engine that evaluates only the rules whose path keep
// accepts: the others are not evaluated at all (a rule left out cannot
// fail the evaluation). Rules() and Query() of the result list only those
// kept. The receiver is unchanged.
func (e *Engine) Select(ctx context.Context, keep func(path string) bool) (*Engine, error) {
	var rules []Rule
	for _, r := range e.rules {
		if keep(r.Path) {
			rules = append(rules, r)
		}
	}
	return prepareRules(ctx, e.compiler, rules)
}

// explainForbidden rewrites "undefined function" errors for sandboxed
// builtins so that they say why.
func explainForbidden(errs ast.Errors) ast.Errors {
	for _, e := range errs {
		if e.Code != ast.TypeErr && e.Code != ast.CompileErr {
			continue
		}
		if name, ok := strings.CutPrefix(e.Message, "undefined function "); ok && IsForbidden(name) {
			why, _ := whyForbidden(name)
			e.Message = fmt.Sprintf("builtin %s is not allowed: it %s; rules run sandboxed, without network, environment, clock or randomness (the as-of date is input.evaluation.asOf)", name, why)
		}
	}
	return errs
}

// FindRules lists the rules of parsed, not yet compiled, modules, as
// Compile finds them: so that their metadata can be checked beside the
// compiler's errors, all reported at once.
func FindRules(modules []*ast.Module) ([]Rule, error) {
	as, errs := ast.BuildAnnotationSet(modules)
	if len(errs) > 0 {
		return nil, &CompileError{Errors: errs}
	}
	byName := make(map[string]*ast.Module, len(modules))
	for _, m := range modules {
		byName[m.Package.Location.File] = m
	}
	return findRules(byName, as)
}

// findRules lists the multi-value rules under the namespace, one per path,
// with their annotations.
func findRules(modules map[string]*ast.Module, as *ast.AnnotationSet) ([]Rule, error) {
	ns := ast.MustParseRef("data." + Namespace)
	byPath := map[string]*Rule{}
	var errs ast.Errors
	for _, m := range modules {
		if !m.Package.Path.HasPrefix(ns) || isTestFile(m.Package.Location.File) {
			continue
		}
		for _, r := range m.Rules {
			if r.Head.RuleKind() != ast.MultiValue {
				continue
			}
			ref := r.Head.Ref().GroundPrefix()
			name := ref[0].Value.(ast.Var).String()
			if strings.HasPrefix(name, "test_") || IsPrivate(name) {
				continue
			}
			if len(ref) > 1 {
				errs = append(errs, ast.NewError(ast.CompileErr, r.Location, "rule %s: a rule's name must be a single word (name contains finding if ...), not a reference", ref))
				continue
			}
			path := m.Package.Path.Append(ast.StringTerm(name)).String()
			found := byPath[path]
			if found == nil {
				found = &Rule{Path: path, Location: r.Location}
				byPath[path] = found
			}
			found.Defs = append(found.Defs, r)
			for _, a := range as.GetRuleScope(r) {
				if found.Annotations != nil && found.Annotations != a {
					errs = append(errs, ast.NewError(ast.CompileErr, a.Location, "rule %s has METADATA in more than one place; give it once (scope: document for a rule with several bodies)", path))
					continue
				}
				found.Annotations = a
			}
		}
	}
	out := make([]Rule, 0, len(byPath))
	for _, r := range byPath {
		if r.Annotations == nil {
			ref, _ := ast.ParseRef(r.Path)
			r.Annotations = as.GetDocumentScope(ref)
		}
		out = append(out, *r)
	}
	if len(errs) > 0 {
		return nil, &CompileError{Errors: errs}
	}
	slices.SortFunc(out, func(a, b Rule) int { return cmp.Compare(a.Path, b.Path) })
	return out, nil
}

func isTestFile(name string) bool { return strings.HasSuffix(name, "_test.rego") }

// IsPrivate reports whether a rule name is private to its package (regal's
// convention: the name starts with an underscore). Private rules are helpers,
// never findings, whatever their kind.
func IsPrivate(name string) bool { return strings.HasPrefix(name, "_") }

// Rules lists the rules found, sorted by path.
func (e *Engine) Rules() []Rule { return slices.Clone(e.rules) }

// Query returns the findings query, in Rego: one object from rule path to
// the set of findings the rule produced, bound to the variable hits. Stock
// OPA evaluates it too (opa eval -d rules/ -i input.json QUERY).
func (e *Engine) Query() string { return e.text }

// Compiler returns the compiler the rules were compiled with.
func (e *Engine) Compiler() *ast.Compiler { return e.compiler }

// Eval evaluates every rule on one input. A rule that fails to evaluate
// (a conflict, a builtin error, a cancelled context) is an error: there is
// no partial result.
//
// Cancelling ctx stops the evaluation at its next step. A builtin call
// cannot be interrupted: if the evaluation has not stopped StopGrace after
// ctx is done, Eval returns ctx's cause without waiting for it (the call
// runs on, and its result is dropped), so that no rule holds a run past its
// budget.
func (e *Engine) Eval(ctx context.Context, input ast.Value) ([]Hit, error) {
	type result struct {
		rs  rego.ResultSet
		err error
	}
	done := make(chan result, 1)
	go func() {
		rs, err := e.query.Eval(ctx, rego.EvalParsedInput(input))
		done <- result{rs, err}
	}()
	var r result
	select {
	case r = <-done:
	case <-ctx.Done():
		t := time.NewTimer(StopGrace)
		defer t.Stop()
		select {
		case r = <-done:
		case <-t.C:
			return nil, fmt.Errorf("evaluation did not stop within %s of being cancelled (a builtin call is still running): %w", StopGrace, context.Cause(ctx))
		}
	}
	rs, err := r.rs, r.err
	if err != nil {
		return nil, evalError(err)
	}
	if len(rs) != 1 {
		return nil, fmt.Errorf("findings query returned %d results, want 1: a rule is undefined or conflicting", len(rs))
	}
	hits, ok := rs[0].Bindings["hits"].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("findings query returned %T, want an object", rs[0].Bindings["hits"])
	}
	var out []Hit
	for _, r := range e.rules {
		set, ok := hits[r.Path].([]any)
		if !ok {
			return nil, fmt.Errorf("rule %s returned %T, want a set", r.Path, hits[r.Path])
		}
		for _, v := range set {
			obj, ok := v.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("%s: rule %s produced %T, want an object with message, path and because", locString(r.Location), r.Path, v)
			}
			out = append(out, Hit{Rule: r.Path, Value: obj})
		}
	}
	return out, nil
}

func locString(l *ast.Location) string {
	if l == nil {
		return "?"
	}
	return fmt.Sprintf("%s:%d", l.File, l.Row)
}

func evalError(err error) error {
	var te *topdown.Error
	if errors.As(err, &te) {
		if te.Code == topdown.CancelErr {
			return fmt.Errorf("evaluation cancelled: %w", context.Canceled)
		}
		return &EvalError{Code: te.Code, Location: te.Location, Message: cleanGuardMessage(te.Message)}
	}
	return fmt.Errorf("rule evaluation failed: %w", err)
}

// EvalError is a rule that failed to evaluate: OPA's error code
// (eval_conflict_error, eval_builtin_error, eval_type_error...), where, and
// what went wrong.
type EvalError struct {
	Code     string
	Location *ast.Location // nil when OPA gives none
	Message  string
}

func (e *EvalError) Error() string {
	where := ""
	if e.Location != nil {
		where = fmt.Sprintf("%s:%d:%d: ", e.Location.File, e.Location.Row, e.Location.Col)
	}
	return fmt.Sprintf("%srule evaluation failed (%s): %s", where, e.Code, e.Message)
}

// OverBound reports whether the error is a builtin call stopped by one of
// the sandbox's bounds (MaxBuiltinBytes, MaxBuiltinElements, MaxIntBits...).
func (e *EvalError) OverBound() bool {
	return strings.Contains(e.Message, "more than") && strings.Contains(e.Message, "art22's sandbox")
}

// RuleAt returns the Rego path of the rule whose definition holds a
// position (a file and a line), or "" when none does.
func (e *Engine) RuleAt(file string, line int) string {
	for _, m := range e.compiler.Modules {
		if m.Package.Location == nil || m.Package.Location.File != file {
			continue
		}
		for _, r := range m.Rules {
			if r.Location == nil {
				continue
			}
			end := r.Location.Row + strings.Count(string(r.Location.Text), "\n")
			name, ok := r.Head.Ref()[0].Value.(ast.Var)
			if ok && line >= r.Location.Row && line <= end {
				return m.Package.Path.Append(ast.StringTerm(string(name))).String()
			}
		}
	}
	return ""
}
