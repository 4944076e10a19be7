package cli

import (
	"io"

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
			r, ok := c.Rule(args[0])
			if !ok {
				return usageError("no rule %q (art22 rules lists them)", args[0])
			}
			return report.Explain(stdout, r)
		},
	}
	cmd.Flags().StringArrayVar(&packs, "rules", nil, rulesFlagHelp)
	return cmd
}
