package cli

import (
	"fmt"
	"io"
	"os"

	"golang.org/x/term"
)

// isTerminal reports whether w is a terminal; a variable so tests can fake one.
var isTerminal = func(w io.Writer) bool {
	f, ok := w.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(int(f.Fd()))
}

// progress reports, on a terminal only, how many files are checked:
// never in a pipe, a file or CI (the CI variable is set by GitHub Actions,
// GitLab CI and most others).
type progress struct {
	w     io.Writer
	total int
	n     int
	on    bool
}

// minProgress is the number of files from which progress is shown.
const minProgress = 20

func newProgress(w io.Writer, total int) *progress {
	return &progress{w: w, total: total, on: total >= minProgress && os.Getenv("CI") == "" && isTerminal(w)}
}

func (p *progress) step() {
	p.n++
	if p.on && (p.n%10 == 0 || p.n == p.total) {
		fmt.Fprintf(p.w, "\rchecked %d/%d files", p.n, p.total)
	}
}

func (p *progress) done() {
	if p.on && p.n > 0 {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
	p.on = false
}
