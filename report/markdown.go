package report

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/art22/checker"
)

// Markdown renders a report a DPO reads and hands on: a summary by severity
// and by article, then each open finding with its facts, remediation and
// sources, then what was set aside (waived, out of scope, upcoming) and stale
// waivers.
type Markdown struct{}

// Format implements Formatter.
func (Markdown) Format(w io.Writer, run *Run) error {
	var b strings.Builder
	s := run.Summarize()
	b.WriteString("# art22 report\n\n")
	fmt.Fprintf(&b, "Judged as of %s by art22 %s. %s in %s.\n\n", run.AsOf, run.madeBy(), plural(s.Declarations, "declaration", "declarations"), plural(s.Files, "file", "files"))
	b.WriteString("| severity | open findings |\n| --- | --- |\n")
	fmt.Fprintf(&b, "| violation | %d |\n| risk | %d |\n| advice | %d |\n\n", s.Violations, s.Risks, s.Advice)
	if extra := setAside(s); extra != "" {
		fmt.Fprintf(&b, "Not counted: %s.\n\n", extra)
	}
	if skipped := run.SkippedRules(); len(skipped) > 0 {
		ids := make([]string, len(skipped))
		for i, id := range skipped {
			ids[i] = mdCode(id)
		}
		fmt.Fprintf(&b, "Not evaluated (--only, --skip): %s: %s.\n\n", plural(len(skipped), "rule", "rules"), strings.Join(ids, ", "))
	}

	// Open findings by article.
	counts := map[string]int{}
	var order []checker.Article
	for _, rep := range run.Reports {
		for _, f := range rep.Findings {
			if f.Status != checker.Open {
				continue
			}
			for _, a := range f.Articles {
				if counts[a.String()] == 0 {
					order = append(order, a)
				}
				counts[a.String()]++
			}
		}
	}
	if len(order) > 0 {
		slices.SortFunc(order, compareArticles)
		b.WriteString("## By article\n\n| provision | open findings |\n| --- | --- |\n")
		for _, a := range order {
			fmt.Fprintf(&b, "| %s | %d |\n", a, counts[a.String()])
		}
		b.WriteString("\n")
	}

	for _, rep := range run.Reports {
		fmt.Fprintf(&b, "## %s (%s)\n\n", mdText(rep.Controller), mdText(declName(rep)))
		n := 0
		for _, f := range rep.Findings {
			if f.Status != checker.Open {
				continue
			}
			n++
			fmt.Fprintf(&b, "### %d. %s: %s\n\n", n, mdText(f.RuleID), mdText(f.Title))
			fmt.Fprintf(&b, "**%s** at %s (%s).\n\n%s.\n\n", f.Severity, mdCode(f.Location.String()), mdCode(f.Path), mdBlock(upperFirst(f.Message)))
			b.WriteString("Because:\n\n")
			for _, c := range f.Because {
				fmt.Fprintf(&b, "- %s\n", mdText(c))
			}
			fmt.Fprintf(&b, "\n**How to fix.** %s\n\n**Articles.** %s\n\n**Sources.**\n\n", mdText(f.Remediation), mdText(cites(f.Articles)))
			for _, src := range f.Sources {
				if src.URL != "" {
					fmt.Fprintf(&b, "- %s: [%s](%s)\n", mdText(src.Kind), mdText(src.Title), mdText(src.URL))
				} else {
					fmt.Fprintf(&b, "- %s: %s\n", mdText(src.Kind), mdText(src.Title))
				}
			}
			b.WriteString("\n")
		}
		if n == 0 {
			b.WriteString("No open finding.\n\n")
		}
		var aside []string
		for _, f := range rep.Findings {
			if f.Status != checker.Open {
				aside = append(aside, fmt.Sprintf("| %s | %s | %s | %s |", mdCell(f.RuleID), f.Status, strings.ReplaceAll(mdCode(f.Location.String()), "|", "\\|"), mdCell(skipReason(f))))
			}
		}
		if len(aside) > 0 {
			b.WriteString("Set aside:\n\n| rule | status | location | why |\n| --- | --- | --- | --- |\n")
			b.WriteString(strings.Join(aside, "\n") + "\n\n")
		}
		if len(rep.Notes) > 0 {
			b.WriteString("Notes:\n\n")
			for _, n := range rep.Notes {
				fmt.Fprintf(&b, "- %s (%s)\n", mdText(n.Message), mdCode(n.Location.String()))
			}
			b.WriteString("\n")
		}
		if len(rep.StaleWaivers) > 0 {
			b.WriteString("Stale waivers (they match no finding; remove them):\n\n")
			for _, sw := range rep.StaleWaivers {
				fmt.Fprintf(&b, "- %s at %s, expires %s (%s)\n", mdText(sw.Rule), mdCode(sw.Path), mdText(sw.Expires), mdCode(sw.Location.String()))
			}
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func setAside(s Summary) string {
	var parts []string
	if s.Waived > 0 {
		parts = append(parts, plural(s.Waived, "waived finding", "waived findings"))
	}
	if s.OutOfScope > 0 {
		parts = append(parts, fmt.Sprintf("%d out of scope", s.OutOfScope))
	}
	if s.Upcoming > 0 {
		parts = append(parts, fmt.Sprintf("%d upcoming", s.Upcoming))
	}
	if s.BaselineHidden > 0 {
		parts = append(parts, fmt.Sprintf("%d in the baseline", s.BaselineHidden))
	}
	return strings.Join(parts, ", ")
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
