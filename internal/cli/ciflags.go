package cli

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/art22/checker"
	"github.com/art22/checker/report"
	"github.com/spf13/pflag"
)

// ciFlags are the flags of art22 check that choose the rules and shape
// the outputs for CI (issue 14): --only, --skip, --quiet, --color,
// --no-color, --sarif-include.
type ciFlags struct {
	only, skip   []string
	quiet        bool
	color        string
	noColor      bool
	sarifInclude []string
}

func (c *ciFlags) register(fl *pflag.FlagSet) {
	fl.StringSliceVar(&c.only, "only", nil, "evaluate only the rules matching RULE|PACK: a glob on rule ids (ART32-*), a rule pack (its directory, or art22 for the built-in rules) or a namespace (art22/rules/fairness); repeatable")
	fl.StringSliceVar(&c.skip, "skip", nil, "do not evaluate the rules matching RULE (same patterns as --only); repeatable; reports list the rules skipped")
	fl.BoolVarP(&c.quiet, "quiet", "q", false, "print only the one-line summary and errors")
	fl.StringVar(&c.color, "color", "auto", "colour the text report: auto (a terminal, and NO_COLOR unset), always (CI logs render it) or never")
	fl.BoolVar(&c.noColor, "no-color", false, "never colour the text report (--color=never)")
	fl.StringSliceVar(&c.sarifInclude, "sarif-include", nil, "also report these findings as suppressed SARIF results: out-of-scope, waived (comma-separated)")
}

// options returns the checker's rule selection.
func (c *ciFlags) options() []checker.Option {
	var opts []checker.Option
	if len(c.only) > 0 {
		opts = append(opts, checker.WithOnly(c.only...))
	}
	if len(c.skip) > 0 {
		opts = append(opts, checker.WithSkip(c.skip...))
	}
	return opts
}

// checkerError turns a rule selection error of checker.New into a usage
// error that names the flag.
func checkerError(err error) error {
	var se *checker.SelectionError
	if !errors.As(err, &se) {
		return &exitError{code: ExitError, err: err}
	}
	if se.Option == "" {
		return usageError("--only and --skip: %s", se.Reason)
	}
	return usageError("--%s %q: %s", se.Option, se.Pattern, se.Detail())
}

// outputs settles what each destination's formatter is given, and adds
// the one-line summary on standard output when every report goes to a
// file. env reads the environment ($NO_COLOR, $GITHUB_STEP_SUMMARY).
func (c *ciFlags) outputs(dests []destination, stdoutTerminal bool, env func(string) string) ([]destination, error) {
	color, err := c.colorOn(stdoutTerminal, env)
	if err != nil {
		return nil, err
	}
	var include []checker.Status
	for _, s := range c.sarifInclude {
		st := checker.Status(strings.TrimSpace(s))
		if !slices.Contains(report.SARIFStatuses, st) {
			return nil, fmt.Errorf("--sarif-include %q: want out-of-scope or waived", s)
		}
		if !slices.Contains(include, st) {
			include = append(include, st)
		}
	}
	toStdout := false
	for i := range dests {
		d := &dests[i]
		if d.path != "" {
			d.opts = report.Options{SARIFInclude: include, StepSummary: env("GITHUB_STEP_SUMMARY")}
			continue
		}
		toStdout = true
		if c.quiet && d.format != "text" {
			return nil, fmt.Errorf("--quiet prints the summary line alone, but the %s report goes to standard output: write it to a file (--format %s=FILE)", d.format, d.format)
		}
		d.opts = report.Options{Color: color, Quiet: c.quiet, SARIFInclude: include, StepSummary: env("GITHUB_STEP_SUMMARY")}
	}
	if !toStdout {
		dests = append(dests, destination{format: "text", opts: report.Options{Color: color, Quiet: true}})
	}
	return dests, nil
}

// colorOn reads --color and --no-color: auto colours a terminal when
// NO_COLOR is unset or empty; always colours whatever standard output is
// (CI logs are not terminals, but render colour), NO_COLOR or not.
func (c *ciFlags) colorOn(stdoutTerminal bool, env func(string) string) (bool, error) {
	mode := c.color
	if c.noColor {
		if mode == "always" {
			return false, errors.New("--no-color and --color=always contradict each other")
		}
		mode = "never"
	}
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto", "":
		return stdoutTerminal && env("NO_COLOR") == "", nil
	}
	return false, fmt.Errorf("--color %q: want auto, always or never", c.color)
}

// notes is where notes and progress go: standard error, or nowhere with
// --quiet (errors still go to standard error).
func (c *ciFlags) notes(stderr io.Writer) io.Writer {
	if c.quiet {
		return io.Discard
	}
	return stderr
}
