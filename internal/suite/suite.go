// Package suite runs example suites: declarations with the findings a
// reviewer expects beside them. `art22 verify` and the repository's own
// example tests share it.
//
// A declaration X.yaml is a case when X.expected.yaml sits beside it. The
// expected file (apiVersion art22.expected/v1) gives the as-of date and every
// finding expected, each by document, rule, severity, status, path and
// location; notes are for reviewers and not compared. See docs/suites.md.
package suite

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/art22/checker"
	"github.com/art22/checker/policy"
	"go.yaml.in/yaml/v3"
)

// APIVersion names the expected-findings format.
const APIVersion = "art22.expected/v1"

// Suffix ends the name of an expected-findings file.
const Suffix = ".expected.yaml"

// Expected is an expected-findings file.
type Expected struct {
	APIVersion string    `yaml:"apiVersion"`
	AsOf       string    `yaml:"asOf"`
	Findings   []Finding `yaml:"findings"`
}

// Finding is one expected finding. Document, Rule, Severity, Status, Path
// and Location identify it; Note explains it to a reviewer.
type Finding struct {
	Document int    `yaml:"document,omitempty"`
	Rule     string `yaml:"rule"`
	Severity string `yaml:"severity"`
	Status   string `yaml:"status"`
	Path     string `yaml:"path"`
	Location string `yaml:"location"`
	Note     string `yaml:"note,omitempty"`
}

func (f Finding) key() string {
	return fmt.Sprintf("%d\x00%s\x00%s\x00%s\x00%s\x00%s", f.Document, f.Rule, f.Severity, f.Status, f.Path, f.Location)
}

// String describes the finding on one line.
func (f Finding) String() string {
	doc := ""
	if f.Document > 0 {
		doc = fmt.Sprintf("document %d: ", f.Document)
	}
	return fmt.Sprintf("%s%s %s %s at %s (%s)", doc, f.Status, f.Severity, f.Rule, f.Path, f.Location)
}

// Case is a declaration and its expected-findings file.
type Case struct {
	Declaration string
	Expected    string
}

// Result compares a case's findings with the expected ones.
type Result struct {
	Case
	AsOf       string
	Matched    []Finding
	Missing    []Finding // expected, not found
	Unexpected []Finding // found, not expected
}

// OK reports whether the findings are exactly the expected ones.
func (r *Result) OK() bool { return len(r.Missing) == 0 && len(r.Unexpected) == 0 }

// ExpectedPath returns the expected-findings file of a declaration.
func ExpectedPath(declaration string) string {
	ext := filepath.Ext(declaration)
	return strings.TrimSuffix(declaration, ext) + Suffix
}

// IsExpectedFile reports whether a file name is an expected-findings file.
func IsExpectedFile(name string) bool { return strings.HasSuffix(name, Suffix) }

// Discover finds the cases under each path: a directory is searched for
// expected-findings files; a file is a declaration (whose expected file
// must exist) or an expected-findings file. Cases are sorted.
func Discover(paths []string) ([]Case, error) {
	seen := map[string]bool{}
	var cases []Case
	add := func(expected string) error {
		decl := strings.TrimSuffix(expected, Suffix) + ".yaml"
		if _, err := os.Stat(decl); err != nil {
			if alt := strings.TrimSuffix(expected, Suffix) + ".yml"; fileExists(alt) {
				decl = alt
			} else {
				return fmt.Errorf("%s: no declaration %s beside it", expected, decl)
			}
		}
		if !seen[decl] {
			seen[decl] = true
			cases = append(cases, Case{Declaration: decl, Expected: expected})
		}
		return nil
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%s: no such file or directory", p)
		}
		if !st.IsDir() {
			exp := p
			if !IsExpectedFile(p) {
				exp = ExpectedPath(p)
				if !fileExists(exp) {
					return nil, fmt.Errorf("%s: no expected findings %s beside it", p, exp)
				}
			}
			if err := add(exp); err != nil {
				return nil, err
			}
			continue
		}
		n := len(cases)
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && path != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if !d.IsDir() && IsExpectedFile(d.Name()) {
				return add(path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(cases) == n {
			return nil, fmt.Errorf("%s: no expected-findings file (*%s) under it", p, Suffix)
		}
	}
	slices.SortFunc(cases, func(a, b Case) int { return cmp.Compare(a.Declaration, b.Declaration) })
	return cases, nil
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// ReadExpected loads an expected-findings file strictly.
func ReadExpected(path string) (*Expected, error) {
	b, err := policy.ReadFile(path, policy.DefaultLimits.MaxBytes) // a regular file only: a FIFO would block
	if err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	var e Expected
	if err := dec.Decode(&e); err != nil {
		return nil, fmt.Errorf("%s: %s", path, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if e.APIVersion != APIVersion {
		return nil, fmt.Errorf("%s: apiVersion %q, want %s", path, e.APIVersion, APIVersion)
	}
	if _, err := policy.ParseDate(e.AsOf); err != nil {
		return nil, fmt.Errorf("%s: asOf: %w", path, err)
	}
	return &e, nil
}

// Runner runs cases, building one checker per as-of date.
type Runner struct {
	// Options are passed to checker.New (the as-of date comes from each
	// case, and is given to each check: the rules are compiled once).
	Options []checker.Option
	c       *checker.Checker
}

func (r *Runner) checker() (*checker.Checker, error) {
	if r.c == nil {
		c, err := checker.New(r.Options...)
		if err != nil {
			return nil, err
		}
		r.c = c
	}
	return r.c, nil
}

// Run checks a case's declaration as of its expected file's date and
// compares. An error means the case could not be run (bad input or rules).
func (r *Runner) Run(ctx context.Context, c Case) (*Result, error) {
	exp, err := ReadExpected(c.Expected)
	if err != nil {
		return nil, err
	}
	got, err := r.Findings(ctx, c.Declaration, exp.AsOf)
	if err != nil {
		return nil, err
	}
	res := &Result{Case: c, AsOf: exp.AsOf}
	want := map[string][]Finding{}
	for _, f := range exp.Findings {
		want[f.key()] = append(want[f.key()], f)
	}
	for _, f := range got {
		k := f.key()
		if len(want[k]) > 0 {
			res.Matched = append(res.Matched, want[k][0])
			want[k] = want[k][1:]
			continue
		}
		res.Unexpected = append(res.Unexpected, f)
	}
	for _, f := range exp.Findings {
		if len(want[f.key()]) > 0 {
			res.Missing = append(res.Missing, want[f.key()][0])
			want[f.key()] = want[f.key()][1:]
		}
	}
	return res, nil
}

// Findings checks a declaration file as of a date and returns its findings
// in the expected-findings form.
func (r *Runner) Findings(ctx context.Context, declaration, asOf string) ([]Finding, error) {
	c, err := r.checker()
	if err != nil {
		return nil, err
	}
	t, err := time.Parse(time.DateOnly, asOf)
	if err != nil {
		return nil, fmt.Errorf("as-of date %q: %w", asOf, err)
	}
	reports, err := c.CheckFile(ctx, declaration, checker.AsOf(t))
	if err != nil {
		var perrs policy.Errors
		if errors.As(err, &perrs) {
			return nil, perrs
		}
		return nil, err
	}
	var out []Finding
	for _, rep := range reports {
		for _, f := range rep.Findings {
			out = append(out, Finding{
				Document: rep.Document, Rule: f.RuleID, Severity: string(f.Severity), Status: string(f.Status),
				Path: f.Path, Location: fmt.Sprintf("%d:%d", f.Location.Line, f.Location.Column),
			})
		}
	}
	return out, nil
}

// Update rewrites a case's expected file with the findings the checker
// reports now, keeping the as-of date and the notes of findings that stay.
func (r *Runner) Update(ctx context.Context, c Case) error {
	exp, err := ReadExpected(c.Expected)
	if err != nil {
		return err
	}
	got, err := r.Findings(ctx, c.Declaration, exp.AsOf)
	if err != nil {
		return err
	}
	// Carry notes over: by the full key first, then, for findings whose
	// location moved, by document, rule and path.
	exact := map[string][]string{}
	loose := map[string][]string{}
	looseKey := func(f Finding) string { return fmt.Sprintf("%d\x00%s\x00%s", f.Document, f.Rule, f.Path) }
	for _, f := range exp.Findings {
		if f.Note != "" {
			exact[f.key()] = append(exact[f.key()], f.Note)
		}
	}
	matched := map[int]bool{}
	for i, f := range got {
		if n := exact[f.key()]; len(n) > 0 {
			got[i].Note, exact[f.key()] = n[0], n[1:]
			matched[i] = true
		}
	}
	for _, f := range exp.Findings {
		if n := exact[f.key()]; f.Note != "" && len(n) > 0 {
			loose[looseKey(f)] = append(loose[looseKey(f)], f.Note)
			exact[f.key()] = n[1:]
		}
	}
	for i, f := range got {
		if n := loose[looseKey(f)]; !matched[i] && len(n) > 0 {
			got[i].Note, loose[looseKey(f)] = n[0], n[1:]
		}
	}
	return os.WriteFile(c.Expected, Format(&Expected{APIVersion: APIVersion, AsOf: exp.AsOf, Findings: got}), 0o644)
}

// Format renders an expected-findings file, one finding per block.
func Format(e *Expected) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Expected findings: `art22 verify` and `go test .` compare the checker's report with\n")
	fmt.Fprintf(&b, "# this file. `go test . -update` rewrites it, keeping notes; review the diff.\n")
	fmt.Fprintf(&b, "apiVersion: %s\nasOf: %s\n", e.APIVersion, e.AsOf)
	if len(e.Findings) == 0 {
		b.WriteString("findings: []\n")
		return b.Bytes()
	}
	b.WriteString("findings:\n")
	for _, f := range e.Findings {
		b.WriteString("  - ")
		if f.Document > 0 {
			fmt.Fprintf(&b, "document: %d\n    ", f.Document)
		}
		fmt.Fprintf(&b, "rule: %s\n    severity: %s\n    status: %s\n    path: %s\n    location: \"%s\"\n", f.Rule, f.Severity, f.Status, yamlString(f.Path), f.Location)
		if note := strings.Join(strings.Fields(f.Note), " "); note != "" {
			fmt.Fprintf(&b, "    note: %s\n", yamlString(note))
		}
	}
	return b.Bytes()
}

func yamlString(s string) string {
	out, _ := yaml.Marshal(s)
	return strings.TrimSuffix(string(out), "\n")
}
