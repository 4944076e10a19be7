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
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/agnivade/levenshtein"
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
	// Header is the comment lines before the first field, kept when the
	// file is rewritten (Update); "" for the default header.
	Header     string    `yaml:"-"`
	APIVersion string    `yaml:"apiVersion"`
	AsOf       string    `yaml:"asOf"`
	Findings   []Finding `yaml:"findings"`
}

// Finding is one expected finding. Document, Rule, Severity, Status, Path
// and, when given, Message identify it; Location (line:column) says where
// it was reported, compared only with strict locations; Note explains it to
// a reviewer.
type Finding struct {
	Document int    `yaml:"document,omitempty"`
	Rule     string `yaml:"rule"`
	Severity string `yaml:"severity"`
	Status   string `yaml:"status"`
	Path     string `yaml:"path"`
	Location string `yaml:"location"`
	Message  string `yaml:"message,omitempty"`
	Note     string `yaml:"note,omitempty"`

	// Line and Column locate the finding's rule in the expected file, for
	// errors; 0 for findings not read from a file.
	Line   int `yaml:"-"`
	Column int `yaml:"-"`
}

// identity is what a finding is matched on whatever its location.
func (f Finding) identity() string {
	return fmt.Sprintf("%d\x00%s\x00%s\x00%s\x00%s", f.Document, f.Rule, f.Severity, f.Status, f.Path)
}

// matches reports whether a finding reported (got) is this expected one:
// the same identity, the same message if the expected one gives a message,
// and, if strict, the same location.
func (f Finding) matches(got Finding, strict bool) bool {
	return f.identity() == got.identity() && (f.Message == "" || f.Message == got.Message) && (!strict || f.Location == got.Location)
}

// String describes the finding on one line.
func (f Finding) String() string {
	doc := ""
	if f.Document > 0 {
		doc = fmt.Sprintf("document %d: ", f.Document)
	}
	s := fmt.Sprintf("%s%s %s %s at %s (%s)", doc, f.Status, f.Severity, f.Rule, f.Path, f.Location)
	if f.Message != "" {
		s += ": " + f.Message
	}
	return s
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
	// Moved are the findings matched whose location differs from the
	// expected one (never with strict locations, where they do not match).
	Moved []Move
}

// Move is a matched finding reported at another location than expected.
type Move struct {
	Expected Finding
	Location string // where it is reported now
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
	e.Header = header(b)
	locateFindings(b, e.Findings)
	if _, err := policy.ParseDate(e.AsOf); err != nil {
		return nil, fmt.Errorf("%s: asOf: %w", path, err)
	}
	return &e, nil
}

// header returns the comment lines (and blank lines between them) at the
// top of a file, before its first field, each ending in a newline.
func header(b []byte) string {
	var h []string
	for line := range strings.Lines(string(b)) {
		t := strings.TrimSpace(line)
		if t != "" && !strings.HasPrefix(t, "#") {
			break
		}
		h = append(h, strings.TrimRight(line, " \t\r\n")+"\n")
	}
	for len(h) > 0 && h[len(h)-1] == "\n" { // blank lines before the first field
		h = h[:len(h)-1]
	}
	return strings.Join(h, "")
}

// locateFindings sets the line and column of each finding's rule (or of
// the finding, when it names none) in the file.
func locateFindings(b []byte, fs []Finding) {
	var doc yaml.Node
	if yaml.Unmarshal(b, &doc) != nil || len(doc.Content) == 0 {
		return
	}
	root := doc.Content[0]
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value != "findings" {
			continue
		}
		for j, item := range root.Content[i+1].Content {
			if j >= len(fs) {
				break
			}
			fs[j].Line, fs[j].Column = item.Line, item.Column
			for k := 0; k+1 < len(item.Content); k += 2 {
				if item.Content[k].Value == "rule" {
					fs[j].Line, fs[j].Column = item.Content[k+1].Line, item.Content[k+1].Column
				}
			}
		}
	}
}

// Runner runs cases with one checker, judging each as of its date.
type Runner struct {
	// Options are passed to checker.New (the as-of date comes from each
	// case, and is given to each check: the rules are compiled once).
	Options []checker.Option
	// StrictLocations compares locations (line:column) too: a finding
	// reported elsewhere than expected is missing and unexpected.
	StrictLocations bool
	c               *checker.Checker
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
// compares. An error means the case could not be run (bad input or rules);
// an expected finding that names no rule is such an error (UnknownRules),
// not a missing finding.
func (r *Runner) Run(ctx context.Context, c Case) (*Result, error) {
	exp, err := ReadExpected(c.Expected)
	if err != nil {
		return nil, err
	}
	ch, err := r.checker()
	if err != nil {
		return nil, err
	}
	if err := checkRules(c.Expected, exp.Findings, ch); err != nil {
		return nil, err
	}
	got, err := r.Findings(ctx, c.Declaration, exp.AsOf)
	if err != nil {
		return nil, err
	}
	res := &Result{Case: c, AsOf: exp.AsOf}
	pairs, missing, unexpected := match(exp.Findings, got, r.StrictLocations)
	for _, p := range pairs {
		e := exp.Findings[p[0]]
		res.Matched = append(res.Matched, e)
		if loc := got[p[1]].Location; loc != e.Location {
			res.Moved = append(res.Moved, Move{Expected: e, Location: loc})
		}
	}
	for _, i := range missing {
		res.Missing = append(res.Missing, exp.Findings[i])
	}
	for _, j := range unexpected {
		res.Unexpected = append(res.Unexpected, got[j])
	}
	return res, nil
}

// match pairs expected findings with findings reported: those that give a
// message before those that do not, and, among the candidates for a
// finding, one at the same location first. It returns the pairs (index in
// want, index in got), in the order of want, and the indices left over.
func match(want, got []Finding, strict bool) (pairs [][2]int, missing, unexpected []int) {
	usedW := make([]bool, len(want))
	usedG := make([]bool, len(got))
	pass := func(withMessage, sameLocation bool) {
		for i, w := range want {
			if usedW[i] || (w.Message != "") != withMessage {
				continue
			}
			for j, g := range got {
				if usedG[j] || !w.matches(g, strict) || (sameLocation && w.Location != g.Location) {
					continue
				}
				usedW[i], usedG[j] = true, true
				pairs = append(pairs, [2]int{i, j})
				break
			}
		}
	}
	pass(true, true)
	pass(true, false)
	pass(false, true)
	pass(false, false)
	slices.SortFunc(pairs, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	for i := range want {
		if !usedW[i] {
			missing = append(missing, i)
		}
	}
	for j := range got {
		if !usedG[j] {
			unexpected = append(unexpected, j)
		}
	}
	return pairs, missing, unexpected
}

// UnknownRule is an expected finding that names a rule the checker does
// not have: a typo in the expected file, or a rule pack not loaded.
type UnknownRule struct {
	File         string
	Line, Column int
	Rule         string
	// Suggestion is the closest rule id, if one is close enough.
	Suggestion string
}

func (u UnknownRule) Error() string {
	msg := fmt.Sprintf("%s:%d:%d: no rule %q", u.File, u.Line, u.Column, u.Rule)
	if u.Suggestion != "" {
		msg += fmt.Sprintf("; did you mean %s?", u.Suggestion)
	}
	return msg + " (art22 rules lists them)"
}

// UnknownRules are every expected finding of a file that names no rule.
type UnknownRules []UnknownRule

func (us UnknownRules) Error() string {
	msgs := make([]string, len(us))
	for i, u := range us {
		msgs[i] = u.Error()
	}
	return strings.Join(msgs, "\n")
}

// checkRules refuses expected findings whose rule the checker lacks.
func checkRules(file string, fs []Finding, c *checker.Checker) error {
	var ids []string
	for _, r := range c.Rules() {
		ids = append(ids, r.ID)
	}
	var errs UnknownRules
	for _, f := range fs {
		if _, ok := c.Rule(f.Rule); ok {
			continue
		}
		errs = append(errs, UnknownRule{File: file, Line: f.Line, Column: f.Column, Rule: f.Rule, Suggestion: suggest(f.Rule, ids)})
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// suggest returns the rule id closest to id, if it is close enough to be a
// likely typo: at most a third of its characters differ.
func suggest(id string, ids []string) string {
	if len(id) > 128 {
		return ""
	}
	best, bestD := "", len(id)/3+1
	for _, c := range ids {
		if d := levenshtein.ComputeDistance(strings.ToUpper(id), c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
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
				Path: f.Path, Location: fmt.Sprintf("%d:%d", f.Location.Line, f.Location.Column), Message: f.Message,
			})
		}
	}
	return out, nil
}

// Update rewrites a case's expected file with the findings the checker
// reports now, keeping its header comments, its as-of date and, for the
// findings that stay (matched as Run matches them, whatever their
// location), their notes and messages. Other comments in the file are not
// kept. It reports whether the file changed; a file already up to date is
// not written.
func (r *Runner) Update(ctx context.Context, c Case) (bool, error) {
	exp, err := ReadExpected(c.Expected)
	if err != nil {
		return false, err
	}
	got, err := r.Findings(ctx, c.Declaration, exp.AsOf)
	if err != nil {
		return false, err
	}
	pairs, _, _ := match(exp.Findings, got, false)
	kept := make([]Finding, len(got))
	for j, g := range got {
		kept[j] = g
		kept[j].Message = "" // written only where the expected file gave it
	}
	for _, p := range pairs {
		kept[p[1]].Note, kept[p[1]].Message = exp.Findings[p[0]].Note, exp.Findings[p[0]].Message
	}
	out := Format(&Expected{Header: exp.Header, APIVersion: APIVersion, AsOf: exp.AsOf, Findings: kept})
	old, err := os.ReadFile(c.Expected)
	if err == nil && bytes.Equal(old, out) {
		return false, nil
	}
	return true, os.WriteFile(c.Expected, out, 0o644)
}

// DefaultHeader opens an expected-findings file written without a header
// of its own.
const DefaultHeader = "# Expected findings: `art22 verify` compares the checker's report with this file.\n" +
	"# `art22 verify --update` rewrites it, keeping this header and the notes; review the diff.\n"

// Format renders an expected-findings file, one finding per block: its
// header (DefaultHeader if it has none), then its fields.
func Format(e *Expected) []byte {
	var b bytes.Buffer
	if e.Header != "" {
		b.WriteString(e.Header)
	} else {
		b.WriteString(DefaultHeader)
	}
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
		if f.Message != "" {
			fmt.Fprintf(&b, "    message: %s\n", quoted(f.Message))
		}
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

// quoted writes a string as a double-quoted YAML scalar on one line, byte
// for byte (a JSON string is one).
func quoted(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
