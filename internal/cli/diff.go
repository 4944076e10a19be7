package cli

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/art22/checker"
	"github.com/art22/checker/policy"
	"github.com/art22/checker/report"
	"github.com/spf13/cobra"
)

func newDiff(stdout io.Writer) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "diff OLD.json NEW.json",
		Short: "Compare two JSON reports: findings new, fixed and unchanged",
		Long: `Compare two JSON reports (art22 check --format json): the findings of NEW.json that
OLD.json did not have (new), those of OLD.json that NEW.json no longer has (fixed), and how
many both have (unchanged).

Findings are the same when they have the same rule id, declaration file, document, JSON
path and message, wherever they are in the file: a line added above a finding does not
make it new. Run both reports from the same directory, so that files are named alike.

Formats: text (default), markdown, json (art22.diff/v1).

Exit codes: 0 no new open finding, 1 new open findings, 2 bad input or usage.`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(report.DiffFormats, format) {
				return usageError("--format %q: formats: %s", format, strings.Join(report.DiffFormats, ", "))
			}
			old, err := readReport(args[0])
			if err != nil {
				return err
			}
			cur, err := readReport(args[1])
			if err != nil {
				return err
			}
			d := report.Diff(old, cur)
			if err := report.WriteDiff(stdout, format, d); err != nil {
				return err
			}
			if d.NewOpen() > 0 {
				return &exitError{code: ExitFindings}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: "+strings.Join(report.DiffFormats, ", "))
	return cmd
}

// readReport reads the findings of a JSON report file.
func readReport(path string) ([]*checker.Report, error) {
	b, err := policy.ReadFile(path, 256<<20)
	if err != nil {
		return nil, err
	}
	reports, err := report.ReadJSON(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", policy.Escape(path), err)
	}
	return reports, nil
}
