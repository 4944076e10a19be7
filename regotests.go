package checker

import (
	"cmp"
	"context"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"time"

	"github.com/art22/checker/internal/engine"
	"github.com/art22/checker/policy"
	"github.com/art22/checker/rules"
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/cover"
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

// RunTests runs Rego unit tests, compiled exactly as rules are checked
// (strict, sandboxed, type-checked against the input schema). With no pack
// directories it runs art22's own tests; with packs, their tests only, with
// art22's rules, library and test fixture (data.art22.fixture.baseline, the
// normalised reference declaration) loaded beside them.
func RunTests(ctx context.Context, packDirs []string, coverage bool) (*TestReport, error) {
	var ours []engine.File
	err := fs.WalkDir(rules.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") {
			return err
		}
		b, err := fs.ReadFile(rules.FS, p)
		ours = append(ours, engine.File{Name: "rules/" + p, Source: string(b)})
		return err
	})
	if err != nil {
		return nil, err
	}
	var files, underTest []engine.File
	var testFiles []string
	if len(packDirs) == 0 {
		files = ours
		for _, f := range ours {
			if strings.HasSuffix(f.Name, "_test.rego") {
				testFiles = append(testFiles, f.Name)
			} else {
				underTest = append(underTest, f)
			}
		}
	} else {
		for _, f := range ours {
			// art22's rules, library and fixture, but not its tests.
			if !strings.HasSuffix(f.Name, "_test.rego") || f.Name == "rules/lib/fixture_test.rego" {
				files = append(files, f)
			}
		}
		var packs []*Pack
		for _, dir := range packDirs {
			p, err := LoadPackDir(dir)
			if err != nil {
				return nil, err
			}
			if len(p.tests) == 0 {
				return nil, fmt.Errorf("rule pack %s: no _test.rego file", dir)
			}
			packs = append(packs, p)
			files = append(files, p.files...)
			files = append(files, p.tests...)
			underTest = append(underTest, p.files...)
			for _, t := range p.tests {
				testFiles = append(testFiles, t.Name)
			}
		}
		builtin, err := engine.ParseFiles(ours)
		if err != nil {
			return nil, err
		}
		packMods := map[*Pack][]*ast.Module{}
		for _, p := range packs {
			ms, err := engine.ParseFiles(p.files)
			if err != nil {
				return nil, fmt.Errorf("rule pack %s: %w", p.Name, err)
			}
			packMods[p] = ms
		}
		if err := checkNamespaces(builtin, packs, packMods); err != nil {
			return nil, err
		}
	}
	mods, err := engine.ParseFiles(files)
	if err != nil {
		return nil, err
	}
	opts := engine.TestOptions{Options: engine.Options{InputSchema: policy.InputSchema()}}
	var cov *cover.Cover
	if coverage {
		cov = cover.New()
		opts.Coverage = cov
	}
	results, err := engine.RunTests(ctx, mods, opts)
	if err != nil {
		return nil, err
	}
	rep := &TestReport{}
	for _, r := range results {
		if r.Location == nil || !slices.Contains(testFiles, r.Location.File) {
			continue
		}
		tr := TestResult{Package: r.Package, Name: r.Name, File: r.Location.File, Line: r.Location.Row, Pass: r.Pass(), Duration: r.Duration}
		if r.Error != nil {
			tr.Error = engine.ErrorText(r.Error)
		}
		rep.Results = append(rep.Results, tr)
	}
	slices.SortFunc(rep.Results, func(a, b TestResult) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Name, b.Name))
	})
	if len(rep.Results) == 0 {
		return nil, fmt.Errorf("no test ran: write tests as test_NAME rules in _test.rego files")
	}
	if cov != nil {
		byName := map[string]*ast.Module{}
		for _, m := range mods {
			byName[m.Package.Location.File] = m
		}
		report := cov.Report(byName)
		for _, f := range underTest {
			fc := FileCoverage{File: f.Name}
			if fr := report.Files[f.Name]; fr != nil {
				fc.Covered, fc.NotCovered = fr.CoveredLines, fr.NotCoveredLines
				fc.Percent = fr.Coverage
			}
			rep.Coverage = append(rep.Coverage, fc)
		}
		slices.SortFunc(rep.Coverage, func(a, b FileCoverage) int { return cmp.Compare(a.File, b.File) })
	}
	return rep, nil
}
