// Package output renders check results in each output format, one file per
// format behind the Formatter interface.
package report

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
	// Catalog identifies the rule catalog (a digest of the rule files) and
	// OPA is the version of Open Policy Agent the rules ran on; each is
	// left out of the reports when empty.
	Catalog, OPA string
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
	// Skipped are the ids of the rules not evaluated (checker.WithOnly,
	// WithSkip; Checker.Skipped). Left empty, the reports' Skipped is used.
	Skipped []string
}

// SkippedRules returns the ids of the rules the run did not evaluate:
// run.Skipped, or else those of its first report.
func (r *Run) SkippedRules() []string {
	if len(r.Skipped) > 0 || len(r.Reports) == 0 {
		return r.Skipped
	}
	return r.Reports[0].Skipped
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
	// RulesSkipped counts the rules not evaluated (--only, --skip).
	RulesSkipped int `json:"rulesSkipped"`
}

// Summarize counts the findings of a run; upcoming findings are counted
// apart from the open ones.
func (r *Run) Summarize() Summary {
	var t Tally
	for _, rep := range r.Reports {
		t.Add(rep)
	}
	s := t.Summary(r.BaselineHidden)
	s.RulesSkipped = max(s.RulesSkipped, len(r.Skipped))
	return s
}

// Tally counts findings report by report, for runs whose reports are
// written as they come (see Streamer) rather than held.
type Tally struct {
	s     Summary
	files map[string]bool
}

// Add counts one report.
func (t *Tally) Add(rep *checker.Report) {
	if t.files == nil {
		t.files = map[string]bool{}
	}
	s := &t.s
	t.files[rep.File] = true
	s.Declarations++
	s.StaleWaivers += len(rep.StaleWaivers)
	s.RulesSkipped = max(s.RulesSkipped, len(rep.Skipped))
	for _, f := range rep.Findings {
		switch f.Status {
		case checker.Upcoming:
			s.Upcoming++
		case checker.OutOfScope:
			s.OutOfScope++
		case checker.Waived:
			s.Waived++
		case checker.Open:
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
}

// Summary returns the counts so far.
func (t *Tally) Summary(baselineHidden int) Summary {
	s := t.s
	s.Files = len(t.files)
	s.BaselineHidden = baselineHidden
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

// Streamer is a Formatter that can also write a run one report at a time,
// so that a batch of thousands of declarations is never held in memory:
// WriteReport for each report, in order, then WriteSummary once with the
// run (its Reports left empty) and the counts of every report written.
// Format(w, run) writes the same bytes as that sequence.
type Streamer interface {
	Formatter
	WriteReport(w io.Writer, rep *checker.Report) error
	WriteSummary(w io.Writer, run *Run, s Summary) error
}

// Options are the settings formatters may use.
type Options struct {
	// Color allows ANSI colour (text format).
	Color bool
	// Quiet leaves only the summary line (text format).
	Quiet bool
	// SARIFInclude lists the statuses, beyond open and upcoming, whose
	// findings are SARIF results (see SARIF.Include).
	SARIFInclude []checker.Status
	// StepSummary is the file a GitHub job summary is appended to
	// ($GITHUB_STEP_SUMMARY), for the github format; "" for none.
	StepSummary string
}

var formats = map[string]func(Options) Formatter{
	"text":        func(o Options) Formatter { return &Text{Color: o.Color, Quiet: o.Quiet} },
	"json":        func(Options) Formatter { return JSON{} },
	"sarif":       func(o Options) Formatter { return SARIF{Include: o.SARIFInclude} },
	"junit":       func(Options) Formatter { return JUnit{} },
	"github":      func(o Options) Formatter { return &GitHub{StepSummary: o.StepSummary} },
	"markdown":    func(Options) Formatter { return Markdown{} },
	"html":        func(Options) Formatter { return HTML{} },
	"codequality": func(Options) Formatter { return &CodeQuality{} },
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

// madeBy is art22's version with the catalog's and OPA's beside it, as
// art22 --version prints them: "v0.4.1 (rule catalog sha256:..., OPA v1.22.2)".
func (r *Run) madeBy() string {
	var parts []string
	if r.Catalog != "" {
		parts = append(parts, "rule catalog "+r.Catalog)
	}
	if r.OPA != "" {
		parts = append(parts, "OPA "+r.OPA)
	}
	if len(parts) == 0 {
		return r.Version
	}
	return r.Version + " (" + strings.Join(parts, ", ") + ")"
}
