package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/art22/checker"
	"github.com/art22/checker/internal/version"
	"github.com/art22/checker/policy"
	"github.com/art22/checker/report"
	"github.com/spf13/cobra"
)

type checkFlags struct {
	formats  []string
	output   string
	asOf     string
	failOn   string
	waivers  []string
	baseline string
	packs    []string
	jobs     int
	maxBytes int64
	maxNodes int
	timeout  time.Duration
	// maxWaiverDays is how far after the as-of date a waiver may expire.
	maxWaiverDays int
	minQuoteWords int
	minQuoteChars int
	maxMem        int64
	ci            ciFlags // rule selection and CI outputs (ciflags.go)
}

// newChecker compiles the rules for check. The tests replace it with one
// that shares a compiled Checker between runs with the same options.
var newChecker = func(_ checkFlags, opts []checker.Option) (*checker.Checker, error) {
	return checker.New(opts...)
}

// defaultMaxMemory is --max-memory's default: 2 GiB.
const defaultMaxMemory = 2 << 30

func newCheck(stdout, stderr io.Writer) *cobra.Command {
	var f checkFlags
	cmd := &cobra.Command{
		Use:   "check PATH...",
		Short: "Check declarations (files, or directories searched for *.yaml and *.yml)",
		Long: `Check declarations and report findings.

Each PATH is a declaration file or a directory searched recursively for *.yaml and *.yml.
Every file found is parsed: a waivers file (apiVersion art22.waivers/v1) or an
expected-findings file (art22.expected/v1) is left out with a note on standard error;
anything else must be a declaration, and a file that is not a regular file (a named
pipe, a device) is refused. Every file is loaded strictly,
once: if any file has an error (an unknown field, a value outside its list, an unknown
id...), every error is printed with file:line:column, no report is written, and the exit
code is 2.

Formats: text (default), json, sarif, junit, github (workflow annotations), markdown,
html, codequality (GitLab Code Quality); docs/ci.md says what each holds.
--format may be given several times, each as NAME (standard output) or NAME=FILE:
  art22 check --format text --format sarif=art22.sarif --format junit=art22.xml decl/

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 bad input.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(cmd.Context(), f, args, stdout, stderr)
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVar(&f.formats, "format", nil, "output format, NAME or NAME=FILE, repeatable: "+strings.Join(report.Names(), ", ")+" (default text)")
	fl.StringVarP(&f.output, "output", "o", "", "write the report given without a file to this file instead of standard output")
	fl.StringVar(&f.asOf, "as-of", "", "judge as of this date, YYYY-MM-DD (default today, UTC)")
	fl.StringVar(&f.failOn, "fail-on", "advice", "lowest severity that makes the exit code 1: violation, risk, advice or never")
	fl.StringArrayVar(&f.waivers, "waivers", nil, "a waivers file (apiVersion art22.waivers/v1), repeatable")
	fl.StringArrayVar(&f.packs, "rules", nil, rulesFlagHelp)
	fl.IntVar(&f.jobs, "jobs", runtime.GOMAXPROCS(0), "files loaded and checked in parallel (output order does not depend on it)")
	fl.StringVar(&f.baseline, "baseline", "", "a previous JSON report: findings already in it are left out, only new ones are reported, and those it has that are gone are listed as fixed")
	fl.DurationVar(&f.timeout, "timeout", 30*time.Second, "time budget for checking one declaration (0 for none); past it the run stops with exit code 2")
	fl.Int64Var(&f.maxMem, "max-memory", defaultMaxMemory, "most memory, in bytes, the process may hold while checking; past it the run stops with exit code 2 (0 for no limit)")
	fl.Int64Var(&f.maxBytes, "max-file-size", policy.DefaultLimits.MaxBytes, "largest declaration file read, in bytes")
	fl.IntVar(&f.maxWaiverDays, "max-waiver-days", checker.DefaultMaxWaiverDays, "a waiver may expire at most this many days after the as-of date; one that expires later is refused")
	fl.IntVar(&f.minQuoteWords, "min-quote-words", policy.DefaultQuoteRule.MinWords, "a claim's quote counts as evidence when it has at least this many words (or --min-quote-chars characters)")
	fl.IntVar(&f.minQuoteChars, "min-quote-chars", policy.DefaultQuoteRule.MinChars, "a claim's quote counts as evidence when it has at least this many characters (or --min-quote-words words)")
	fl.IntVar(&f.maxNodes, "max-nodes", policy.DefaultLimits.MaxNodes, "most YAML nodes one declaration may expand to (aliases counted each time they are used)")
	f.ci.register(fl)
	return cmd
}

// parseFormats turns --format and --output into report destinations; the
// one without a file goes to standard output.
func parseFormats(formats []string, outputFile string) ([]report.Destination, error) {
	var dests []report.Destination
	stdoutTaken := false
	if len(formats) == 0 {
		formats = []string{"text"}
	}
	for _, spec := range formats {
		d, err := report.ParseDestination(spec)
		switch {
		case err != nil:
			return nil, fmt.Errorf("--format %w", err)
		case d.Path == "" && stdoutTaken:
			return nil, fmt.Errorf("--format: only one format can go to standard output; give the others a file (NAME=FILE)")
		case d.Path == "":
			stdoutTaken, d.Path = true, outputFile
		}
		dests = append(dests, d)
	}
	return dests, nil
}

// checkOptions turns the flags into checker options, or a usage error.
func checkOptions(f checkFlags) ([]checker.Option, error) {
	opts, err := ruleOptions(f.packs)
	switch {
	case err != nil:
		return nil, err
	case f.timeout < 0:
		return nil, usageError("--timeout %s: want 0 (no budget) or more", f.timeout)
	case f.maxWaiverDays < 0:
		return nil, usageError("--max-waiver-days %d: want 0 or more", f.maxWaiverDays)
	case f.minQuoteWords < 1 || f.minQuoteChars < 1:
		return nil, usageError("--min-quote-words and --min-quote-chars must be 1 or more")
	case f.maxMem < 0:
		return nil, usageError("--max-memory %d: want 0 (no limit) or more", f.maxMem)
	case f.jobs < 1:
		return nil, usageError("--jobs %d: want 1 or more", f.jobs)
	}
	opts = append(append(opts, f.ci.options()...), checker.WithTimeout(f.timeout), checker.WithMaxWaiverDays(f.maxWaiverDays), checker.WithQuoteRule(f.minQuoteWords, f.minQuoteChars), checker.WithMemoryLimit(f.maxMem))
	if f.asOf != "" {
		t, err := policy.ParseDate(f.asOf)
		if err != nil {
			return nil, usageError("--as-of: %v", err)
		}
		opts = append(opts, checker.WithAsOf(t))
	}
	return opts, nil
}

func runCheck(ctx context.Context, f checkFlags, args []string, stdout, stderr io.Writer) error {
	failOn := checker.Severity(f.failOn)
	if f.failOn == "never" {
		failOn = ""
	} else if !slices.Contains([]string{"violation", "risk", "advice"}, f.failOn) {
		return usageError("--fail-on %q: want violation, risk, advice or never", f.failOn)
	}
	opts, err := checkOptions(f)
	if err != nil {
		return err
	}
	if f.maxMem > 0 {
		// The soft limit makes the collector work harder near the limit,
		// so that the memory guard judges live data, not garbage.
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(f.maxMem))
	}
	dests, err := parseFormats(f.formats, f.output)
	if err != nil {
		return usageError("%v", err)
	}
	if dests, err = f.ci.outputs(dests, isTerminal(stdout), os.Getenv); err != nil {
		return usageError("%v", err)
	}
	notes := f.ci.notes(stderr)
	if err := report.CheckDestinations(dests); err != nil {
		return usageError("--format %v", err)
	}
	if f.maxBytes <= 0 || f.maxNodes <= 0 {
		return usageError("--max-file-size and --max-nodes must be positive")
	}
	var baseline *report.Baseline
	if f.baseline != "" {
		if baseline, err = report.ReadBaseline(f.baseline); err != nil {
			return baselineError(err)
		}
	}
	files, err := checker.FindFiles(ctx, args)
	if err != nil {
		return err
	}
	c, err := newChecker(f, opts)
	if err != nil {
		return checkerError(err)
	}
	batchGC(len(files))
	limits := policy.DefaultLimits
	limits.MaxBytes, limits.MaxNodes = f.maxBytes, f.maxNodes
	in := &inputErrors{ctx: ctx, w: stderr, notes: notes}
	copts := []checker.CheckOption{checker.Limits(limits), checker.Jobs(f.jobs), checker.FailClosed()}
	var wfs []*policy.WaiverFile
	for _, file := range f.waivers {
		wf, err := c.LoadWaiverFile(ctx, file, copts...)
		if err == nil {
			wfs = append(wfs, wf)
		} else if err := in.add(err); err != nil {
			return err
		}
	}
	if in.any() {
		copts = append(copts, checker.ValidateOnly())
	}
	run := &report.Run{Version: Version(), Catalog: version.Get().Catalog, OPA: version.Get().OPA, AsOf: c.AsOf(), Rules: c.Rules(), FailOn: failOn, Skipped: c.Skipped(), Baseline: f.baseline}
	sink, err := report.NewSink(run, stdout, dests...)
	if err != nil {
		return err
	}
	defer sink.Close()
	// One pass: every file is loaded, validated and, until a file has an
	// error, checked, its reports spooled; on any error nothing is published.
	prog := newProgress(notes, len(files))
	defer prog.done()
	failed := false
	copts = append(copts, checker.Waivers(wfs...), checker.Progress(func(int, int) { prog.step() }))
	for rep, err := range c.CheckFiles(ctx, files, copts...) {
		if err != nil {
			if err := in.add(err); err != nil {
				return err
			}
			continue
		}
		if in.any() {
			continue
		}
		if baseline != nil {
			run.BaselineHidden += baseline.Drop(rep)
		}
		failed = failed || (failOn != "" && rep.Count(failOn) > 0)
		if err := sink.Add(rep); err != nil {
			return err
		}
	}
	prog.done()
	if err := in.verdict(len(files)); err != nil {
		return err
	}
	if baseline != nil {
		run.BaselineFixed = baseline.Fixed()
	}
	if err := sink.Publish(); err != nil {
		return err
	}
	if failed {
		return &exitError{code: ExitFindings}
	}
	return nil
}
