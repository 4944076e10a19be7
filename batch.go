package checker

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/art22/checker/policy"
)

// File is a file to check.
type File struct {
	// Path is the file's path.
	Path string
	// Found is true for a file found in a directory rather than named. A
	// file found that holds another art22 format (a waivers or
	// expected-findings file) is left out of a check, not an error.
	Found bool
}

// ConfigNames are the names of the art22 command's configuration file,
// which FindFiles does not take for a declaration, in the order the command
// looks for them.
var ConfigNames = []string{".art22.yaml", ".art22.yml"}

// FindFiles lists the files that paths name: a file as given, a directory
// searched recursively for *.yaml and *.yml (hidden directories and the
// art22 command's configuration file, .art22.yaml, skipped), each
// directory's files sorted, every file once. Whatever a file found
// is, it is listed: a waivers or expected-findings file is left out by
// CheckFiles, and a file that is not a regular file (a named pipe, a
// device) is refused when it is loaded. A path that does not exist, or a
// directory that holds no *.yaml or *.yml file, is an error. Cancelling
// ctx stops the search of a large tree.
func FindFiles(ctx context.Context, paths []string) ([]File, error) {
	var files []File
	seen := map[string]bool{}
	add := func(p string, found bool) {
		if !seen[p] {
			seen[p] = true
			files = append(files, File{Path: p, Found: found})
		}
	}
	for _, arg := range paths {
		st, err := os.Stat(arg)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("%s: no such file or directory", arg)
			}
			return nil, fmt.Errorf("%s: %v", arg, err)
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
			if ctx.Err() != nil {
				return context.Cause(ctx)
			}
			if d.IsDir() {
				if p != arg && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if ext := strings.ToLower(filepath.Ext(d.Name())); (ext == ".yaml" || ext == ".yml") && !slices.Contains(ConfigNames, d.Name()) {
				inDir = append(inDir, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("%s: %v", arg, err)
		}
		if len(inDir) == 0 {
			return nil, fmt.Errorf("%s: directory holds no *.yaml or *.yml file", arg)
		}
		slices.Sort(inDir)
		for _, p := range inDir {
			add(p, true)
		}
	}
	return files, nil
}

// Stages of checking a file, as FileError and BudgetError name them.
const (
	StageLoading    = "loading"    // reading and loading the file strictly
	StageValidating = "validating" // Validate: the checks that need the rules and the as-of date
	StageChecking   = "checking"   // evaluating the rules and building the report
)

// FileError is the error of one file of CheckFile or CheckFiles.
//
// An error in the input is policy.Errors (errors.As finds them), at their
// positions: the file did not load (Stage "loading") or a declaration in
// it failed Validate ("validating"). Any other error (a time budget, the
// memory limit, an *EvalError, a cancelled context) stopped the work.
type FileError struct {
	// File is the file's path.
	File string
	// Stage is what failed: StageLoading, StageValidating or StageChecking.
	Stage string
	// Skipped is true for a file found in a directory (File.Found) that
	// holds another art22 format: it is left out, and Err says what it is.
	Skipped bool
	// Err is the error.
	Err error
}

func (e *FileError) Error() string {
	if e.Input() {
		return e.Err.Error() // at positions in the file
	}
	return policy.Escape(e.File) + ": " + e.Err.Error()
}

func (e *FileError) Unwrap() error { return e.Err }

// Input reports whether the error is in the input (policy.Errors).
func (e *FileError) Input() bool {
	var perrs policy.Errors
	return errors.As(e.Err, &perrs)
}

// CheckFile loads every declaration in a YAML file and checks each. An
// error in the file is a *FileError, and nothing in it is judged: a file that
// does not load or a declaration that is not valid (policy.Errors), or a
// check that failed (see Check). Options set the as-of date (AsOf), the
// loading limits (Limits) and waivers files (Waivers).
func (c *Checker) CheckFile(ctx context.Context, path string, opts ...CheckOption) ([]*Report, error) {
	cfg, err := c.checkConfig(opts)
	if err != nil {
		return nil, err
	}
	reps, ferr := c.checkOne(ctx, File{Path: path}, &cfg, nil)
	if ferr != nil {
		return nil, ferr
	}
	return reps, nil
}

// CheckFiles loads and checks files (FindFiles lists them) on Jobs
// workers, and yields the report of each declaration in the order of the
// files and of the declarations in them, whatever the number of workers.
// At most 4×Jobs files are in flight, so memory does not grow with the
// number of files. The time budget of WithTimeout applies to loading each
// file and to checking each declaration.
//
// A file with an error in the input yields a *FileError holding
// policy.Errors, and the batch goes on (with FailClosed, without judging
// any more); a file found in a directory that holds another art22 format
// yields a *FileError with Skipped set. Any other error (a time budget,
// the memory limit, an *EvalError, a cancelled context) is yielded, as a
// *FileError for the first file in order that failed, and ends the batch:
// a rule that fails on one file fails the run. The files in flight are
// stopped, so the reports of files before the failed one may not all
// come. A ctx cancelled between two files ends the batch with an error
// that wraps its cause. Breaking out of the loop stops the workers.
//
// Options: AsOf, Waivers, Limits, Jobs, FailClosed, ValidateOnly, Progress.
func (c *Checker) CheckFiles(ctx context.Context, files []File, opts ...CheckOption) iter.Seq2[*Report, error] {
	return func(yield func(*Report, error) bool) {
		cfg, err := c.checkConfig(opts)
		if err != nil {
			yield(nil, err)
			return
		}
		c.checkFiles(ctx, files, &cfg, yield)
	}
}

// fileResult is what checking one file gave.
type fileResult struct {
	i       int
	reports []*Report
	err     *FileError
}

func (c *Checker) checkFiles(parent context.Context, files []File, cfg *checkConfig, yield func(*Report, error) bool) {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	var invalid atomic.Bool // judge no more: only load and validate
	invalid.Store(cfg.validateOnly)
	jobs := min(cfg.jobs, max(len(files), 1))
	window := make(chan struct{}, 4*jobs) // a slot per file in flight
	next := make(chan int)
	results := make(chan fileResult)
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for i := range next {
				reps, err := c.checkOne(ctx, files[i], cfg, &invalid)
				switch {
				case err == nil, err.Skipped:
				case err.Input():
					if cfg.failClosed {
						invalid.Store(true)
					}
				default:
					cancel() // the batch fails: stop the other files
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
	defer func() {
		cancel()
		for range results { // let the workers end
		}
	}()

	pending := map[int]fileResult{}
	done := 0
	inputErr := false // a file had an error in the input
	// The first error, in file order, that is not the cancellation caused
	// by another file's error: a file before the one that failed may have
	// been stopped by it, and must not hide the reason.
	var cause error
	causeAt := len(files)
	for r := range results {
		if r.err != nil && !r.err.Input() && r.i < causeAt && !errors.Is(r.err, context.Canceled) {
			cause, causeAt = r.err, r.i
		}
		pending[r.i] = r
		for {
			r, ok := pending[done]
			if !ok {
				break
			}
			delete(pending, done)
			done++
			<-window
			if cfg.progress != nil {
				cfg.progress(done, len(files))
			}
			switch {
			case r.err == nil:
			case r.err.Input():
				inputErr = inputErr || !r.err.Skipped
				if !yield(nil, r.err) {
					return
				}
				continue
			default:
				var err error = r.err
				if errors.Is(err, context.Canceled) && parent.Err() == nil && cause != nil {
					err = cause
				}
				yield(nil, err)
				return
			}
			if cfg.failClosed && inputErr {
				continue
			}
			for _, rep := range r.reports {
				if !yield(rep, nil) {
					return
				}
			}
		}
	}
	if done < len(files) {
		yield(nil, fmt.Errorf("checking stopped after %d of %d files: %w", done, len(files), context.Cause(ctx)))
	}
}

// checkOne loads one file, validates its declarations and checks them,
// unless invalid is set (another file had an error): then it only
// validates.
func (c *Checker) checkOne(ctx context.Context, f File, cfg *checkConfig, invalid *atomic.Bool) ([]*Report, *FileError) {
	lctx, cancel := c.budget(ctx, StageLoading)
	decls, err := cfg.limits.LoadFileContext(lctx, f.Path)
	cancel()
	if err != nil {
		fe := &FileError{File: f.Path, Stage: StageLoading, Err: err}
		var perrs policy.Errors
		fe.Skipped = f.Found && errors.As(err, &perrs) && perrs.OtherFormat() != ""
		return nil, fe
	}
	// A waivers file's waivers are validated apart (ValidateWaivers): each
	// declaration is validated with its own, so that an error is reported
	// once.
	var verrs policy.Errors
	for _, d := range decls {
		var perrs policy.Errors
		if err := c.validate(d, cfg.asOf); errors.As(err, &perrs) {
			verrs = append(verrs, perrs...)
		} else if err != nil {
			return nil, &FileError{File: f.Path, Stage: StageValidating, Err: err}
		}
	}
	if len(verrs) > 0 {
		return nil, &FileError{File: f.Path, Stage: StageValidating, Err: verrs.Cap(f.Path, cfg.limits.MaxErrors)}
	}
	if invalid != nil && invalid.Load() {
		return nil, nil
	}
	reps := make([]*Report, 0, len(decls))
	for _, d := range decls {
		rep, err := c.check(ctx, cfg.withWaivers(d), cfg)
		if err != nil {
			stage := StageChecking
			var perrs policy.Errors
			if errors.As(err, &perrs) {
				stage = StageValidating
			}
			return nil, &FileError{File: d.File(), Stage: stage, Err: err}
		}
		reps = append(reps, rep)
	}
	return reps, nil
}

// budget returns a context that stops a stage after the time budget
// (WithTimeout; none when 0), with a *BudgetError as its cause.
func (c *Checker) budget(ctx context.Context, stage string) (context.Context, context.CancelFunc) {
	if c.timeout <= 0 {
		return context.WithCancel(ctx)
	}
	return context.WithTimeoutCause(ctx, c.timeout, &BudgetError{Budget: c.timeout, Stage: stage})
}

// LoadWaiverFile loads a waivers file strictly, with the loading limits
// (Limits) and the time budget (WithTimeout), and validates its waivers as
// ValidateWaivers does (as of AsOf). An error is a *FileError: with
// policy.Errors when the file does not load (StageLoading) or a waiver is
// refused (StageValidating). Give the file to Check or CheckFiles with
// Waivers.
func (c *Checker) LoadWaiverFile(ctx context.Context, path string, opts ...CheckOption) (*policy.WaiverFile, error) {
	cfg, err := c.checkConfig(opts)
	if err != nil {
		return nil, err
	}
	lctx, cancel := c.budget(ctx, StageLoading)
	wf, err := cfg.limits.LoadWaiverFileContext(lctx, path)
	cancel()
	if err != nil {
		return nil, &FileError{File: path, Stage: StageLoading, Err: err}
	}
	ws, pos := wf.All()
	if err := c.ValidateWaivers(ws, pos, AsOf(cfg.asOf)); err != nil {
		return nil, &FileError{File: path, Stage: StageValidating, Err: err}
	}
	return wf, nil
}
