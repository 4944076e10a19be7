// Package output renders check results in each output format, one file per
// format behind the Formatter interface.
package output

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/art22/checker"
)

// Run is everything a formatter renders: the reports of one invocation.
type Run struct {
	// Version is art22's version.
	Version string
	// AsOf is the date declarations were judged as of.
	AsOf string
	// Reports, one per declaration, in the order the files were given.
	Reports []*checker.Report
	// Rules is the catalog the run used.
	Rules []checker.Rule
	// FailOn is the lowest severity that fails the run ("" for never).
	FailOn checker.Severity
	// BaselineHidden counts the findings left out because they are in the
	// baseline (--baseline).
	BaselineHidden int
}

// Summary counts a run's findings.
type Summary struct {
	Files        int `json:"files"`
	Declarations int `json:"declarations"`
	Violations   int `json:"violations"`
	Risks        int `json:"risks"`
	Advice       int `json:"advice"`
	Upcoming     int `json:"upcoming"`
	OutOfScope   int `json:"outOfScope"`
	Waived       int `json:"waived"`
	StaleWaivers int `json:"staleWaivers"`
	// BaselineHidden counts findings left out because they are in the baseline.
	BaselineHidden int `json:"baselineHidden"`
}

// Summarize counts the findings of a run; upcoming findings are counted
// apart from the open ones.
func (r *Run) Summarize() Summary {
	var s Summary
	files := map[string]bool{}
	s.BaselineHidden = r.BaselineHidden
	for _, rep := range r.Reports {
		files[rep.File] = true
		s.Declarations++
		s.StaleWaivers += len(rep.StaleWaivers)
		for _, f := range rep.Findings {
			switch f.Status {
			case checker.Upcoming:
				s.Upcoming++
				continue
			case checker.OutOfScope:
				s.OutOfScope++
				continue
			case checker.Waived:
				s.Waived++
				continue
			}
			if f.Status != checker.Open {
				continue
			}
			switch f.Severity {
			case checker.Violation:
				s.Violations++
			case checker.Risk:
				s.Risks++
			case checker.Advice:
				s.Advice++
			}
		}
	}
	s.Files = len(files)
	return s
}

// Failed reports whether any open finding is at or above the threshold.
func (r *Run) Failed() bool {
	if r.FailOn == "" {
		return false
	}
	for _, rep := range r.Reports {
		if rep.Count(r.FailOn) > 0 {
			return true
		}
	}
	return false
}

// Formatter renders a run.
type Formatter interface {
	Format(w io.Writer, run *Run) error
}

// Options are the settings formatters may use.
type Options struct {
	// Color allows ANSI colour (text format, on a terminal only).
	Color bool
}

var formats = map[string]func(Options) Formatter{
	"text":     func(o Options) Formatter { return &Text{Color: o.Color} },
	"json":     func(Options) Formatter { return JSON{} },
	"sarif":    func(Options) Formatter { return SARIF{} },
	"junit":    func(Options) Formatter { return JUnit{} },
	"github":   func(Options) Formatter { return GitHub{} },
	"markdown": func(Options) Formatter { return Markdown{} },
}

// Names lists the formats, sorted.
func Names() []string {
	names := make([]string, 0, len(formats))
	for n := range formats {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// New returns the formatter for a format name.
func New(name string, o Options) (Formatter, error) {
	f, ok := formats[name]
	if !ok {
		return nil, fmt.Errorf("unknown format %q; formats: %s", name, strings.Join(Names(), ", "))
	}
	return f(o), nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
