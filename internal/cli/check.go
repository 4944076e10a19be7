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
	"regexp"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/art22/checker"
	"github.com/art22/checker/internal/output"
	"github.com/art22/checker/internal/suite"
	"github.com/art22/checker/policy"
	"github.com/spf13/cobra"
	"golang.org/x/term"
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
	maxMem   int64
}

// defaultMaxMemory is --max-memory's default: 2 GiB.
const defaultMaxMemory = 2 << 30

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

Each PATH is a declaration file or a directory searched recursively for *.yaml and *.yml
(expected-findings files, *.expected.yaml, and waivers files, apiVersion art22.waivers/v1,
are skipped). Every file is loaded strictly
first: if any file has an error (an unknown field, a value outside its list, an unknown
id...), every error is printed with file:line:column, nothing is judged, and the exit
code is 2.

Formats: text (default), json, sarif, junit, github (workflow annotations), markdown.
--format may be given several times, each as NAME (standard output) or NAME=FILE:
  art22 check --format text --format sarif=art22.sarif --format junit=art22.xml decl/

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 bad input.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(cmd.Context(), f, args, stdout, stderr)
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVar(&f.formats, "format", nil, "output format, NAME or NAME=FILE, repeatable: "+strings.Join(output.Names(), ", ")+" (default text)")
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
	fl.IntVar(&f.maxNodes, "max-nodes", policy.DefaultLimits.MaxNodes, "most YAML nodes one declaration may expand to (aliases counted each time they are used)")
	return cmd
}

// destination is one report to write: a format and where.
type destination struct {
	format string
	path   string // "" for standard output
}

func parseFormats(formats []string, outputFile string) ([]destination, error) {
	if len(formats) == 0 {
		formats = []string{"text"}
	}
	var dests []destination
	stdoutTaken := false
	for _, f := range formats {
		name, path, _ := strings.Cut(f, "=")
		if !slices.Contains(output.Names(), name) {
			return nil, fmt.Errorf("--format %q: unknown format; formats: %s", name, strings.Join(output.Names(), ", "))
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
	opts := ruleOptions(f.packs)
	if f.timeout < 0 {
		return usageError("--timeout %s: want 0 (no budget) or more", f.timeout)
	}
	opts = append(opts, checker.WithTimeout(f.timeout))
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
		t, err := time.Parse(time.DateOnly, f.asOf)
		if err != nil {
			return usageError("--as-of %q: want a date YYYY-MM-DD", f.asOf)
		}
		opts = append(opts, checker.WithAsOf(t))
	}
	dests, err := parseFormats(f.formats, f.output)
	if err != nil {
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

	files, err := expandPaths(args)
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	var (
		errs policy.Errors
		wfs  []*policy.WaiverFile
	)
	for _, file := range f.waivers {
		wf, err := policy.LoadWaiverFile(file)
		var perrs policy.Errors
		switch {
		case errors.As(err, &perrs):
			errs = append(errs, perrs...)
		case err != nil:
			return &exitError{code: ExitError, err: err}
		}
		wfs = append(wfs, wf)
	}
	// Every file must load before anything is judged: one bad file stops
	// the run. The declarations are not kept (a batch of thousands would
	// not fit in memory); they are loaded again to be checked.
	perrs, err := validateAll(ctx, limits, files, f.jobs)
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	errs = append(errs, perrs...)
	if len(errs) > 0 {
		printLoadErrors(stderr, errs)
		return &exitError{code: ExitError, err: fmt.Errorf("%s in the input; nothing was checked", plural(len(errs), "error"))}
	}

	c, err := checker.New(opts...)
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	run := &output.Run{Version: Version(), AsOf: c.AsOf(), Rules: c.Rules(), FailOn: failOn}
	sink, err := newSink(dests, run, stdout)
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	defer sink.close()
	failed := false
	err = checkFiles(ctx, c, limits, files, wfs, f.jobs, newProgress(stderr, len(files)), func(rep *checker.Report) error {
		if baseline != nil {
			run.BaselineHidden += dropBaselined(rep, baseline)
		}
		if failOn != "" && rep.Count(failOn) > 0 {
			failed = true
		}
		return sink.add(rep)
	})
	if perrs := (policy.Errors)(nil); errors.As(err, &perrs) {
		printLoadErrors(stderr, perrs)
		return &exitError{code: ExitError, err: fmt.Errorf("%s in the input; nothing was checked", plural(len(perrs), "error"))}
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

// validateAll loads every file on jobs workers and returns every loading
// error, in the order of the files. The declarations are dropped.
func validateAll(ctx context.Context, limits policy.Limits, files []string, jobs int) (policy.Errors, error) {
	perFile := make([]policy.Errors, len(files))
	other := make([]error, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(jobs, max(len(files), 1)) {
		wg.Go(func() {
			for i := range next {
				_, err := limits.LoadFile(files[i])
				if !errors.As(err, &perFile[i]) {
					other[i] = err
				}
			}
		})
	}
	for i := range files {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var errs policy.Errors
	for i := range files {
		if other[i] != nil {
			return nil, other[i]
		}
		errs = append(errs, perFile[i]...)
	}
	return errs, nil
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
// error, in file order, stops the run.
func checkFiles(parent context.Context, c *checker.Checker, limits policy.Limits, files []string, wfs []*policy.WaiverFile, jobs int, prog *progress, emit func(*checker.Report) error) error {
	defer prog.done()
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	jobs = min(jobs, max(len(files), 1))
	window := make(chan struct{}, 4*jobs) // a slot per file in flight
	next := make(chan int)
	results := make(chan fileResult)
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for i := range next {
				reps, err := checkFile(ctx, c, limits, files[i], wfs)
				if err != nil {
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
			if r.err != nil {
				failure = r.err
				cancel()
				break
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
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("checking stopped: %w", err)
		}
		return fmt.Errorf("checking stopped after %d of %d files", emitted, len(files))
	}
	return nil
}

// checkFile loads one file and checks its declarations.
func checkFile(ctx context.Context, c *checker.Checker, limits policy.Limits, file string, wfs []*policy.WaiverFile) ([]*checker.Report, error) {
	decls, err := limits.LoadFile(file)
	if err != nil {
		return nil, err
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

// sink receives the reports of a run. When every format asked for can
// stream, each report is written as it comes and dropped, so a batch of
// any size runs in bounded memory; otherwise the reports are held and the
// formats written at the end.
//
// Streamed output is spooled to a temporary file and published only when
// the run succeeds (renamed into place, or copied to standard output), so a
// run that fails part way leaves no partial report anywhere.
type sink struct {
	run     *output.Run
	dests   []destination
	stdout  io.Writer
	streams []stream // nil unless streaming
	tally   output.Tally
}

type stream struct {
	s    output.Streamer
	w    *bufio.Writer
	tmp  *os.File // the spool
	dest destination
}

func newSink(dests []destination, run *output.Run, stdout io.Writer) (*sink, error) {
	k := &sink{run: run, dests: dests, stdout: stdout}
	var streams []stream
	for _, dest := range dests {
		f, err := output.New(dest.format, output.Options{Color: dest.path == "" && colorOn(stdout)})
		if err != nil {
			return nil, err
		}
		s, ok := f.(output.Streamer)
		if !ok {
			return k, nil // hold the reports
		}
		streams = append(streams, stream{s: s, dest: dest})
	}
	for i, st := range streams {
		dir := "" // the system's temporary directory, for standard output
		if st.dest.path != "" {
			dir = filepath.Dir(st.dest.path) // so that the rename stays on one file system
		}
		tmp, err := os.CreateTemp(dir, ".art22-report-*")
		if err != nil {
			k.streams = streams[:i]
			k.close()
			return nil, fmt.Errorf("writing the %s report: %w", st.dest.format, err)
		}
		streams[i].tmp, streams[i].w = tmp, bufio.NewWriter(tmp)
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
		if err := st.s.WriteReport(st.w, rep); err != nil {
			return fmt.Errorf("writing the %s report: %w", st.dest.format, err)
		}
	}
	return nil
}

// finish writes the summaries of streamed formats and publishes them, or
// writes every held format.
func (k *sink) finish() error {
	if k.streams == nil {
		for _, dest := range k.dests {
			if err := writeReport(dest, k.run, k.stdout); err != nil {
				return err
			}
		}
		return nil
	}
	for _, st := range k.streams {
		if err := k.publish(st); err != nil {
			return fmt.Errorf("writing the %s report: %w", st.dest.format, err)
		}
	}
	k.streams = []stream{}
	return nil
}

func (k *sink) publish(st stream) error {
	if err := st.s.WriteSummary(st.w, k.run, k.tally.Summary(k.run.BaselineHidden)); err != nil {
		return err
	}
	if err := st.w.Flush(); err != nil {
		return err
	}
	if st.dest.path != "" {
		if err := st.tmp.Chmod(0o644); err != nil {
			return err
		}
		if err := st.tmp.Close(); err != nil {
			return err
		}
		return os.Rename(st.tmp.Name(), st.dest.path)
	}
	defer os.Remove(st.tmp.Name())
	defer st.tmp.Close()
	if _, err := st.tmp.Seek(0, io.SeekStart); err != nil {
		return err
	}
	_, err := io.Copy(k.stdout, st.tmp)
	return err
}

// close removes the spools that finish did not publish (a run that failed).
func (k *sink) close() {
	for _, st := range k.streams {
		if st.tmp != nil {
			st.tmp.Close()
			os.Remove(st.tmp.Name())
		}
	}
	k.streams = nil
}

// colorOn reports whether the text written to w may be coloured: w is a
// terminal and NO_COLOR is not set.
func colorOn(w io.Writer) bool {
	fd, ok := w.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(int(fd.Fd())) && os.Getenv("NO_COLOR") == ""
}

func writeReport(dest destination, run *output.Run, stdout io.Writer) error {
	out := stdout
	color := false
	if dest.path != "" {
		file, err := os.Create(dest.path)
		if err != nil {
			return fmt.Errorf("writing the %s report: %w", dest.format, err)
		}
		defer file.Close()
		out = file
	} else {
		color = colorOn(stdout)
	}
	formatter, err := output.New(dest.format, output.Options{Color: color})
	if err != nil {
		return err
	}
	if err := formatter.Format(out, run); err != nil {
		return fmt.Errorf("writing the %s report: %w", dest.format, err)
	}
	if f, ok := out.(*os.File); ok && dest.path != "" {
		return f.Close()
	}
	return nil
}

// readBaseline reads the fingerprints of a previous JSON report.
func readBaseline(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
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
	if doc.Version != output.JSONVersion {
		return nil, fmt.Errorf("--baseline %s: version %q, want a %s report (art22 check --format json)", path, doc.Version, output.JSONVersion)
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
			if IsDeclarationName(d.Name()) && !isOtherArt22File(p) {
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

// otherFormatRE matches the apiVersion line of art22's other YAML formats.
var otherFormatRE = regexp.MustCompile(`(?m)^apiVersion:[ \t]*["']?art22\.(waivers|expected)/`)

// isOtherArt22File reports whether a file found in a directory is a waivers
// or expected-findings file rather than a declaration, from its first 4 KiB.
func isOtherArt22File(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false // reported when it is loaded
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	return otherFormatRE.Match(head[:n])
}

// IsDeclarationName reports whether a file found in a directory is taken
// for a declaration: *.yaml or *.yml, except expected-findings files
// (*.expected.yaml), which belong to example suites.
func IsDeclarationName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return (ext == ".yaml" || ext == ".yml") && !suite.IsExpectedFile(name)
}
