package report

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/art22/checker"
)

// GitHub renders open findings as GitHub Actions workflow commands, which
// become annotations on the pull request's files: violations as errors,
// risks as warnings, advice and upcoming obligations as notices.
//
// GitHub shows at most 10 annotations of each kind (error, warning, notice)
// per step and drops the rest: the annotations are written by severity,
// violations first, at most AnnotationsPerKind of each kind, and a plain
// line then says how many findings were not annotated. The annotations are
// held until the summary (at most 3×AnnotationsPerKind of them), so that a
// run streamed report by report stays in bounded memory.
//
// With StepSummary set (the file $GITHUB_STEP_SUMMARY names), a Markdown
// job summary is appended to that file: the counts, and a table of the
// open findings (at most StepSummaryRows).
type GitHub struct {
	// StepSummary is the file to append the job summary to; "" for none.
	StepSummary string

	held    [3][]string // annotations by kind: error, warning, notice
	dropped int         // findings not annotated
	rows    []string    // the job summary's table rows
	open    int         // open findings, for the job summary
}

// AnnotationsPerKind is how many annotations of one kind GitHub shows per step.
const AnnotationsPerKind = 10

// StepSummaryRows is the most open findings the job summary lists.
const StepSummaryRows = 100

var githubCommands = map[checker.Severity]string{checker.Violation: "error", checker.Risk: "warning", checker.Advice: "notice"}

var githubKinds = map[string]int{"error": 0, "warning": 1, "notice": 2}

// Format implements Formatter.
func (g *GitHub) Format(w io.Writer, run *Run) error {
	*g = GitHub{StepSummary: g.StepSummary}
	bw := bufio.NewWriter(w)
	for _, rep := range run.Reports {
		if err := g.WriteReport(bw, rep); err != nil {
			return err
		}
	}
	if err := g.WriteSummary(bw, run, run.Summarize()); err != nil {
		return err
	}
	return bw.Flush()
}

// WriteReport implements Streamer: it holds the report's annotations
// (the first AnnotationsPerKind of each kind) until WriteSummary.
func (g *GitHub) WriteReport(_ io.Writer, rep *checker.Report) error {
	for _, f := range rep.Findings {
		cmd := githubCommands[f.Severity]
		switch f.Status {
		case checker.Open:
			g.open++
			if len(g.rows) < StepSummaryRows {
				g.rows = append(g.rows, fmt.Sprintf("| %s | %s | %s | %s |", f.Severity, mdCell(f.RuleID), strings.ReplaceAll(mdCode(f.Location.String()), "|", "\\|"), mdCell(f.Message)))
			}
		case checker.Upcoming:
			cmd = "notice"
		default:
			continue
		}
		k := githubKinds[cmd]
		if len(g.held[k]) >= AnnotationsPerKind {
			g.dropped++
			continue
		}
		props := fmt.Sprintf("file=%s,line=%d", ghProperty(esc(f.Location.File)), max(f.Location.Line, 1))
		if f.Location.Column > 0 {
			props += fmt.Sprintf(",col=%d", f.Location.Column)
		}
		props += ",title=" + ghProperty(esc(f.RuleID)+" ("+string(f.Severity)+")")
		// Each value is escaped to one line; the lines between them are
		// ours, and ghData turns them into %0A inside the one command.
		msg := esc(f.Message) + "\nbecause " + strings.Join(escAll(f.Because), "\nbecause ") + "\nfix: " + esc(f.Remediation)
		if f.Status == checker.Upcoming {
			msg = "applies from " + esc(f.AppliesFrom) + ": " + msg
		}
		g.held[k] = append(g.held[k], fmt.Sprintf("::%s %s::%s\n", cmd, props, ghData(msg)))
	}
	return nil
}

// WriteSummary implements Streamer: the annotations held, violations
// first, how many findings were not annotated, the summary line; and the
// job summary, if StepSummary is set.
func (g *GitHub) WriteSummary(bw io.Writer, run *Run, s Summary) error {
	for _, lines := range g.held {
		for _, l := range lines {
			if _, err := io.WriteString(bw, l); err != nil {
				return err
			}
		}
	}
	if g.dropped > 0 {
		if _, err := fmt.Fprintf(bw, "art22: %s not annotated: GitHub shows at most %d error, %d warning and %d notice annotations per step (the job summary, or --format text, lists them)\n",
			plural(g.dropped, "finding", "findings"), AnnotationsPerKind, AnnotationsPerKind, AnnotationsPerKind); err != nil {
			return err
		}
	}
	if _, err := fmt.Fprintf(bw, "art22: %d violations, %d risks, %d advice in %d declarations, as of %s%s\n", s.Violations, s.Risks, s.Advice, s.Declarations, run.AsOf, skippedNote(s)); err != nil {
		return err
	}
	if g.StepSummary == "" {
		return nil
	}
	return g.writeStepSummary(run, s)
}

// writeStepSummary appends the job summary to the StepSummary file.
func (g *GitHub) writeStepSummary(run *Run, s Summary) error {
	var b strings.Builder
	b.WriteString("## art22\n\n")
	verdict := "passes"
	if run.FailOn == "" {
		verdict = "never fails (--fail-on never)"
	} else if s.Violations > 0 && run.FailOn.Rank() <= checker.Violation.Rank() ||
		s.Risks > 0 && run.FailOn.Rank() <= checker.Risk.Rank() ||
		s.Advice > 0 && run.FailOn.Rank() <= checker.Advice.Rank() {
		verdict = "fails (--fail-on " + string(run.FailOn) + ")"
	} else {
		verdict = "passes (--fail-on " + string(run.FailOn) + ")"
	}
	fmt.Fprintf(&b, "Judged as of %s: %s in %s. The check %s.\n\n", run.AsOf, plural(s.Declarations, "declaration", "declarations"), plural(s.Files, "file", "files"), verdict)
	b.WriteString("| severity | open findings |\n| --- | --- |\n")
	fmt.Fprintf(&b, "| violation | %d |\n| risk | %d |\n| advice | %d |\n\n", s.Violations, s.Risks, s.Advice)
	if extra := setAside(s); extra != "" {
		fmt.Fprintf(&b, "Not counted: %s.\n\n", extra)
	}
	if s.RulesSkipped > 0 {
		fmt.Fprintf(&b, "Not evaluated (--only, --skip): %s.\n\n", plural(s.RulesSkipped, "rule", "rules"))
	}
	if len(g.rows) > 0 {
		b.WriteString("| severity | rule | location | finding |\n| --- | --- | --- | --- |\n")
		b.WriteString(strings.Join(g.rows, "\n") + "\n\n")
		if g.open > len(g.rows) {
			fmt.Fprintf(&b, "And %d more open findings: the full report lists them.\n\n", g.open-len(g.rows))
		}
	}
	f, err := os.OpenFile(g.StepSummary, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("job summary: %w", err)
	}
	if _, err := io.WriteString(f, b.String()); err != nil {
		f.Close()
		return fmt.Errorf("job summary: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("job summary: %w", err)
	}
	return nil
}

// ghData escapes a workflow command's message.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a workflow command's property value.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
