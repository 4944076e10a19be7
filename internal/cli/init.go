package cli

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/spf13/cobra"
)

//go:embed init.yaml
var starter []byte

func newInit(stdout io.Writer) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Write a commented starter declaration; its findings say what to fill in next",
		Long: `Write a commented starter declaration to standard output, or to a new file with
--output (an existing file is never overwritten). Check it with art22 check: each finding
says what to fill in next and where.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				_, err := stdout.Write(starter)
				return err
			}
			f, err := os.OpenFile(out, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
			if errors.Is(err, fs.ErrExist) {
				return usageError("%s already exists; art22 init does not overwrite files", out)
			}
			if err != nil {
				return err
			}
			defer f.Close()
			if _, err := f.Write(starter); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "wrote %s; now run: art22 check %s\n", out, out)
			return f.Close()
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to this new file")
	return cmd
}
