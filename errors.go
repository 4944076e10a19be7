package checker

import (
	"errors"
	"fmt"

	"github.com/art22/checker/internal/engine"
	"github.com/art22/checker/policy"
)

// EvalKind says how a rule failed to evaluate.
type EvalKind string

const (
	// EvalConflict: a single-value rule or function produced two values.
	EvalConflict EvalKind = "conflict"
	// EvalBuiltin: a builtin function failed (to_number on a name, a time
	// zone the sandbox refuses...).
	EvalBuiltin EvalKind = "builtin"
	// EvalType: a value of the wrong type reached an operator or builtin.
	EvalType EvalKind = "type"
	// EvalBudget: a builtin call would have passed one of the sandbox's
	// budgets (the bytes, elements or digits one call may produce).
	EvalBudget EvalKind = "budget"
	// EvalFinding: a rule produced a malformed finding (a message that
	// names an undefined value, a path that is not a JSON Pointer...).
	EvalFinding EvalKind = "finding"
	// EvalOther: any other failure of the evaluation.
	EvalOther EvalKind = "other"
)

// EvalError is the error of a Check whose rules failed to evaluate on a
// declaration: no report is returned. It says which rule, where in its
// Rego file, and how. A time budget or memory limit passed is not an
// EvalError but a *BudgetError or a *MemoryError.
type EvalError struct {
	// Kind says how the evaluation failed.
	Kind EvalKind
	// RuleID is the id of the rule that failed, or "" when the failure is
	// in a helper (a function or private rule) or cannot be placed.
	RuleID string
	// Rule is the Rego path of the rule or helper that failed, when known.
	Rule string
	// File, Line and Column are where in the Rego rules it failed (Column
	// is 0 when only the line is known; File is "" when OPA gives no place).
	File   string
	Line   int
	Column int
	// Declaration is the file of the declaration being checked.
	Declaration string
	// Message says what went wrong.
	Message string
	text    string
	err     error // what the engine returned
}

func (e *EvalError) Error() string { return e.text }

// Unwrap returns the error the evaluation returned.
func (e *EvalError) Unwrap() error { return e.err }

// evalError turns an error of the engine's evaluation into an *EvalError.
func (c *Checker) evalError(err error, d *policy.Declaration) error {
	var ee *engine.EvalError
	if !errors.As(err, &ee) {
		return &EvalError{Kind: EvalOther, Declaration: d.File(), Message: err.Error(), text: err.Error(), err: err}
	}
	e := &EvalError{Declaration: d.File(), Message: ee.Message, text: ee.Error(), err: err}
	switch ee.Code {
	case "eval_conflict_error":
		e.Kind = EvalConflict
	case "eval_type_error":
		e.Kind = EvalType
	case "eval_builtin_error":
		e.Kind = EvalBuiltin
		if ee.OverBound() {
			e.Kind = EvalBudget
		}
	default:
		e.Kind = EvalOther
	}
	if l := ee.Location; l != nil {
		e.File, e.Line, e.Column = l.File, l.Row, l.Col
		e.Rule = c.eng.RuleAt(l.File, l.Row)
		if r := c.byPath[e.Rule]; r != nil {
			e.RuleID = r.ID
		}
	}
	return e
}

// findingError is the error of a rule that produced a malformed finding.
func findingError(r *Rule, d *policy.Declaration, err error) *EvalError {
	text := fmt.Sprintf("%s:%d: rule %s produced a malformed finding: %v", r.File, r.Line, r.ID, err)
	return &EvalError{Kind: EvalFinding, RuleID: r.ID, Rule: r.Path, File: r.File, Line: r.Line, Declaration: d.File(), Message: err.Error(), text: text, err: err}
}

// CompileError is the error of New when the rules do not compile: a
// syntax error, a type error against the input schema, a builtin the
// sandbox refuses, incomplete METADATA, a module outside its pack's
// namespace. It lists every problem found.
type CompileError struct {
	// Problems, each at its place in a Rego file.
	Problems []Problem
	text     string
}

// Problem is one problem found compiling the rules.
type Problem struct {
	File   string
	Line   int
	Column int
	// Code is OPA's error code: rego_parse_error, rego_type_error,
	// rego_compile_error...
	Code    string
	Message string
}

func (e *CompileError) Error() string { return e.text }

// compileError turns the engine's compile error, prefixed as before, into
// a *CompileError; other errors pass wrapped with the prefix.
func compileError(prefix string, err error) error {
	var ce *engine.CompileError
	if !errors.As(err, &ce) {
		return fmt.Errorf("%s%w", prefix, err)
	}
	out := &CompileError{text: prefix + ce.Error()}
	for _, a := range ce.Errors {
		p := Problem{Code: a.Code, Message: a.Message}
		if l := a.Location; l != nil {
			p.File, p.Line, p.Column = l.File, l.Row, l.Col
		}
		out.Problems = append(out.Problems, p)
	}
	return out
}

// PackError is the error of New when a rule pack cannot be read: no such
// directory, a missing or bad .manifest, a file the pack may not read (a
// symbolic link out of it, a device, one too large). A pack whose Rego
// does not compile, or whose roots overlap art22's or another pack's, is
// a *CompileError.
type PackError struct {
	// Pack is the pack's name: the directory it is loaded from.
	Pack string
	// Err says what is wrong; its message names the pack.
	Err error
}

func (e *PackError) Error() string { return e.Err.Error() }

func (e *PackError) Unwrap() error { return e.Err }

// packError wraps an error of loading a pack in a *PackError.
func packError(name string, err error) error {
	if err == nil {
		return nil
	}
	var pe *PackError
	if errors.As(err, &pe) {
		return err
	}
	return &PackError{Pack: name, Err: err}
}
