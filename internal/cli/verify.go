package cli

import (
	"fmt"
	"io"

	"github.com/art22/checker/internal/suite"
	"github.com/spf13/cobra"
)

func newVerify(stdout io.Writer) *cobra.Command {
	var packs []string
	cmd := &cobra.Command{
		Use:   "verify PATH...",
		Short: "Run example suites: compare each declaration's findings with the expected ones beside it",
		Long: `Run example suites. Every declaration X.yaml with an expected-findings file
X.expected.yaml beside it (under the directories given, or the files given) is checked as
of the date in its expected file, and its findings are compared with the expected ones:
matched, missing (expected, not found) and unexpected (found, not expected).
docs/suites.md describes the expected-findings format.

Exit codes: 0 every case matches, 1 a case does not, 2 bad input (nothing compared).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			cases, err := suite.Discover(args)
			if err != nil {
				return err
			}
			opts, err := ruleOptions(packs)
			if err != nil {
				return err
			}
			r := suite.Runner{Options: opts}
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
					fmt.Fprintf(stdout, "ok    %s: %d findings as expected (as of %s)\n", res.Declaration, len(res.Matched), res.AsOf)
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
	return cmd
}
