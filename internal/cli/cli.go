// Package cli implements the art22 command line.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"syscall"

	"github.com/art22/checker"
	"github.com/art22/checker/internal/version"
	"github.com/spf13/cobra"
)

// Exit codes.
const (
	ExitClean    = 0 // no finding at or above the threshold
	ExitFindings = 1 // findings at or above the threshold
	ExitError    = 2 // bad input or usage: nothing judged
)

// exitError carries an exit code out of a command.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// usageError marks a bad invocation: exit 2.
func usageError(format string, args ...any) error {
	return &exitError{code: ExitError, err: fmt.Errorf(format, args...)}
}

// Main runs art22 with the given arguments and streams and returns the exit code.
func Main(args []string, stdout, stderr io.Writer) int {
	// Interrupted or terminated, a run stops at the next evaluation step and
	// exits 2 with no report.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	root := newRoot(stdout, stderr)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return ExitClean
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintln(stderr, "art22:", ee.err)
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "art22:", err)
	return ExitError
}

// Version is art22's version: the release tag of go install ...@vX.Y.Z,
// or the one the release build sets with -ldflags (internal/version).
func Version() string {
	return version.Get().Version
}

func newRoot(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "art22",
		Short: "Check an insurer's automated underwriting against the GDPR",
		Long: `art22 checks an insurer's declared automated underwriting (YAML, apiVersion art22/v1)
against the GDPR, the AI Act and insurance law, and reports findings at file:line:column.

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage (nothing judged).`,
		Version:       version.Get().String(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	// art22 --version: art22's version, the rule catalog's digest, OPA's
	// and Go's, as the reports carry them.
	root.SetVersionTemplate("{{.Version}}\n")
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &exitError{code: ExitError, err: fmt.Errorf("%w (see %s --help)", err, c.CommandPath())}
	})
	root.AddCommand(withConfig(newCheck(stdout, stderr), stderr), newSchema(stdout), newRules(stdout), newExplain(stdout),
		newVerify(stdout), newInit(stdout), newTest(stdout), newNormalize(stdout, stderr))
	return root
}

// ruleOptions turns --rules directories into checker options. A path that
// is not a directory is a usage error that says so, before the pack loader
// looks inside it.
func ruleOptions(dirs []string) ([]checker.Option, error) {
	var opts []checker.Option
	for _, d := range dirs {
		st, err := os.Stat(d)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, usageError("--rules %s: no such directory", d)
		case err != nil:
			return nil, usageError("--rules %s: %v", d, errors.Unwrap(err))
		case !st.IsDir():
			return nil, usageError("--rules %s: not a directory (a rule pack is a directory of Rego files)", d)
		}
		opts = append(opts, checker.WithRulePack(d))
	}
	return opts, nil
}

const rulesFlagHelp = "a rule pack directory to load beside art22's rules (repeatable; see docs/writing-rules.md)"
