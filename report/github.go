package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/art22/checker"
)

// GitHub renders open findings as GitHub Actions workflow commands, which
// become annotations on the pull request's files: violations as errors,
// risks as warnings, advice and upcoming obligations as notices.
type GitHub struct{}

var githubCommands = map[checker.Severity]string{checker.Violation: "error", checker.Risk: "warning", checker.Advice: "notice"}

// Format implements Formatter.
func (g GitHub) Format(w io.Writer, run *Run) error {
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

// WriteReport implements Streamer.
func (GitHub) WriteReport(bw io.Writer, rep *checker.Report) error {
	for _, f := range rep.Findings {
		cmd := githubCommands[f.Severity]
		switch f.Status {
		case checker.Open:
		case checker.Upcoming:
			cmd = "notice"
		default:
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
		fmt.Fprintf(bw, "::%s %s::%s\n", cmd, props, ghData(msg))
	}
	return nil
}

// WriteSummary implements Streamer.
func (GitHub) WriteSummary(bw io.Writer, run *Run, s Summary) error {
	_, err := fmt.Fprintf(bw, "art22: %d violations, %d risks, %d advice in %d declarations, as of %s\n", s.Violations, s.Risks, s.Advice, s.Declarations, run.AsOf)
	return err
}

// ghData escapes a workflow command's message.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a workflow command's property value.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
