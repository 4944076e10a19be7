package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/art22/checker/policy"
	"github.com/spf13/cobra"
)

func newNormalize(stdout, stderr io.Writer) *cobra.Command {
	var asOf string
	var minWords, minChars int
	cmd := &cobra.Command{
		Use:   "normalize FILE",
		Short: "Print the normalised Rego input of a declaration (what rules read as input)",
		Long: `Print the normalised Rego input of each declaration in FILE, as JSON: every field
present, defaults explicit, derived facts added (such as whether each disclosure claim's
quote stands in its text), and input.evaluation.asOf. A file with several declarations
gives one JSON document per declaration, one after the other.

Stock OPA evaluates art22's rules on it: opa eval -d rules/ -i input.json 'data.art22.rules'.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if minWords < 1 || minChars < 1 {
				return usageError("--min-quote-words and --min-quote-chars must be 1 or more")
			}
			date := time.Now().UTC().Format(time.DateOnly)
			if asOf != "" {
				t, err := policy.ParseDate(asOf)
				if err != nil {
					return usageError("--as-of: %v", err)
				}
				date = t.Format(time.DateOnly)
			}
			ctx := cmd.Context()
			decls, err := policy.DefaultLimits.LoadFileContext(ctx, args[0])
			var perrs policy.Errors
			if errors.As(err, &perrs) {
				printLoadErrors(stderr, perrs)
				return fmt.Errorf("%s in the input", plural(perrs.Count(), "error"))
			}
			if err != nil {
				return err
			}
			enc := json.NewEncoder(stdout)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			for _, d := range decls {
				ev := policy.Evaluation{AsOf: policy.Date(date), Quotes: policy.QuoteRule{MinWords: minWords, MinChars: minChars}}
				if err := enc.Encode(d.Input(ev)); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&minWords, "min-quote-words", policy.DefaultQuoteRule.MinWords, "a claim's quote is evidence when it has at least this many words (or --min-quote-chars characters)")
	cmd.Flags().IntVar(&minChars, "min-quote-chars", policy.DefaultQuoteRule.MinChars, "a claim's quote is evidence when it has at least this many characters (or --min-quote-words words)")
	cmd.Flags().StringVar(&asOf, "as-of", "", "the date for input.evaluation.asOf, YYYY-MM-DD (default today, UTC)")
	return cmd
}
