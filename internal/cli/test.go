package cli

import (
	"fmt"
	"io"
	"time"

	"github.com/art22/checker"
	"github.com/spf13/cobra"
)

func newTest(stdout io.Writer) *cobra.Command {
	var (
		coverage  bool
		threshold float64
		verbose   bool
	)
	cmd := &cobra.Command{
		Use:   "test [PACK-DIR...]",
		Short: "Run Rego unit tests: a rule pack's _test.rego files, or art22's own",
		Long: `Run Rego unit tests, compiled as rules are when checking: strict, sandboxed,
type-checked against the declaration's schema. With directories, run those rule packs'
tests (art22's rules, its library data.art22.lib and its test fixture
data.art22.fixture.baseline, the normalised reference declaration, are loaded beside
them); without, run art22's own tests.

Exit codes: 0 every test passed (and coverage at or above --threshold), 1 a test failed
or coverage is below it, 2 a pack or a test does not compile.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if threshold < 0 || threshold > 100 {
				return usageError("--threshold %v: want a percentage from 0 to 100", threshold)
			}
			rep, err := checker.RunTests(ctx, args, coverage || threshold > 0)
			if err != nil {
				return err
			}
			for _, r := range rep.Results {
				switch {
				case r.Error != "":
					fmt.Fprintf(stdout, "ERROR %s:%d: %s.%s: %s\n", r.File, r.Line, r.Package, r.Name, r.Error)
				case !r.Pass:
					fmt.Fprintf(stdout, "FAIL  %s:%d: %s.%s\n", r.File, r.Line, r.Package, r.Name)
				case verbose:
					fmt.Fprintf(stdout, "PASS  %s:%d: %s.%s (%s)\n", r.File, r.Line, r.Package, r.Name, r.Duration.Round(time.Microsecond))
				}
			}
			failed := rep.Failed()
			fmt.Fprintf(stdout, "%d tests: %d passed, %d failed\n", len(rep.Results), len(rep.Results)-failed, failed)
			low := false
			if coverage || threshold > 0 {
				for _, c := range rep.Coverage {
					mark := ""
					if c.Percent < threshold {
						mark, low = "  below --threshold", true
					}
					fmt.Fprintf(stdout, "coverage %6.1f%%  %s (%d of %d lines)%s\n", c.Percent, c.File, c.Covered, c.Covered+c.NotCovered, mark)
				}
			}
			if failed > 0 || low {
				return &exitError{code: ExitFindings}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&coverage, "coverage", false, "report the coverage of each rule file")
	cmd.Flags().Float64Var(&threshold, "threshold", 0, "fail when a rule file's coverage is below this percentage (implies --coverage)")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list passing tests too")
	return cmd
}
