package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/art22/checker"
)

// inScope lists, per instrument, the articles that bear on automated
// underwriting. Those no rule cites are listed as needing a person, so that
// the coverage document says what the checker does not check.
var inScope = map[string][]string{
	"GDPR": {"5", "6", "7", "9", "10", "12", "13", "14", "15", "16", "17", "18", "20", "21", "22",
		"24", "25", "26", "28", "30", "32", "33", "34", "35", "36", "37", "44", "46"},
	"AI Act": {"4", "6", "26", "27", "50", "86"},
}

// CoverageMarkdown writes docs/coverage.md: for each instrument and article,
// the rules that check it and what a person must still check, then the
// articles in scope that no rule checks.
func CoverageMarkdown(w io.Writer, rules []checker.Rule) error {
	type entry struct {
		cite  checker.Article
		rules []checker.Rule
	}
	byCite := map[string]*entry{}
	cited := map[string]map[string]bool{} // instrument -> article numbers cited
	for _, r := range rules {
		for _, a := range r.Articles {
			e := byCite[a.String()]
			if e == nil {
				e = &entry{cite: a}
				byCite[a.String()] = e
			}
			e.rules = append(e.rules, r)
			if cited[a.Instrument] == nil {
				cited[a.Instrument] = map[string]bool{}
			}
			if a.Kind == "Art." {
				cited[a.Instrument][a.Number] = true
			}
		}
	}
	entries := make([]*entry, 0, len(byCite))
	for _, e := range byCite {
		entries = append(entries, e)
	}
	slices.SortFunc(entries, func(a, b *entry) int { return compareArticles(a.cite, b.cite) })

	var b strings.Builder
	b.WriteString("# Coverage\n\n")
	b.WriteString("<!-- Generated from the rules' METADATA by `go test . -update`; do not edit. -->\n\n")
	b.WriteString("Which provisions the rules check, and what a person must still check for each. ")
	b.WriteString("A rule checks what the declaration says; no rule can see whether the declaration is true. ")
	b.WriteString("See [rules.md](rules.md) for each rule in full.\n")
	instrument := ""
	for _, e := range entries {
		if e.cite.Instrument != instrument {
			instrument = e.cite.Instrument
			fmt.Fprintf(&b, "\n## %s\n\n| provision | rules | what a person must still check |\n| --- | --- | --- |\n", instrument)
		}
		ids := make([]string, len(e.rules))
		var human []string
		for i, r := range e.rules {
			ids[i] = fmt.Sprintf("[%s](rules.md#%s) (%s)", r.ID, anchor(r.ID), r.Severity)
			if r.HumanReview != "" && !slices.Contains(human, r.HumanReview) {
				human = append(human, r.HumanReview)
			}
		}
		fmt.Fprintf(&b, "| %s | %s | %s |\n", mdCell(e.cite.String()), strings.Join(ids, "<br>"), mdCell(strings.Join(human, " ")))
	}
	b.WriteString("\n## Not checked by any rule\n\n")
	b.WriteString("Articles in scope for automated underwriting that no rule cites: each needs a person.\n\n")
	for _, inst := range []string{"GDPR", "AI Act"} {
		var missing []string
		for _, n := range inScope[inst] {
			if !cited[inst][n] {
				missing = append(missing, "Art. "+n)
			}
		}
		if len(missing) == 0 {
			fmt.Fprintf(&b, "- %s: every article in scope is cited by a rule.\n", inst)
			continue
		}
		fmt.Fprintf(&b, "- %s: %s (not checked: needs a human).\n", inst, strings.Join(missing, ", "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// compareArticles orders citations by instrument (GDPR first), kind,
// number (numerically where it is a number), paragraph and point.
func compareArticles(a, b checker.Article) int {
	rank := func(inst string) int {
		switch inst {
		case "GDPR":
			return 0
		case "AI Act":
			return 1
		}
		return 2
	}
	num := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			return 1 << 30
		}
		return n
	}
	return cmp.Or(
		cmp.Compare(rank(a.Instrument), rank(b.Instrument)),
		cmp.Compare(a.Instrument, b.Instrument),
		cmp.Compare(a.Kind, b.Kind),
		cmp.Compare(num(a.Number), num(b.Number)),
		cmp.Compare(a.Number, b.Number),
		cmp.Compare(num(a.Paragraph), num(b.Paragraph)),
		cmp.Compare(a.Point, b.Point),
	)
}
