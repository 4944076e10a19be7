package checker_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/art22/checker"
	"github.com/art22/checker/policy"
)

// TestEvalErrors checks that every way a rule pack fails at evaluation
// (testdata/failing-packs) is an *EvalError that says how, which rule and
// where, usable with errors.As, with the message it always had.
func TestEvalErrors(t *testing.T) {
	decls, err := policy.LoadFile("examples/tm/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		pack   string
		kind   checker.EvalKind
		ruleID string
		rule   string
		line   int
	}{
		{"conflict", checker.EvalConflict, "", "data.art22.rules.failing.level", 21},
		{"builtin-error", checker.EvalBuiltin, "FAIL-BUILTIN-ERROR", "data.art22.rules.failing.builtin_error", 16},
		{"type-error", checker.EvalType, "FAIL-TYPE-ERROR", "data.art22.rules.failing.type_error", 18},
		{"named-time-zone", checker.EvalBuiltin, "FAIL-TIME-ZONE", "data.art22.rules.failing.time_zone", 15},
		{"range-huge", checker.EvalBudget, "FAIL-RANGE", "data.art22.rules.failing.range_huge", 15},
		{"sprintf-huge", checker.EvalBudget, "FAIL-SPRINTF", "data.art22.rules.failing.sprintf_huge", 17},
		{"undefined-message", checker.EvalFinding, "FAIL-UNDEFINED-MESSAGE", "data.art22.rules.failing.undefined_message", 19},
	} {
		t.Run(tc.pack, func(t *testing.T) {
			c, err := checker.New(checker.WithAsOf(asOf), checker.WithRulePack("testdata/failing-packs/"+tc.pack))
			if err != nil {
				t.Fatal(err)
			}
			rep, err := c.Check(context.Background(), decls[0])
			var ee *checker.EvalError
			if !errors.As(err, &ee) || rep != nil {
				t.Fatalf("report %v, error %T %v; want an *EvalError", rep, err, err)
			}
			file := "testdata/failing-packs/" + tc.pack + "/rules.rego"
			if ee.Kind != tc.kind || ee.RuleID != tc.ruleID || ee.Rule != tc.rule || ee.File != file || ee.Line != tc.line ||
				ee.Declaration != "examples/tm/declaration.yaml" || ee.Message == "" {
				t.Errorf("got %+v; want kind %s, rule %s (%s) at %s:%d", *ee, tc.kind, tc.ruleID, tc.rule, file, tc.line)
			}
			if want := fmt.Sprintf("%s:%d:", file, tc.line); len(err.Error()) < len(want) || err.Error()[:len(want)] != want {
				t.Errorf("message %q does not start with %q", err, want)
			}
		})
	}
}

// TestCompileAndPackErrors checks that a pack that does not compile is a
// *CompileError listing its problems, and one that cannot be read a
// *PackError naming it.
func TestCompileAndPackErrors(t *testing.T) {
	for _, tc := range []struct {
		pack string
		code string // "" for a PackError
	}{
		{"render-template", "rego_type_error"},
		{"schema-file-ref", "rego_type_error"},
		{"schema-annotation-file-ref", "rego_compile_error"},
		{"symlink-escape", ""},
		{"manifest-dev-zero", ""},
	} {
		t.Run(tc.pack, func(t *testing.T) {
			dir := "testdata/failing-packs/" + tc.pack
			_, err := checker.New(checker.WithRulePack(dir))
			var ce *checker.CompileError
			var pe *checker.PackError
			switch {
			case tc.code != "" && errors.As(err, &ce):
				if len(ce.Problems) == 0 || ce.Problems[0].Code != tc.code || ce.Problems[0].File != dir+"/rules.rego" || ce.Problems[0].Line == 0 {
					t.Errorf("problems %+v", ce.Problems)
				}
			case tc.code == "" && errors.As(err, &pe):
				if pe.Pack != dir || pe.Err == nil {
					t.Errorf("%+v", *pe)
				}
			default:
				t.Fatalf("error %T %v", err, err)
			}
		})
	}
	if _, err := checker.New(checker.WithRulePack("testdata/no-such-pack")); !errors.As(err, new(*checker.PackError)) {
		t.Errorf("no such directory: %T %v", err, err)
	}
}

// A rule that fails to evaluate is an *EvalError: how it failed, the rule
// and where. Here a rule of a pack calls to_number on the controller's
// name.
func ExampleEvalError() {
	c, err := checker.New(checker.WithRulePack("testdata/failing-packs/builtin-error"))
	if err != nil {
		fmt.Println(err)
		return
	}
	decls, err := policy.LoadFile("examples/tm/declaration.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = c.Check(context.Background(), decls[0])
	var ee *checker.EvalError
	if errors.As(err, &ee) {
		fmt.Println(ee.Kind, ee.RuleID, ee.File, ee.Line)
	}
	// Output:
	// builtin FAIL-BUILTIN-ERROR testdata/failing-packs/builtin-error/rules.rego 16
}

// Rules that do not compile are a *CompileError that lists every problem
// at its place; a pack that cannot be read is a *PackError.
func ExampleCompileError() {
	_, err := checker.New(checker.WithRulePack("testdata/failing-packs/render-template"))
	var ce *checker.CompileError
	if errors.As(err, &ce) {
		for _, p := range ce.Problems {
			fmt.Printf("%s:%d: %s\n", p.File, p.Line, p.Code)
		}
	}
	_, err = checker.New(checker.WithRulePack("testdata/failing-packs/symlink-escape"))
	var pe *checker.PackError
	if errors.As(err, &pe) {
		fmt.Println("cannot load", pe.Pack)
	}
	// Output:
	// testdata/failing-packs/render-template/rules.rego:15: rego_type_error
	// cannot load testdata/failing-packs/symlink-escape
}
