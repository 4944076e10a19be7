package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/art22/checker"
	"github.com/art22/checker/internal/output"
	"github.com/art22/checker/internal/suite"
	"github.com/art22/checker/policy"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

type checkFlags struct {
	format   string
	output   string
	asOf     string
	failOn   string
	maxBytes int64
	maxNodes int
}

// limitFlags names the flag that raises each loading limit.
var limitFlags = map[string]string{"MaxBytes": "--max-file-size", "MaxNodes": "--max-nodes"}

// printLoadErrors prints every loading error, saying how to raise a limit.
func printLoadErrors(w io.Writer, errs policy.Errors) {
	for _, e := range errs {
		line := e.Error()
		if flag := limitFlags[e.Limit]; flag != "" {
			line += " (raise it with " + flag + ")"
		}
		fmt.Fprintln(w, line)
	}
}

func newCheck(stdout, stderr io.Writer) *cobra.Command {
	var f checkFlags
	cmd := &cobra.Command{
		Use:   "check PATH...",
		Short: "Check declarations (files, or directories searched for *.yaml and *.yml)",
		Long: `Check declarations and report findings.

Each PATH is a declaration file or a directory searched recursively for *.yaml and *.yml.
Every file is loaded strictly first: if any file has an error (an unknown field, a value
outside its list, an unknown id...), every error is printed with file:line:column, nothing
is judged, and the exit code is 2.

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 bad input.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(cmd.Context(), f, args, stdout, stderr)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.format, "format", "text", "output format: "+strings.Join(output.Names(), ", "))
	fl.StringVarP(&f.output, "output", "o", "", "write the report to this file instead of standard output")
	fl.StringVar(&f.asOf, "as-of", "", "judge as of this date, YYYY-MM-DD (default today, UTC)")
	fl.StringVar(&f.failOn, "fail-on", "advice", "lowest severity that makes the exit code 1: violation, risk, advice or never")
	fl.Int64Var(&f.maxBytes, "max-file-size", policy.DefaultLimits.MaxBytes, "largest declaration file read, in bytes")
	fl.IntVar(&f.maxNodes, "max-nodes", policy.DefaultLimits.MaxNodes, "most YAML nodes one declaration may expand to (aliases counted each time they are used)")
	return cmd
}

func runCheck(ctx context.Context, f checkFlags, args []string, stdout, stderr io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	var failOn checker.Severity
	switch f.failOn {
	case "never":
	case "violation", "risk", "advice":
		failOn = checker.Severity(f.failOn)
	default:
		return usageError("--fail-on %q: want violation, risk, advice or never", f.failOn)
	}
	opts := []checker.Option{}
	if f.asOf != "" {
		t, err := time.Parse(time.DateOnly, f.asOf)
		if err != nil {
			return usageError("--as-of %q: want a date YYYY-MM-DD", f.asOf)
		}
		opts = append(opts, checker.WithAsOf(t))
	}
	out := stdout
	color := false
	if f.output != "" {
		file, err := os.Create(f.output)
		if err != nil {
			return usageError("--output: %v", err)
		}
		defer file.Close()
		out = file
	} else if fd, ok := stdout.(interface{ Fd() uintptr }); ok {
		color = term.IsTerminal(int(fd.Fd())) && os.Getenv("NO_COLOR") == ""
	}
	formatter, err := output.New(f.format, output.Options{Color: color})
	if err != nil {
		return usageError("--format: %v", err)
	}

	files, err := expandPaths(args)
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	// Load everything before judging anything: one bad file stops the run.
	var (
		decls []*policy.Declaration
		errs  policy.Errors
	)
	limits := policy.DefaultLimits
	limits.MaxBytes, limits.MaxNodes = f.maxBytes, f.maxNodes
	if limits.MaxBytes <= 0 || limits.MaxNodes <= 0 {
		return usageError("--max-file-size and --max-nodes must be positive")
	}
	for _, file := range files {
		ds, err := limits.LoadFile(file)
		var perrs policy.Errors
		switch {
		case errors.As(err, &perrs):
			errs = append(errs, perrs...)
		case err != nil:
			return &exitError{code: ExitError, err: err}
		}
		decls = append(decls, ds...)
	}
	if len(errs) > 0 {
		printLoadErrors(stderr, errs)
		return &exitError{code: ExitError, err: fmt.Errorf("%s in the input; nothing was checked", plural(len(errs), "error"))}
	}

	c, err := checker.New(opts...)
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	run := &output.Run{Version: Version(), AsOf: c.AsOf(), Rules: c.Rules(), FailOn: failOn}
	for _, d := range decls {
		rep, err := c.Check(ctx, d)
		var perrs policy.Errors
		if errors.As(err, &perrs) {
			printLoadErrors(stderr, perrs)
			return &exitError{code: ExitError, err: fmt.Errorf("%s in the input; nothing was checked", plural(len(perrs), "error"))}
		}
		if err != nil {
			return &exitError{code: ExitError, err: fmt.Errorf("%s: %w", d.File(), err)}
		}
		run.Reports = append(run.Reports, rep)
	}
	if err := formatter.Format(out, run); err != nil {
		return &exitError{code: ExitError, err: fmt.Errorf("writing the report: %w", err)}
	}
	if run.Failed() {
		return &exitError{code: ExitFindings}
	}
	return nil
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// expandPaths turns the arguments into a list of files: files as given,
// directories searched recursively for *.yaml and *.yml (hidden directories
// skipped), each directory's files sorted.
func expandPaths(args []string) ([]string, error) {
	var files []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	for _, arg := range args {
		st, err := os.Stat(arg)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("%s: no such file or directory", arg)
			}
			return nil, fmt.Errorf("%s: %v", arg, err)
		}
		if !st.IsDir() {
			add(arg)
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if p != arg && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if IsDeclarationName(d.Name()) {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("%s: %v", arg, err)
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("%s: directory holds no *.yaml or *.yml file", arg)
		}
		slices.Sort(found)
		for _, p := range found {
			add(p)
		}
	}
	return files, nil
}

// IsDeclarationName reports whether a file found in a directory is taken
// for a declaration: *.yaml or *.yml, except expected-findings files
// (*.expected.yaml), which belong to example suites.
func IsDeclarationName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return (ext == ".yaml" || ext == ".yml") && !suite.IsExpectedFile(name)
}
