package cli

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/agnivade/levenshtein"

	"github.com/art22/checker"
	"github.com/art22/checker/report"
	"github.com/spf13/cobra"
)

func newRules(stdout io.Writer) *cobra.Command {
	var format string
	var packs []string
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List the rule catalog (text, json or markdown)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts, err := ruleOptions(packs)
			if err != nil {
				return err
			}
			c, err := checker.New(opts...)
			if err != nil {
				return err
			}
			switch format {
			case "text":
				return report.CatalogText(stdout, c.Rules())
			case "json":
				return report.CatalogJSON(stdout, c.Rules())
			case "markdown":
				return report.CatalogMarkdown(stdout, c.Rules())
			}
			return usageError("--format %q: want text, json or markdown", format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "text, json or markdown")
	cmd.Flags().StringArrayVar(&packs, "rules", nil, rulesFlagHelp)
	return cmd
}

func newExplain(stdout io.Writer) *cobra.Command {
	var packs []string
	cmd := &cobra.Command{
		Use:   "explain RULE-ID",
		Short: "Explain a rule: what it checks, articles, sources, remediation, a compliant example",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts, err := ruleOptions(packs)
			if err != nil {
				return err
			}
			c, err := checker.New(opts...)
			if err != nil {
				return err
			}
			r, err := findRule(c, args[0], len(packs) > 0)
			if err != nil {
				return err
			}
			return report.Explain(stdout, r)
		},
	}
	cmd.Flags().StringArrayVar(&packs, "rules", nil, rulesFlagHelp)
	return cmd
}

// findRule finds a rule by id, whatever its case. A rule not found is a
// usage error that suggests the ids nearest to what was typed, and, without
// --rules, says that a pack's rules need it.
func findRule(c *checker.Checker, id string, withPacks bool) (checker.Rule, error) {
	if r, ok := c.Rule(strings.ToUpper(strings.TrimSpace(id))); ok {
		return r, nil
	}
	want := strings.ToUpper(strings.TrimSpace(id))
	type near struct {
		id   string
		dist int
	}
	var nearest []near
	for _, r := range c.Rules() {
		d := levenshtein.ComputeDistance(want, r.ID)
		if d <= max(2, len(r.ID)/4) || strings.Contains(r.ID, want) && len(want) >= 4 {
			nearest = append(nearest, near{r.ID, d})
		}
	}
	slices.SortFunc(nearest, func(a, b near) int { return cmp.Or(cmp.Compare(a.dist, b.dist), cmp.Compare(a.id, b.id)) })
	msg := fmt.Sprintf("no rule %q", id)
	if len(nearest) > 0 {
		var ids []string
		for _, n := range nearest[:min(3, len(nearest))] {
			ids = append(ids, n.id)
		}
		msg += "; did you mean " + strings.Join(ids, " or ") + "?"
	}
	msg += " (art22 rules lists them"
	if !withPacks {
		msg += "; a rule pack's rules need --rules DIR"
	}
	return checker.Rule{}, usageError("%s)", msg)
}
