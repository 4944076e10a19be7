package cli

import (
	"io"

	"github.com/art22/checker/policy"
	"github.com/spf13/cobra"
)

func newSchema(stdout io.Writer) *cobra.Command {
	var input bool
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the declaration (for editors), or of the Rego input",
		Long: `Print the JSON Schema of the declaration, generated from its Go types.

Editors that use yaml-language-server pick it up from a first line such as
  # yaml-language-server: $schema=https://raw.githubusercontent.com/art22/checker/main/docs/declaration.schema.json
With --input, print the schema of the normalised Rego input that rules read
(art22 normalize prints that input for a declaration).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s := policy.DeclarationSchema()
			if input {
				s = policy.InputSchema()
			}
			_, err := stdout.Write(s)
			return err
		},
	}
	cmd.Flags().BoolVar(&input, "input", false, "print the schema of the normalised Rego input instead")
	return cmd
}
