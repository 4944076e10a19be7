package report

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/art22/checker"
)

// Text renders findings like a compiler's diagnostics, one line each:
//
//	file:line:column: severity RULE-ID: message
//
// followed by the facts that made the rule fire, indented, and a summary line.
type Text struct {
	// Color adds ANSI colour to severities.
	Color bool
	// Quiet writes the summary line alone (--quiet).
	Quiet bool
}

var colors = map[checker.Severity]string{
	checker.Violation: "\x1b[1;31m", checker.Risk: "\x1b[1;33m", checker.Advice: "\x1b[1;36m",
}

// Format implements Formatter.
func (t *Text) Format(w io.Writer, run *Run) error {
	bw := bufio.NewWriter(w)
	for _, rep := range run.Reports {
		if err := t.WriteReport(bw, rep); err != nil {
			return err
		}
	}
	if err := t.WriteSummary(bw, run, run.Summarize()); err != nil {
		return err
	}
	return bw.Flush()
}

// WriteReport implements Streamer.
func (t *Text) WriteReport(bw io.Writer, rep *checker.Report) error {
	if t.Quiet {
		return nil
	}
	outOfScope := map[string]int{}      // by area, for entries that name an area
	byEntry := map[int]map[string]int{} // by entry and rule, for entries that name rules
	entries := map[int]*checker.AppliedScope{}
	for _, f := range rep.Findings {
		if f.Status == checker.OutOfScope {
			if e := f.Scope; e != nil && len(e.Rules) > 0 {
				if byEntry[e.Index] == nil {
					byEntry[e.Index], entries[e.Index] = map[string]int{}, e
				}
				byEntry[e.Index][f.RuleID]++
				continue
			}
			outOfScope[f.Area]++
			continue
		}
		if f.Status == checker.Waived {
			fmt.Fprintf(bw, "%s: waived %s %s: %s\n    waiver at %s: %s (owner %s, approved by %s, until %s)\n",
				f.Location, f.Severity, esc(f.RuleID), esc(f.Message), f.Waiver.Location, esc(f.Waiver.Reason), esc(f.Waiver.Owner), esc(f.Waiver.Approver), esc(f.Waiver.Expires))
			continue
		}
		sev := string(f.Severity)
		if f.Status == checker.Upcoming {
			sev = "upcoming " + sev
		}
		if t.Color {
			sev = colors[f.Severity] + sev + "\x1b[0m"
		}
		fmt.Fprintf(bw, "%s: %s %s: %s\n", f.Location, sev, esc(f.RuleID), esc(f.Message))
		for _, b := range f.Because {
			fmt.Fprintf(bw, "    because %s\n", esc(b))
		}
		if f.Status == checker.Upcoming {
			fmt.Fprintf(bw, "    applies from %s (judged as of %s)\n", esc(f.AppliesFrom), rep.AsOf)
		}
		cites := make([]string, len(f.Articles))
		for i, a := range f.Articles {
			cites[i] = esc(a.String())
		}
		fmt.Fprintf(bw, "    see %s; %s\n", strings.Join(cites, ", "), esc(ExplainCommand(f.RuleID, f.Pack)))
		if f.ArticlesNote != "" {
			fmt.Fprintf(bw, "    note: %s\n", esc(f.ArticlesNote))
		}
	}
	for _, sw := range rep.StaleWaivers {
		fmt.Fprintf(bw, "%s: note: stale waiver of %s at %s matches no finding; remove it\n", sw.Location, esc(sw.Rule), esc(pathWords(sw.Path)))
	}
	for _, n := range rep.Notes {
		fmt.Fprintf(bw, "%s: note: %s\n", n.Location, esc(n.Message))
	}
	idx := make([]int, 0, len(entries))
	for i := range entries {
		idx = append(idx, i)
	}
	slices.Sort(idx)
	for _, i := range idx {
		e, counts := entries[i], byEntry[i]
		rules := make([]string, 0, len(counts))
		n := 0
		for r, c := range counts {
			rules = append(rules, fmt.Sprintf("%s (%d)", esc(r), c))
			n += c
		}
		slices.Sort(rules)
		fmt.Fprintf(bw, "%s: note: %s not counted, set aside by outOfScope[%d]: %s; owner %s, approved by %s, until %s: %s\n",
			e.Location, plural(n, "finding", "findings"), i, strings.Join(rules, ", "), esc(e.Owner), esc(e.Approver), esc(e.Expires), esc(e.Reason))
	}
	if len(outOfScope) > 0 {
		areas := make([]string, 0, len(outOfScope))
		n := 0
		for a, c := range outOfScope {
			areas = append(areas, fmt.Sprintf("%s (%d)", esc(a), c))
			n += c
		}
		slices.Sort(areas)
		fmt.Fprintf(bw, "%s: note: %s not counted, in areas the declaration leaves out of scope: %s (--format json lists them)\n",
			declarationName(rep), plural(n, "finding", "findings"), strings.Join(areas, ", "))
	}
	return nil
}

// WriteSummary implements Streamer.
func (t *Text) WriteSummary(bw io.Writer, run *Run, s Summary) error {
	parts := []string{plural(s.Violations, "violation", "violations"), plural(s.Risks, "risk", "risks"), fmt.Sprintf("%d advice", s.Advice)}
	line := strings.Join(parts, ", ")
	var aside []string
	if s.Upcoming > 0 {
		aside = append(aside, fmt.Sprintf("%d upcoming", s.Upcoming))
	}
	if s.OutOfScope > 0 {
		aside = append(aside, fmt.Sprintf("%d out of scope", s.OutOfScope))
	}
	if s.Waived > 0 {
		aside = append(aside, fmt.Sprintf("%d waived", s.Waived))
	}
	if s.BaselineHidden > 0 {
		aside = append(aside, fmt.Sprintf("%d in the baseline", s.BaselineHidden))
	}
	if len(aside) > 0 {
		line += " (and " + strings.Join(aside, ", ") + ")"
	}
	if run.Baseline != "" && !t.Quiet {
		for _, e := range run.BaselineFixed {
			fmt.Fprintf(bw, "%s: fixed %s %s: %s\n", e.Location, e.Severity, esc(e.RuleID), esc(e.Message))
		}
		fmt.Fprintf(bw, "baseline %s: %d unchanged (left out), %d fixed\n", esc(run.Baseline), s.BaselineHidden, len(run.BaselineFixed))
	}
	_, err := fmt.Fprintf(bw, "%s in %s (%s), as of %s%s\n", line, plural(s.Declarations, "declaration", "declarations"), plural(s.Files, "file", "files"), run.AsOf, skippedNote(s))
	return err
}

// skippedNote ends a summary line with the number of rules not evaluated.
func skippedNote(s Summary) string {
	if s.RulesSkipped == 0 {
		return ""
	}
	return "; " + plural(s.RulesSkipped, "rule", "rules") + " skipped"
}

// declarationName names the declaration of a report: its file, and for
// the second and later documents of a file, which one (counted from 1), so
// that a line about a whole declaration says which.
func declarationName(rep *checker.Report) string {
	if rep.Document > 0 {
		return fmt.Sprintf("%s (document %d)", esc(rep.File), rep.Document+1)
	}
	return esc(rep.File)
}

func pathWords(p string) string {
	if p == "" {
		return "every path"
	}
	return p
}

// ExplainCommand is the command that explains a rule: with --rules DIR for a
// rule of a rule pack, which art22 explain loads only when told.
func ExplainCommand(id, pack string) string {
	if pack == "" {
		return "art22 explain " + id
	}
	return "art22 explain --rules " + shellQuote(pack) + " " + id
}

// shellQuote quotes a word for a POSIX shell, if it needs it.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./+:,@%=", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
