package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/art22/checker"
)

// CatalogText lists rules one per line: id, severity, articles, title.
func CatalogText(w io.Writer, rules []checker.Rule) error {
	for _, r := range rules {
		if _, err := fmt.Fprintf(w, "%-34s %-9s %-40s %s\n", r.ID, r.Severity, cites(r.Articles), r.Title); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintf(w, "%d rules\n", len(rules))
	return err
}

// CatalogJSON writes the rules as a JSON array.
func CatalogJSON(w io.Writer, rules []checker.Rule) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if rules == nil {
		rules = []checker.Rule{}
	}
	return enc.Encode(rules)
}

// CatalogMarkdown writes the rule catalog as a Markdown document: an index
// table, then each rule in full. docs/rules.md is this output.
func CatalogMarkdown(w io.Writer, rules []checker.Rule) error {
	var b strings.Builder
	b.WriteString("# Rule catalog\n\n")
	b.WriteString("<!-- Generated from the rules' METADATA by `go test . -update`; do not edit. -->\n\n")
	fmt.Fprintf(&b, "%d rules. Severity: **violation** (the declaration as written breaches a provision), **risk** (a breach is likely unless something outside the declaration holds), **advice** (good practice from guidance).\n\n", len(rules))
	b.WriteString("| id | severity | articles | title |\n| --- | --- | --- | --- |\n")
	for _, r := range rules {
		fmt.Fprintf(&b, "| [%s](#%s) | %s | %s | %s |\n", r.ID, anchor(r.ID), r.Severity, cites(r.Articles), mdCell(r.Title))
	}
	for _, r := range rules {
		fmt.Fprintf(&b, "\n## %s\n\n**%s**\n\n", r.ID, r.Title)
		fmt.Fprintf(&b, "- Severity: %s\n- Articles: %s\n", r.Severity, countryCites(r.Articles))
		if r.AppliesFrom != "" {
			fmt.Fprintf(&b, "- Applies from: %s (reported as upcoming before that date)\n", r.AppliesFrom)
		}
		if len(r.Countries) > 0 {
			fmt.Fprintf(&b, "- Countries: %s\n", strings.Join(r.Countries, ", "))
		}
		fmt.Fprintf(&b, "- Defined in: `%s` (%s:%d)\n\n", r.Path, r.File, r.Line)
		fmt.Fprintf(&b, "%s\n\n**Remediation.** %s\n\n", r.Description, r.Remediation)
		if r.HumanReview != "" {
			fmt.Fprintf(&b, "**Needs a human.** %s\n\n", r.HumanReview)
		}
		b.WriteString("**Sources.**\n\n")
		for _, s := range r.Sources {
			if s.URL != "" {
				fmt.Fprintf(&b, "- %s: [%s](%s)\n", s.Kind, s.Title, s.URL)
			} else {
				fmt.Fprintf(&b, "- %s: %s\n", s.Kind, s.Title)
			}
		}
		if r.Example != "" {
			fmt.Fprintf(&b, "\n**Compliant example.**\n\n```yaml\n%s\n```\n", strings.TrimRight(r.Example, "\n"))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Explain writes everything about one rule, for a person at a terminal.
func Explain(w io.Writer, r checker.Rule) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s)\n%s\n\n", r.ID, r.Severity, r.Title)
	fmt.Fprintf(&b, "Articles: %s\n", countryCites(r.Articles))
	if r.AppliesFrom != "" {
		fmt.Fprintf(&b, "Applies from: %s\n", r.AppliesFrom)
	}
	if len(r.Countries) > 0 {
		fmt.Fprintf(&b, "Countries: %s\n", strings.Join(r.Countries, ", "))
	}
	fmt.Fprintf(&b, "\nWhat it checks\n  %s\n\nHow to fix\n  %s\n", wrap(r.Description), wrap(r.Remediation))
	if r.HumanReview != "" {
		fmt.Fprintf(&b, "\nWhat a person must still check\n  %s\n", wrap(r.HumanReview))
	}
	b.WriteString("\nSources\n")
	for _, s := range r.Sources {
		fmt.Fprintf(&b, "  - %s: %s\n", s.Kind, s.Title)
		if s.URL != "" {
			fmt.Fprintf(&b, "    %s\n", s.URL)
		}
	}
	if r.Counterexample != "" {
		b.WriteString("\nNon-compliant example (merged into a declaration: mappings key by key, lists of entries by id)\n")
		for _, l := range strings.Split(strings.TrimRight(r.Counterexample, "\n"), "\n") {
			b.WriteString("  " + l + "\n")
		}
	}
	if r.Example != "" {
		b.WriteString("\nCompliant example\n")
		for _, l := range strings.Split(strings.TrimRight(r.Example, "\n"), "\n") {
			b.WriteString("  " + l + "\n")
		}
	}
	fmt.Fprintf(&b, "\nDefined in %s:%d (%s)\n", r.File, r.Line, r.Path)
	_, err := io.WriteString(w, b.String())
	return err
}

func cites(as []checker.Article) string {
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = a.String()
	}
	return strings.Join(s, ", ")
}

// countryCites is cites with the country of each national law, as in
// "GenDG § 18(1) [DE]": findings cite those only for declarations whose
// products are sold there.
func countryCites(as []checker.Article) string {
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = a.String()
		if a.Country != "" {
			s[i] += " [" + a.Country + "]"
		}
	}
	return strings.Join(s, ", ")
}

func anchor(id string) string { return strings.ToLower(id) }

// wrap indents continuation lines of a paragraph for terminal output.
func wrap(s string) string {
	words := strings.Fields(s)
	var lines []string
	line := ""
	for _, w := range words {
		if len(line)+len(w)+1 > 86 && line != "" {
			lines = append(lines, line)
			line = w
			continue
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	lines = append(lines, line)
	return strings.Join(lines, "\n  ")
}
