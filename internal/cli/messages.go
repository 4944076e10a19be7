package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/art22/checker"
	"github.com/art22/checker/policy"
)

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

// inputErrors reports the errors in the input of a check run. Errors
// loading a file are printed as they come, in file order, and only
// counted: a batch of bad files is not held in memory. Those that need the
// rules and the as-of date (waiver expiry, out-of-scope rule ids) are held
// (at most MaxErrors a file), and printed at the end if every file loaded.
// A file found in a directory that holds another art22 format is left out
// with a note.
type inputErrors struct {
	ctx     context.Context
	w       io.Writer     // errors
	notes   io.Writer     // notes (io.Discard with --quiet)
	loading int           // errors loading files, printed
	held    policy.Errors // errors validating declarations
	skipped int
}

// add reports one error of LoadWaiverFile or CheckFiles; one that is not
// in the input stops the run, and add returns it as it is to be printed.
func (in *inputErrors) add(err error) error {
	var fe *checker.FileError
	var perrs policy.Errors
	switch {
	case !errors.As(err, &fe) || !errors.As(err, &perrs):
		return describe(in.ctx, err)
	case fe.Skipped:
		fmt.Fprintf(in.notes, "%s: note: not checked: %s\n", policy.Escape(fe.File), perrs[0].Message)
		in.skipped++
	case fe.Stage == checker.StageLoading:
		printLoadErrors(in.w, perrs)
		in.loading += perrs.Count()
	default:
		in.held = append(in.held, perrs...)
	}
	return nil
}

// any reports whether an error was found: nothing is to be judged.
func (in *inputErrors) any() bool { return in.loading > 0 || len(in.held) > 0 }

// verdict prints the held errors and returns the run's error, once every
// one of files was loaded.
func (in *inputErrors) verdict(files int) error {
	switch {
	case in.loading > 0:
		return fmt.Errorf("%s in the input; nothing was checked", plural(in.loading, "error"))
	case in.skipped == files:
		return errors.New("no declaration to check: every file found is another art22 file")
	case len(in.held) > 0:
		printLoadErrors(in.w, in.held)
		return fmt.Errorf("%s in the input; nothing was checked", plural(in.held.Count(), "error"))
	}
	return nil
}

// describe says why a run stopped, and how to raise the limit it hit.
func describe(ctx context.Context, err error) error {
	var fe *checker.FileError
	var be *checker.BudgetError
	var me *checker.MemoryError
	switch {
	case !errors.As(err, &fe) && ctx.Err() != nil:
		return fmt.Errorf("checking stopped (%w): no report was written", context.Cause(ctx))
	case fe == nil:
		return err
	case fe.Stage != checker.StageLoading && errors.As(err, &me):
		return fmt.Errorf("%s: %w (raise it with --max-memory)", fe.File, fe.Err)
	case fe.Stage != checker.StageLoading && errors.As(err, &be):
		return fmt.Errorf("%s: %w (raise it with --timeout)", fe.File, fe.Err)
	case fe.Stage != checker.StageLoading:
		return fmt.Errorf("%s: %w", fe.File, fe.Err)
	case errors.As(err, &be):
		return fmt.Errorf("%s: %w (raise it with --timeout)", policy.Escape(fe.File), fe.Err)
	case ctx.Err() != nil:
		return fmt.Errorf("stopped while loading %s: %w; nothing was checked", policy.Escape(fe.File), fe.Err)
	}
	return fe.Err
}

// baselineError names --baseline in an error reading the baseline.
func baselineError(err error) error {
	if errors.As(err, new(policy.Errors)) {
		return fmt.Errorf("--baseline: %w", err) // the file's position leads
	}
	return fmt.Errorf("--baseline %w", err) // the message starts with the file
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
