package checker

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/art22/checker/internal/engine"
	"github.com/art22/checker/policy"
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/cover"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// TestResult is the outcome of one Rego unit test.
type TestResult struct {
	// Package and Name identify the test (data.art22.rules.fairness_test, test_...).
	Package string `json:"package"`
	Name    string `json:"name"`
	// File and Line locate it.
	File string `json:"file"`
	Line int    `json:"line"`
	// Pass is true when the test succeeded.
	Pass bool `json:"pass"`
	// Error is the evaluation error, if the test did not run to an answer.
	Error string `json:"error,omitempty"`
	// Duration is how long it took.
	Duration time.Duration `json:"duration"`
	// FailedAt is the file:line of the expression that failed, for a test
	// that failed; Failure shows it with the values of its variables.
	FailedAt string `json:"failedAt,omitempty"`
	Failure  string `json:"failure,omitempty"`
}

// FileCoverage is how much of a rule file the tests evaluated.
type FileCoverage struct {
	File       string  `json:"file"`
	Covered    int     `json:"covered"`
	NotCovered int     `json:"notCovered"`
	Percent    float64 `json:"percent"`
}

// TestReport is the result of RunTests.
type TestReport struct {
	Results []TestResult `json:"results"`
	// Coverage of the rule files under test, when asked for, sorted by file.
	Coverage []FileCoverage `json:"coverage,omitempty"`
	// Unexercised are the rules under test that produced no finding in any
	// test: their findings were never seen, so never checked.
	Unexercised []RuleRef `json:"unexercised,omitempty"`
}

// Failed counts the tests that did not pass.
func (r *TestReport) Failed() int {
	n := 0
	for _, t := range r.Results {
		if !t.Pass {
			n++
		}
	}
	return n
}

// TestOptions configure RunTests.
type TestOptions struct {
	// Coverage asks for the coverage of each rule file under test.
	Coverage bool
	// Run, when not empty, is a regular expression: only the tests whose
	// full name (data.PACKAGE.test_NAME) it matches run. Whether each rule
	// produces a finding in some test is then not checked.
	Run string
}

// RunTests runs Rego unit tests, compiled exactly as rules are checked
// (strict, sandboxed, type-checked against the input schema, metadata and
// finding shapes checked), with the same options as New. With no rule pack
// (WithRulePack, WithRulePackFS) it runs art22's own tests; with packs, their
// tests only, with art22's rules, library and test fixture
// (data.art22.fixture.baseline, the normalised reference declaration)
// loaded beside them.
//
// Each rule under test must produce a finding in at least one test: the
// rules that never do are listed in TestReport.Unexercised. A failing test
// is run again with tracing, and its result says which expression failed,
// with the values of its variables.
func RunTests(ctx context.Context, topts TestOptions, opts ...Option) (*TestReport, error) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	asm, err := assemble(cfg.packs, true)
	if err != nil {
		return nil, err
	}
	found, metaErrs, err := asm.checkRules()
	if err != nil {
		return nil, err
	}
	if len(metaErrs) > 0 {
		return nil, fmt.Errorf("rule metadata: %w", &engine.CompileError{Errors: metaErrs})
	}
	if topts.Run != "" {
		if _, err := regexp.Compile(topts.Run); err != nil {
			return nil, fmt.Errorf("--run %q: %w", topts.Run, err)
		}
	}
	eopts := engine.TestOptions{Options: engine.Options{InputSchema: policy.InputSchema()}, Filter: topts.Run}
	var cov *cover.Cover
	if topts.Coverage {
		cov = cover.New()
	}
	fired := &firedTracer{next: cov, fired: map[string]bool{}}
	eopts.Tracer = fired
	results, err := engine.RunTests(ctx, asm.modules, eopts)
	if err != nil {
		return nil, err
	}
	rep := &TestReport{}
	var failed []string
	for _, r := range results {
		if r.Location == nil || !slices.Contains(asm.tested, r.Location.File) {
			continue
		}
		tr := TestResult{Package: r.Package, Name: r.Name, File: r.Location.File, Line: r.Location.Row, Pass: r.Pass(), Duration: r.Duration}
		if r.Error != nil {
			tr.Error = engine.ErrorText(r.Error)
		}
		if !tr.Pass && tr.Error == "" {
			failed = append(failed, regexp.QuoteMeta(r.Package+"."+r.Name))
		}
		rep.Results = append(rep.Results, tr)
	}
	slices.SortFunc(rep.Results, func(a, b TestResult) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Name, b.Name))
	})
	if len(rep.Results) == 0 {
		if topts.Run != "" {
			return nil, fmt.Errorf("no test matches --run %q", topts.Run)
		}
		return nil, fmt.Errorf("no test ran: write tests as test_NAME rules in _test.rego files")
	}
	if len(failed) > 0 {
		if err := explainFailures(ctx, asm, eopts, failed, rep); err != nil {
			return nil, err
		}
	}
	if topts.Run == "" {
		for _, r := range found {
			if slices.Contains(asm.underTest, r.File) && !fired.fired[r.Path] {
				rep.Unexercised = append(rep.Unexercised, RuleRef{ID: r.ID, Path: r.Path, File: r.File, Line: r.Line})
			}
		}
	}
	if cov != nil {
		byName := map[string]*ast.Module{}
		for _, m := range asm.modules {
			byName[m.Package.Location.File] = m
		}
		report := cov.Report(byName)
		for _, f := range asm.underTest {
			fc := FileCoverage{File: f}
			if fr := report.Files[f]; fr != nil {
				fc.Covered, fc.NotCovered = fr.CoveredLines, fr.NotCoveredLines
				fc.Percent = fr.Coverage
			}
			rep.Coverage = append(rep.Coverage, fc)
		}
		slices.SortFunc(rep.Coverage, func(a, b FileCoverage) int { return cmp.Compare(a.File, b.File) })
	}
	return rep, nil
}

// RuleRef names a rule and where it is defined.
type RuleRef struct {
	ID   string `json:"id"`
	Path string `json:"path"`
	File string `json:"file"`
	Line int    `json:"line"`
}

// explainFailures runs the failing tests again with tracing, and notes in
// each result the expression that failed, with its variables' values (as
// opa test --var-values shows them).
func explainFailures(ctx context.Context, asm *assembly, eopts engine.TestOptions, failed []string, rep *TestReport) error {
	eopts.Tracer, eopts.Trace = nil, true
	eopts.Filter = "^(" + strings.Join(failed, "|") + ")$"
	results, err := engine.RunTests(ctx, asm.modules, eopts)
	if err != nil {
		return err
	}
	for _, r := range results {
		if r.Location == nil {
			continue
		}
		for i := range rep.Results {
			tr := &rep.Results[i]
			if tr.File != r.Location.File || tr.Line != r.Location.Row || tr.Name != r.Name {
				continue
			}
			tr.FailedAt, tr.Failure = failure(r.Trace)
		}
	}
	return nil
}

// failure finds, in a failing test's trace, the last expression that
// failed (as opa test does), and prints it with its variables' values.
func failure(trace []*topdown.Event) (string, string) {
	for _, e := range slices.Backward(trace) {
		if e.Op != topdown.FailOp || e.Location == nil || e.QueryID == 0 {
			continue
		}
		if expr, ok := e.Node.(*ast.Expr); ok {
			if _, isEvery := expr.Terms.(*ast.Every); isEvery {
				continue
			}
		}
		var b strings.Builder
		if err := topdown.PrettyEvent(&b, e, topdown.PrettyEventOpts{PrettyVars: true}); err != nil {
			return "", ""
		}
		return fmt.Sprintf("%s:%d", e.Location.File, e.Location.Row), engine.CleanText(strings.TrimRight(b.String(), "\n"))
	}
	return "", ""
}

// firedTracer notes the rules that produced a value (a body of the rule
// succeeded), and passes every event on to the coverage tracer, if any.
type firedTracer struct {
	next  *cover.Cover
	mu    sync.Mutex
	fired map[string]bool // rule path
}

func (t *firedTracer) Enabled() bool { return true }

func (t *firedTracer) Config() topdown.TraceConfig {
	if t.next != nil {
		return t.next.Config()
	}
	return topdown.TraceConfig{}
}

func (t *firedTracer) TraceEvent(e topdown.Event) {
	if e.Op == topdown.ExitOp {
		if r, ok := e.Node.(*ast.Rule); ok && r.Module != nil {
			if v, ok := r.Head.Ref()[0].Value.(ast.Var); ok {
				p := r.Module.Package.Path.Append(ast.StringTerm(string(v))).String()
				t.mu.Lock()
				t.fired[p] = true
				t.mu.Unlock()
			}
		}
	}
	if t.next != nil {
		t.next.TraceEvent(e)
	}
}
