package checker

import (
	"context"
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/agnivade/levenshtein"
)

// Rule selection: WithOnly and WithSkip choose which rules a Checker
// evaluates. A pattern is
//
//   - a glob on rule ids (path.Match syntax: ART32-*, ART5-1?-*), or a rule id;
//   - a pack's name: "art22" for the built-in rules, or the directory (or
//     name) a rule pack was loaded from (WithRulePack, WithRulePackFS);
//   - a namespace, written with dots or slashes, optionally with the
//     "data." prefix: art22.rules.fairness, art22/rules/regulator (a pack's
//     root, from its .manifest) selects the rules of every package in it.
//
// A pattern that matches no rule is an error (*SelectionError), with the
// nearest rule id, pack or namespace as a suggestion: a typo must not
// silently select nothing, or skip nothing. Rules that are not selected
// are not evaluated, and every report lists them (Report.Skipped).

// WithOnly evaluates only the rules that match one of the patterns (see
// above); the others are skipped. Given several times, the patterns add up.
func WithOnly(patterns ...string) Option {
	return func(c *config) { c.only = append(c.only, patterns...) }
}

// WithSkip skips the rules that match one of the patterns (see above), even
// when WithOnly selects them. Given several times, the patterns add up.
func WithSkip(patterns ...string) Option {
	return func(c *config) { c.skip = append(c.skip, patterns...) }
}

// SelectionError is a WithOnly or WithSkip pattern that is malformed or
// matches no rule, or a selection that leaves no rule to evaluate.
type SelectionError struct {
	// Option is "only" or "skip"; "" when the selection as a whole is wrong
	// (it leaves no rule).
	Option string
	// Pattern is the pattern at fault.
	Pattern string
	// Reason says what is wrong with it.
	Reason string
	// Suggestion is the nearest rule id, pack name or namespace, if any is
	// near enough to be a likely typo.
	Suggestion string
}

func (e *SelectionError) Error() string {
	if e.Option == "" {
		return "checker: rule selection: " + e.Reason
	}
	opt := "WithOnly"
	if e.Option == "skip" {
		opt = "WithSkip"
	}
	return fmt.Sprintf("checker: %s(%q): %s", opt, e.Pattern, e.Detail())
}

// Detail is the error without the option's name: the reason, and the
// suggestion if there is one.
func (e *SelectionError) Detail() string {
	if e.Suggestion != "" {
		return fmt.Sprintf("%s; did you mean %s?", e.Reason, e.Suggestion)
	}
	return e.Reason
}

// Skipped returns the ids of the rules the checker does not evaluate
// (WithOnly, WithSkip), sorted; empty when every rule is evaluated.
func (c *Checker) Skipped() []string { return append([]string{}, c.skipped...) }

// Selected reports whether the rule with the given id is evaluated.
func (c *Checker) Selected(id string) bool {
	_, skipped := slices.BinarySearch(c.skipped, id)
	_, ok := c.Rule(id)
	return ok && !skipped
}

// selection is the set of rules to evaluate.
type selection struct {
	only, skip []string
}

// matchRule reports whether a pattern selects a rule.
func matchRule(pattern string, r *Rule) bool {
	if ok, _ := path.Match(pattern, r.ID); ok {
		return true
	}
	if pattern == r.Pack {
		return true
	}
	if ns, ok := namespace(pattern); ok {
		return under(strings.TrimPrefix(r.Package, "data."), ns)
	}
	return false
}

// namespace reads a pattern as a Rego namespace (art22.rules.fairness,
// art22/rules/fairness, data.art22.rules.fairness): it must hold a dot or a
// slash, so that a bare word is a rule id or a pack's name.
func namespace(pattern string) (string, bool) {
	if !strings.ContainsAny(pattern, "./") {
		return "", false
	}
	ns := strings.ReplaceAll(strings.Trim(pattern, "/"), "/", ".")
	return strings.TrimPrefix(ns, "data."), true
}

// apply works out the skipped rules, and restricts the engine to the
// others. Every pattern must match at least one rule.
func (sel selection) apply(c *Checker) error {
	if len(sel.only) == 0 && len(sel.skip) == 0 {
		return nil
	}
	keep := make([]bool, len(c.rules))
	for i := range keep {
		keep[i] = len(sel.only) == 0
	}
	for _, set := range []struct {
		option   string
		patterns []string
		to       bool
	}{{"only", sel.only, true}, {"skip", sel.skip, false}} {
		for _, p := range set.patterns {
			if strings.TrimSpace(p) == "" {
				return &SelectionError{Option: set.option, Pattern: p, Reason: "an empty pattern"}
			}
			if _, err := path.Match(p, ""); err != nil {
				return &SelectionError{Option: set.option, Pattern: p, Reason: "not a valid glob (" + err.Error() + ")"}
			}
			n := 0
			for i := range c.rules {
				if matchRule(p, &c.rules[i]) {
					keep[i] = set.to
					n++
				}
			}
			if n == 0 {
				return &SelectionError{Option: set.option, Pattern: p, Reason: "matches no rule, pack or namespace (art22 rules lists them)", Suggestion: c.suggest(p)}
			}
		}
	}
	c.skipped = nil
	paths := map[string]bool{}
	for i, r := range c.rules {
		if keep[i] {
			paths[r.Path] = true
		} else {
			c.skipped = append(c.skipped, r.ID)
		}
	}
	if len(paths) == 0 {
		return &SelectionError{Reason: "every rule is skipped: the selection leaves nothing to check"}
	}
	if len(c.skipped) == 0 {
		return nil
	}
	eng, err := c.eng.Select(context.Background(), func(p string) bool { return paths[p] })
	if err != nil {
		return err
	}
	c.eng = eng
	return nil
}

// suggest returns the rule id, pack name or namespace nearest to a pattern
// that matches nothing, if it is near enough to be a typo: at most a third
// of the pattern's length away (and at least 1).
func (c *Checker) suggest(pattern string) string {
	var names []string
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			names = append(names, s)
		}
	}
	for _, r := range c.rules {
		add(r.ID)
		add(r.Pack)
		add(strings.TrimPrefix(r.Package, "data."))
	}
	best, bestD := "", max(len(pattern)/3, 1)+1
	p := strings.ToUpper(pattern)
	for _, n := range names { // names in rule order: ties go to the first
		d := levenshtein.ComputeDistance(p, strings.ToUpper(n))
		if strings.ContainsAny(pattern, "*?[") {
			// A glob: compare its literal prefix with as much of the name.
			lit := p[:strings.IndexAny(p, "*?[")]
			d = levenshtein.ComputeDistance(lit, strings.ToUpper(n[:min(len(lit), len(n))]))
			if lit == "" {
				continue
			}
		}
		if d < bestD {
			best, bestD = n, d
		}
	}
	if best == "" {
		return ""
	}
	if strings.ContainsAny(pattern, "*?[") {
		if i := strings.IndexAny(pattern, "*?["); i <= len(best) {
			return best[:i] + pattern[i:]
		}
	}
	return best
}
