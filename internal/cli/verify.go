package cli

import (
	"fmt"
	"io"

	"github.com/art22/checker/internal/suite"
	"github.com/spf13/cobra"
)

func newVerify(stdout io.Writer) *cobra.Command {
	var (
		packs  []string
		strict bool
		update bool
	)
	cmd := &cobra.Command{
		Use:   "verify PATH...",
		Short: "Run example suites: compare each declaration's findings with the expected ones beside it",
		Long: `Run example suites. Every declaration X.yaml with an expected-findings file
X.expected.yaml beside it (under the directories given, or the files given) is checked as
of the date in its expected file, and its findings are compared with the expected ones:
matched, missing (expected, not found) and unexpected (found, not expected).

Findings match on document, rule, severity, status, JSON path and, where the expected
file gives one, message; their line:column is information only (a comment added to a
declaration does not break its suite), unless --strict-locations compares it too.
An expected finding naming a rule that does not exist is an error.

--update rewrites each expected file with the findings reported now, keeping its header
comments, its as-of date and the notes of findings that stay; review the diff.
docs/suites.md describes the expected-findings format.

Exit codes: 0 every case matches (or was updated), 1 a case does not, 2 bad input
(nothing compared).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if update && strict {
				return usageError("--update and --strict-locations do not go together: --update writes the locations reported")
			}
			cases, err := suite.Discover(args)
			if err != nil {
				return err
			}
			opts, err := ruleOptions(packs)
			if err != nil {
				return err
			}
			r := suite.Runner{Options: opts, StrictLocations: strict}
			if update {
				changed := 0
				for _, c := range cases {
					ok, err := r.Update(ctx, c)
					if err != nil {
						return fmt.Errorf("%s: %w", c.Declaration, err)
					}
					if ok {
						changed++
						fmt.Fprintf(stdout, "updated  %s\n", c.Expected)
					} else {
						fmt.Fprintf(stdout, "same     %s\n", c.Expected)
					}
				}
				fmt.Fprintf(stdout, "%d cases: %d updated, %d unchanged; review the diff\n", len(cases), changed, len(cases)-changed)
				return nil
			}
			var results []*suite.Result
			for _, c := range cases {
				res, err := r.Run(ctx, c)
				if err != nil {
					return fmt.Errorf("%s: %w", c.Declaration, err)
				}
				results = append(results, res)
			}
			failed := 0
			for _, res := range results {
				if res.OK() {
					moved := ""
					if n := len(res.Moved); n > 0 {
						moved = fmt.Sprintf("; %s reported at another line:column than written, verify --update rewrites them", plural(n, "location"))
					}
					fmt.Fprintf(stdout, "ok    %s: %d findings as expected (as of %s%s)\n", res.Declaration, len(res.Matched), res.AsOf, moved)
					continue
				}
				failed++
				fmt.Fprintf(stdout, "FAIL  %s: %d matched, %d missing, %d unexpected (as of %s; expected in %s)\n",
					res.Declaration, len(res.Matched), len(res.Missing), len(res.Unexpected), res.AsOf, res.Expected)
				for _, f := range res.Missing {
					fmt.Fprintf(stdout, "    missing     %s\n", f)
				}
				for _, f := range res.Unexpected {
					fmt.Fprintf(stdout, "    unexpected  %s\n", f)
				}
			}
			fmt.Fprintf(stdout, "%d cases: %d ok, %d failed\n", len(results), len(results)-failed, failed)
			if failed > 0 {
				return &exitError{code: ExitFindings}
			}
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&packs, "rules", nil, rulesFlagHelp)
	cmd.Flags().BoolVar(&strict, "strict-locations", false, "also compare each finding's line:column with the expected one")
	cmd.Flags().BoolVar(&update, "update", false, "rewrite the expected files with the findings reported now (keeping header comments, as-of dates and notes)")
	return cmd
}
