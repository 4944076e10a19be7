package output

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
func (GitHub) Format(w io.Writer, run *Run) error {
	bw := bufio.NewWriter(w)
	for _, rep := range run.Reports {
		for _, f := range rep.Findings {
			cmd := githubCommands[f.Severity]
			switch f.Status {
			case checker.Open:
			case checker.Upcoming:
				cmd = "notice"
			default:
				continue
			}
			props := fmt.Sprintf("file=%s,line=%d", ghProperty(f.Location.File), max(f.Location.Line, 1))
			if f.Location.Column > 0 {
				props += fmt.Sprintf(",col=%d", f.Location.Column)
			}
			props += ",title=" + ghProperty(f.RuleID+" ("+string(f.Severity)+")")
			msg := f.Message + "\nbecause " + strings.Join(f.Because, "\nbecause ") + "\nfix: " + f.Remediation
			if f.Status == checker.Upcoming {
				msg = "applies from " + f.AppliesFrom + ": " + msg
			}
			fmt.Fprintf(bw, "::%s %s::%s\n", cmd, props, ghData(msg))
		}
	}
	s := run.Summarize()
	fmt.Fprintf(bw, "art22: %d violations, %d risks, %d advice in %d declarations, as of %s\n", s.Violations, s.Risks, s.Advice, s.Declarations, run.AsOf)
	return bw.Flush()
}

// ghData escapes a workflow command's message.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a workflow command's property value.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
