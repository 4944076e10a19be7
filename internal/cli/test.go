package cli

import (
	"io"

	"github.com/art22/checker"
	"github.com/art22/checker/report"
	"github.com/spf13/cobra"
)

func newTest(stdout io.Writer) *cobra.Command {
	var (
		coverage  bool
		threshold float64
		verbose   bool
		run       string
		format    string
	)
	cmd := &cobra.Command{
		Use:   "test [PACK-DIR...]",
		Short: "Run Rego unit tests: a rule pack's _test.rego files, or art22's own",
		Long: `Run Rego unit tests, compiled as rules are when checking: strict, sandboxed,
type-checked against the declaration's schema, metadata and finding shapes checked. With
directories, run those rule packs' tests (art22's rules, its library data.art22.lib and
its test fixture data.art22.fixture, with data.art22.fixture.baseline the normalised
reference declaration, are loaded beside them); without, run art22's own tests.

A failing test is shown with the expression that failed and the values of its variables.
Every rule under test must produce a finding in at least one test (not checked with --run).

Exit codes: 0 every test passed, every rule fired in a test (and coverage at or above
--threshold), 1 a test failed, a rule never fired or coverage is below the threshold,
2 a pack or a test does not compile.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if threshold < 0 || threshold > 100 {
				return usageError("--threshold %v: want a percentage from 0 to 100", threshold)
			}
			if format != "text" && format != "json" && format != "junit" {
				return usageError("--format %q: want text, json or junit", format)
			}
			opts, err := ruleOptions(args)
			if err != nil {
				return err
			}
			rep, err := checker.RunTests(ctx, checker.TestOptions{Coverage: coverage || threshold > 0, Run: run}, opts...)
			if err != nil {
				return err
			}
			switch format {
			case "json":
				err = report.TestsJSON(stdout, rep)
			case "junit":
				err = report.TestsJUnit(stdout, rep)
			default:
				err = report.TestsText(stdout, rep, verbose, threshold)
			}
			if err != nil {
				return err
			}
			low := false
			for _, c := range rep.Coverage {
				low = low || c.Percent < threshold
			}
			if rep.Failed() > 0 || len(rep.Unexercised) > 0 || low {
				return &exitError{code: ExitFindings}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&coverage, "coverage", false, "report the coverage of each rule file")
	cmd.Flags().Float64Var(&threshold, "threshold", 0, "fail when a rule file's coverage is below this percentage (implies --coverage)")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list passing tests too")
	cmd.Flags().StringVar(&run, "run", "", "run only the tests whose full name (data.PACKAGE.test_NAME) matches this regular expression")
	cmd.Flags().StringVar(&format, "format", "text", "text, json or junit (for CI)")
	return cmd
}
