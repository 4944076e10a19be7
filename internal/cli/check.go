package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
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

// defaultMaxMemory is --max-memory's default: 2 GiB.
const defaultMaxMemory = 2 << 30

// limitFlags names the flag that raises each loading limit.
var limitFlags = map[string]string{"MaxBytes": "--max-file-size", "MaxNodes": "--max-nodes", "MaxWaiverDays": "--max-waiver-days"}

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
Every file found is parsed: a waivers file (apiVersion art22.waivers/v1) or an
expected-findings file (art22.expected/v1) is left out with a note on standard error;
anything else must be a declaration, and a file that is not a regular file (a named
pipe, a device) is refused. Every file is loaded strictly
first: if any file has an error (an unknown field, a value outside its list, an unknown
id...), every error is printed with file:line:column, nothing is judged, and the exit
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
	fl.StringVar(&f.baseline, "baseline", "", "a previous JSON report: findings already in it are left out, only new ones are reported")
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

// destination is one report to write: a format and where.
type destination struct {
	format string
	path   string         // "" for standard output
	opts   report.Options // what the formatter is given (ciflags.go)
}

func parseFormats(formats []string, outputFile string) ([]destination, error) {
	if len(formats) == 0 {
		formats = []string{"text"}
	}
	var dests []destination
	stdoutTaken := false
	for _, f := range formats {
		name, path, _ := strings.Cut(f, "=")
		if !slices.Contains(report.Names(), name) {
			return nil, fmt.Errorf("--format %q: unknown format; formats: %s", name, strings.Join(report.Names(), ", "))
		}
		if path == "" {
			if stdoutTaken {
				return nil, fmt.Errorf("--format: only one format can go to standard output; give the others a file (NAME=FILE)")
			}
			stdoutTaken = true
			path = outputFile
		}
		dests = append(dests, destination{format: name, path: path})
	}
	return dests, nil
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
	opts, err := ruleOptions(f.packs)
	if err != nil {
		return err
	}
	opts = append(opts, f.ci.options()...)
	if f.timeout < 0 {
		return usageError("--timeout %s: want 0 (no budget) or more", f.timeout)
	}
	opts = append(opts, checker.WithTimeout(f.timeout))
	if f.maxWaiverDays < 0 {
		return usageError("--max-waiver-days %d: want 0 or more", f.maxWaiverDays)
	}
	opts = append(opts, checker.WithMaxWaiverDays(f.maxWaiverDays))
	if f.minQuoteWords < 1 || f.minQuoteChars < 1 {
		return usageError("--min-quote-words and --min-quote-chars must be 1 or more")
	}
	opts = append(opts, checker.WithQuoteRule(f.minQuoteWords, f.minQuoteChars))
	if f.maxMem < 0 {
		return usageError("--max-memory %d: want 0 (no limit) or more", f.maxMem)
	}
	if f.maxMem > 0 {
		// The soft limit makes the collector work harder near the limit,
		// so that the memory guard judges live data, not garbage.
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(f.maxMem))
		opts = append(opts, checker.WithMemoryLimit(f.maxMem))
	}
	if f.jobs < 1 {
		return usageError("--jobs %d: want 1 or more", f.jobs)
	}
	if f.asOf != "" {
		t, err := policy.ParseDate(f.asOf)
		if err != nil {
			return usageError("--as-of: %v", err)
		}
		opts = append(opts, checker.WithAsOf(t))
	}
	dests, err := parseFormats(f.formats, f.output)
	if err != nil {
		return usageError("%v", err)
	}
	if dests, err = f.ci.outputs(dests, isTerminal(stdout), os.Getenv); err != nil {
		return usageError("%v", err)
	}
	notes := f.ci.notes(stderr)
	if err := checkDestinations(dests); err != nil {
		return usageError("%v", err)
	}
	limits := policy.DefaultLimits
	limits.MaxBytes, limits.MaxNodes = f.maxBytes, f.maxNodes
	if limits.MaxBytes <= 0 || limits.MaxNodes <= 0 {
		return usageError("--max-file-size and --max-nodes must be positive")
	}
	var baseline map[string]bool
	if f.baseline != "" {
		if baseline, err = readBaseline(f.baseline); err != nil {
			return &exitError{code: ExitError, err: err}
		}
	}

	files, found, err := expandPaths(ctx, args)
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	// Errors are printed as they are found, file by file in order, and
	// only counted: a batch of bad files is not held in memory.
	nerrs := 0
	printErrs := func(errs policy.Errors) {
		printLoadErrors(stderr, errs)
		nerrs += errs.Count()
	}
	var wfs []*policy.WaiverFile
	for _, file := range f.waivers {
		lctx, cancel := budget(ctx, f.timeout, "loading")
		wf, err := limits.LoadWaiverFileContext(lctx, file)
		cancel()
		err = stopped(ctx, file, err)
		var perrs policy.Errors
		switch {
		case errors.As(err, &perrs):
			printErrs(perrs)
		case err != nil:
			return &exitError{code: ExitError, err: err}
		}
		wfs = append(wfs, wf)
	}
	// Every file must load before anything is judged: one bad file stops
	// the run. The declarations are not kept (a batch of thousands would
	// not fit in memory); they are loaded again to be checked. A file found
	// in a directory that parses as another art22 format is left out with a
	// note; every other file is judged or refused.
	skip := map[string]bool{}
	err = validateAll(ctx, limits, f.timeout, files, f.jobs, func(file string, errs policy.Errors) {
		if found[file] && errs.OtherFormat() != "" {
			fmt.Fprintf(notes, "%s: note: not checked: %s\n", policy.Escape(file), errs[0].Message)
			skip[file] = true
			return
		}
		printErrs(errs)
	})
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	if nerrs > 0 {
		return &exitError{code: ExitError, err: fmt.Errorf("%s in the input; nothing was checked", plural(nerrs, "error"))}
	}
	if len(skip) > 0 {
		files = slices.DeleteFunc(files, func(file string) bool { return skip[file] })
		if len(files) == 0 {
			return &exitError{code: ExitError, err: errors.New("no declaration to check: every file found is another art22 file")}
		}
	}

	c, err := checker.New(opts...)
	if err != nil {
		return checkerError(err)
	}
	// The checks that need the rules and the as-of date (out-of-scope rule
	// ids, waiver expiry): waivers files now, declarations as they are
	// checked. Their errors are collected (at most MaxErrors a file) and
	// printed once every file is validated, and then no report is written.
	var errs policy.Errors
	for _, wf := range wfs {
		var perrs policy.Errors
		if err := c.ValidateWaivers(wf.All()); errors.As(err, &perrs) {
			errs = append(errs, perrs...)
		}
	}
	run := &report.Run{Version: Version(), Catalog: version.Get().Catalog, OPA: version.Get().OPA, AsOf: c.AsOf(), Rules: c.Rules(), FailOn: failOn, Skipped: c.Skipped()}
	sink, err := newSink(dests, run, stdout)
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	defer sink.close()
	failed := false
	err = checkFiles(ctx, c, limits, f.timeout, files, wfs, f.jobs, len(errs) > 0, newProgress(notes, len(files)), func(rep *checker.Report) error {
		if baseline != nil {
			run.BaselineHidden += dropBaselined(rep, baseline)
		}
		if failOn != "" && rep.Count(failOn) > 0 {
			failed = true
		}
		return sink.add(rep)
	})
	if perrs := (policy.Errors)(nil); errors.As(err, &perrs) {
		errs = append(errs, perrs...)
	} else if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	if len(errs) > 0 {
		printLoadErrors(stderr, errs)
		return &exitError{code: ExitError, err: fmt.Errorf("%s in the input; nothing was checked", plural(errs.Count(), "error"))}
	}
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	if err := sink.finish(); err != nil {
		return &exitError{code: ExitError, err: err}
	}
	if failed {
		return &exitError{code: ExitFindings}
	}
	return nil
}

// validateAll loads every file on jobs workers and hands the loading
// errors of each file that has any to each, in the order of the files, as
// soon as the files before it are done. The declarations are dropped, and
// at most 4×jobs files' errors are held at a time.
func validateAll(ctx context.Context, limits policy.Limits, timeout time.Duration, files []string, jobs int, each func(file string, errs policy.Errors)) error {
	type result struct {
		i    int
		errs policy.Errors
		err  error
	}
	jobs = min(jobs, max(len(files), 1))
	window := make(chan struct{}, 4*jobs)
	next := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for i := range next {
				r := result{i: i}
				lctx, cancel := budget(ctx, timeout, "loading")
				_, err := limits.LoadFileContext(lctx, files[i])
				cancel()
				if !errors.As(err, &r.errs) {
					r.err = stopped(ctx, files[i], err)
				}
				results <- r
			}
		})
	}
	go func() {
		defer close(next)
		for i := range files {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()
	pending := map[int]result{}
	done := 0
	var failure error
	for r := range results {
		pending[r.i] = r
		for {
			r, ok := pending[done]
			if !ok {
				break
			}
			delete(pending, done)
			done++
			<-window
			switch {
			case failure != nil:
			case r.err != nil:
				failure = r.err
			case len(r.errs) > 0:
				each(files[r.i], r.errs)
			}
		}
	}
	if ctx.Err() != nil {
		return fmt.Errorf("stopped while loading (%v): nothing was checked", context.Cause(ctx))
	}
	return failure
}

// fileResult is what checking one file gave.
type fileResult struct {
	i       int
	reports []*checker.Report
	err     error
}

// checkFiles loads and checks the files on jobs workers and hands each
// report to emit in the order of the files and of the declarations in
// them, whatever the number of workers. At most 4×jobs files are in
// flight, so memory does not grow with the number of files. The first
// error, in file order, stops the run; but a declaration that fails the
// checker's validation (policy.Errors) does not: every file is validated,
// and all their errors are returned together, with no report emitted once
// one was found.
func checkFiles(parent context.Context, c *checker.Checker, limits policy.Limits, timeout time.Duration, files []string, wfs []*policy.WaiverFile, jobs int, validateOnly bool, prog *progress, emit func(*checker.Report) error) error {
	defer prog.done()
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	var (
		invalid atomic.Bool // a declaration failed validation: judge no more
		verrs   policy.Errors
	)
	invalid.Store(validateOnly)
	jobs = min(jobs, max(len(files), 1))
	window := make(chan struct{}, 4*jobs) // a slot per file in flight
	next := make(chan int)
	results := make(chan fileResult)
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for i := range next {
				reps, err := checkFile(ctx, c, limits, timeout, files[i], wfs, &invalid)
				var perrs policy.Errors
				if errors.As(err, &perrs) {
					invalid.Store(true)
				} else if err != nil {
					cancel()
				}
				results <- fileResult{i, reps, err}
			}
		})
	}
	go func() {
		defer close(next)
		for i := range files {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()

	pending := map[int]fileResult{}
	emitted := 0
	var failure error // the error of the first file, in order, that failed
	// The first error, in file order, that is not the cancellation caused
	// by another file's error: a file checked before the one that failed
	// may have been stopped by it, and must not hide the reason.
	cause, causeAt := error(nil), len(files)
	for r := range results {
		if r.err != nil && r.i < causeAt && !errors.Is(r.err, context.Canceled) {
			cause, causeAt = r.err, r.i
		}
		pending[r.i] = r
		for failure == nil {
			r, ok := pending[emitted]
			if !ok {
				break
			}
			delete(pending, emitted)
			emitted++
			<-window
			prog.step()
			var perrs policy.Errors
			if errors.As(r.err, &perrs) {
				verrs = append(verrs, perrs...)
				continue
			}
			if r.err != nil {
				failure = r.err
				cancel()
				break
			}
			if len(verrs) > 0 || validateOnly {
				continue // the run fails: nothing more is reported
			}
			for _, rep := range r.reports {
				if err := emit(rep); err != nil {
					failure = err
					cancel()
					break
				}
			}
		}
	}
	if failure != nil {
		if errors.Is(failure, context.Canceled) && parent.Err() == nil && cause != nil {
			return cause
		}
		return failure
	}
	if emitted < len(files) {
		if ctx.Err() != nil {
			return fmt.Errorf("checking stopped (%w): no report was written", context.Cause(ctx))
		}
		return fmt.Errorf("checking stopped after %d of %d files", emitted, len(files))
	}
	if len(verrs) > 0 {
		return verrs
	}
	return nil
}

// checkFile loads one file, validates its declarations and checks them.
// Once invalid is set (another file failed validation), it only validates.
func checkFile(ctx context.Context, c *checker.Checker, limits policy.Limits, timeout time.Duration, file string, wfs []*policy.WaiverFile, invalid *atomic.Bool) ([]*checker.Report, error) {
	lctx, cancel := budget(ctx, timeout, "loading")
	decls, err := limits.LoadFileContext(lctx, file)
	cancel()
	if err != nil {
		var perrs policy.Errors
		if errors.As(err, &perrs) {
			return nil, err
		}
		return nil, stopped(ctx, file, err)
	}
	// Waivers files were validated apart: each declaration is validated
	// with its own waivers only, so that an error is reported once.
	var verrs policy.Errors
	for _, d := range decls {
		var perrs policy.Errors
		if err := c.Validate(d); errors.As(err, &perrs) {
			verrs = append(verrs, perrs...)
		} else if err != nil {
			return nil, err
		}
	}
	if len(verrs) > 0 {
		return nil, verrs.Cap(file, limits.MaxErrors)
	}
	if invalid.Load() {
		return nil, nil
	}
	reps := make([]*checker.Report, 0, len(decls))
	for _, d := range decls {
		for _, wf := range wfs {
			d = d.WithWaivers(wf.For(d.File()))
		}
		rep, err := c.Check(ctx, d)
		if err != nil {
			var perrs policy.Errors
			if errors.As(err, &perrs) {
				return nil, perrs
			}
			var budget *checker.BudgetError
			if errors.As(err, &budget) {
				return nil, fmt.Errorf("%s: %w (raise it with --timeout)", d.File(), err)
			}
			var mem *checker.MemoryError
			if errors.As(err, &mem) {
				return nil, fmt.Errorf("%s: %w (raise it with --max-memory)", d.File(), err)
			}
			return nil, fmt.Errorf("%s: %w", d.File(), err)
		}
		reps = append(reps, rep)
	}
	return reps, nil
}

// budget returns a context that stops a stage after the time budget
// (--timeout; 0 for none), with a *checker.BudgetError as its cause.
func budget(ctx context.Context, d time.Duration, stage string) (context.Context, context.CancelFunc) {
	if d <= 0 {
		return context.WithCancel(ctx)
	}
	return context.WithTimeoutCause(ctx, d, &checker.BudgetError{Budget: d, Stage: stage})
}

// stopped names the file whose stage was stopped by its budget or by an
// interruption; other errors pass unchanged.
func stopped(parent context.Context, file string, err error) error {
	var be *checker.BudgetError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &be):
		return fmt.Errorf("%s: %w (raise it with --timeout)", policy.Escape(file), err)
	case parent.Err() != nil:
		// err is the context's cause: context.Canceled when another file's
		// failure stopped the run (checkFiles reports that failure), or the
		// signal.
		return fmt.Errorf("stopped while loading %s: %w; nothing was checked", policy.Escape(file), err)
	}
	return err
}

// sink receives the reports of a run. When every format asked for can
// stream, each report is written as it comes and dropped, so a batch of
// any size runs in bounded memory; otherwise the reports are held and the
// formats written at the end.
//
// Every report is written to a spool first, a temporary file beside its
// destination (or in the system's temporary directory for standard
// output), and published only when every report of the run was written in
// full: the files renamed into place, then standard output copied. A run
// that fails part way, or is interrupted, leaves no report anywhere and
// removes its spools.
type sink struct {
	run     *report.Run
	dests   []destination
	stdout  io.Writer
	streams []stream // nil unless streaming
	tally   report.Tally
	spools  []*spool // every spool created, removed by close unless published
}

type stream struct {
	s    report.Streamer
	sp   *spool
	dest destination
}

// spool is a report being written, to be published at dest.
type spool struct {
	dest destination
	f    *os.File
	w    *bufio.Writer
	done bool // published: close leaves it
}

func (k *sink) newSpool(dest destination) (*spool, error) {
	dir := "" // the system's temporary directory, for standard output
	if dest.path != "" {
		dir = filepath.Dir(dest.path) // so that the rename stays on one file system
	}
	f, err := os.CreateTemp(dir, ".art22-report-*")
	if err != nil {
		return nil, fmt.Errorf("writing the %s report: %w", dest.format, err)
	}
	sp := &spool{dest: dest, f: f, w: bufio.NewWriter(f)}
	k.spools = append(k.spools, sp)
	return sp, nil
}

func newSink(dests []destination, run *report.Run, stdout io.Writer) (*sink, error) {
	k := &sink{run: run, dests: dests, stdout: stdout}
	var streams []stream
	for _, dest := range dests {
		f, err := report.New(dest.format, dest.opts)
		if err != nil {
			return nil, err
		}
		s, ok := f.(report.Streamer)
		if !ok {
			return k, nil // hold the reports
		}
		streams = append(streams, stream{s: s, dest: dest})
	}
	for i := range streams {
		sp, err := k.newSpool(streams[i].dest)
		if err != nil {
			k.close()
			return nil, err
		}
		streams[i].sp = sp
	}
	k.streams = streams
	return k, nil
}

func (k *sink) add(rep *checker.Report) error {
	if k.streams == nil {
		k.run.Reports = append(k.run.Reports, rep)
		return nil
	}
	k.tally.Add(rep)
	for _, st := range k.streams {
		if err := st.s.WriteReport(st.sp.w, rep); err != nil {
			return fmt.Errorf("writing the %s report: %w", st.dest.format, err)
		}
	}
	return nil
}

// finish writes every report in full to its spool (the summaries of
// streamed formats, or every held format), then publishes them all.
func (k *sink) finish() error {
	var spools []*spool
	if k.streams != nil {
		for _, st := range k.streams {
			if err := st.s.WriteSummary(st.sp.w, k.run, k.tally.Summary(k.run.BaselineHidden)); err != nil {
				return fmt.Errorf("writing the %s report: %w", st.dest.format, err)
			}
			spools = append(spools, st.sp)
		}
	} else {
		for _, dest := range k.dests {
			formatter, err := report.New(dest.format, dest.opts)
			if err != nil {
				return err
			}
			sp, err := k.newSpool(dest)
			if err != nil {
				return err
			}
			if err := formatter.Format(sp.w, k.run); err != nil {
				return fmt.Errorf("writing the %s report: %w", dest.format, err)
			}
			spools = append(spools, sp)
		}
	}
	for _, sp := range spools {
		if err := sp.w.Flush(); err != nil {
			return fmt.Errorf("writing the %s report: %w", sp.dest.format, err)
		}
		if sp.dest.path != "" {
			if err := sp.f.Chmod(0o644); err != nil {
				return fmt.Errorf("writing the %s report: %w", sp.dest.format, err)
			}
			if err := sp.f.Close(); err != nil {
				return fmt.Errorf("writing the %s report: %w", sp.dest.format, err)
			}
		}
	}
	// Every report is written: publish the files, then standard output.
	for _, sp := range spools {
		if sp.dest.path == "" {
			continue
		}
		if err := os.Rename(sp.f.Name(), sp.dest.path); err != nil {
			return fmt.Errorf("writing the %s report: %w", sp.dest.format, err)
		}
		sp.done = true
	}
	for _, sp := range spools {
		if sp.dest.path != "" {
			continue
		}
		if _, err := sp.f.Seek(0, io.SeekStart); err != nil {
			return err
		}
		if _, err := io.Copy(k.stdout, sp.f); err != nil {
			return fmt.Errorf("writing the %s report: %w", sp.dest.format, err)
		}
	}
	return nil
}

// close removes every spool that was not published (and the standard
// output spool, once copied).
func (k *sink) close() {
	for _, sp := range k.spools {
		sp.f.Close()
		if !sp.done {
			os.Remove(sp.f.Name())
		}
	}
	k.spools, k.streams = nil, nil
}

// checkDestinations checks, before anything is loaded or judged, that
// every report file can be written: its directory exists and takes a new
// file, and the file, if it exists, is a regular file. A destination that
// is a symlink is written through: the report replaces the file it points
// to, and the link stays. Two formats may not write the same file.
func checkDestinations(dests []destination) error {
	seen := map[string]string{}
	for i := range dests {
		d := &dests[i]
		if d.path == "" {
			continue
		}
		flag := fmt.Sprintf("--format %s=%s", d.format, d.path)
		if st, err := os.Lstat(d.path); err == nil {
			if st.Mode()&os.ModeSymlink != 0 {
				target, err := filepath.EvalSymlinks(d.path)
				if err != nil {
					return fmt.Errorf("%s: a symlink to nothing that exists (%v)", flag, errors.Unwrap(err))
				}
				d.path = target
				if st, err = os.Stat(target); err != nil {
					return fmt.Errorf("%s: %v", flag, err)
				}
			}
			if !st.Mode().IsRegular() {
				return fmt.Errorf("%s: exists and is not a regular file; give a file to write (or NAME alone for standard output)", flag)
			}
		} else if !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("%s: %v", flag, errors.Unwrap(err))
		}
		dir := filepath.Dir(d.path)
		st, err := os.Stat(dir)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return fmt.Errorf("%s: no such directory %s", flag, dir)
		case err != nil:
			return fmt.Errorf("%s: %v", flag, errors.Unwrap(err))
		case !st.IsDir():
			return fmt.Errorf("%s: %s is not a directory", flag, dir)
		}
		probe, err := os.CreateTemp(dir, ".art22-report-*")
		if err != nil {
			return fmt.Errorf("%s: cannot write in %s: %v", flag, dir, errors.Unwrap(err))
		}
		probe.Close()
		os.Remove(probe.Name())
		abs, _ := filepath.Abs(d.path)
		if other, dup := seen[abs]; dup {
			return fmt.Errorf("%s: the %s report is written there too", flag, other)
		}
		seen[abs] = d.format
	}
	return nil
}

// readBaseline reads the fingerprints of a previous JSON report.
func readBaseline(path string) (map[string]bool, error) {
	b, err := policy.ReadFile(path, 256<<20)
	if err != nil {
		return nil, fmt.Errorf("--baseline: %w", err)
	}
	var doc struct {
		Version string `json:"version"`
		Reports []struct {
			Findings []struct {
				Fingerprint string `json:"fingerprint"`
			} `json:"findings"`
		} `json:"reports"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("--baseline %s: not a JSON report: %v", path, err)
	}
	if doc.Version != report.JSONVersion {
		return nil, fmt.Errorf("--baseline %s: version %q, want a %s report (art22 check --format json)", path, doc.Version, report.JSONVersion)
	}
	fps := map[string]bool{}
	for _, r := range doc.Reports {
		for _, f := range r.Findings {
			if f.Fingerprint == "" {
				return nil, fmt.Errorf("--baseline %s: a finding has no fingerprint", path)
			}
			fps[f.Fingerprint] = true
		}
	}
	return fps, nil
}

// dropBaselined removes the findings already in the baseline, returning how many.
func dropBaselined(rep *checker.Report, baseline map[string]bool) int {
	kept := rep.Findings[:0]
	n := 0
	for _, f := range rep.Findings {
		if baseline[f.Fingerprint] {
			n++
			continue
		}
		kept = append(kept, f)
	}
	rep.Findings = kept
	return n
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// expandPaths turns the arguments into a list of files: files as given,
// directories searched recursively for *.yaml and *.yml (hidden directories
// skipped), each directory's files sorted. found holds the files found in
// a directory rather than named. Whatever a file found is (a declaration,
// another art22 file, a named pipe, a device), it is listed: loading says
// what it is, and nothing is left out unsaid.
func expandPaths(ctx context.Context, args []string) (files []string, found map[string]bool, err error) {
	seen := map[string]bool{}
	found = map[string]bool{}
	add := func(p string, inDir bool) {
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
			found[p] = inDir
		}
	}
	for _, arg := range args {
		st, err := os.Stat(arg)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, nil, fmt.Errorf("%s: no such file or directory", arg)
			}
			return nil, nil, fmt.Errorf("%s: %v", arg, err)
		}
		if !st.IsDir() {
			add(arg, false)
			continue
		}
		var inDir []string
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if ctx.Err() != nil { // a huge tree: a signal stops the walk
				return context.Cause(ctx)
			}
			if d.IsDir() {
				if p != arg && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if IsDeclarationName(d.Name()) {
				inDir = append(inDir, p)
			}
			return nil
		})
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %v", arg, err)
		}
		if len(inDir) == 0 {
			return nil, nil, fmt.Errorf("%s: directory holds no *.yaml or *.yml file", arg)
		}
		slices.Sort(inDir)
		for _, p := range inDir {
			add(p, true)
		}
	}
	return files, found, nil
}

// IsDeclarationName reports whether a file found in a directory is loaded
// as a declaration: *.yaml or *.yml. What it holds is found by parsing it:
// a waivers or expected-findings file is left out with a note. A
// configuration file (.art22.yaml) is not a declaration.
func IsDeclarationName(name string) bool {
	if slices.Contains(configNames, name) {
		return false
	}
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}
