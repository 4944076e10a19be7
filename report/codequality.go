package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"

	"github.com/art22/checker"
)

// CodeQuality renders the open findings as a GitLab Code Quality report:
// the subset of the Code Climate issue format GitLab reads, a JSON array of
//
//	{"description", "check_name", "fingerprint", "severity",
//	 "location": {"path", "lines": {"begin"}}}
//
// Only open findings are issues: waived, out-of-scope and upcoming findings
// are not (GitLab has no suppressed state). Severities map as
// CodeQualitySeverities says: violation critical, risk major, advice minor
// (blocker is left for what stops a merge whatever the settings; info for
// what is not a finding). The fingerprint is a hash of the rule id, the
// file, the document and the JSON Pointer of the place, not the line: an
// edit above a finding does not make GitLab see it as fixed and new again.
type CodeQuality struct {
	n int // issues written so far
}

// CodeQualitySeverities maps a severity to its Code Quality severity.
var CodeQualitySeverities = map[checker.Severity]string{checker.Violation: "critical", checker.Risk: "major", checker.Advice: "minor"}

type cqIssue struct {
	Description string     `json:"description"`
	CheckName   string     `json:"check_name"`
	Fingerprint string     `json:"fingerprint"`
	Severity    string     `json:"severity"`
	Location    cqLocation `json:"location"`
}

type cqLocation struct {
	Path  string  `json:"path"`
	Lines cqLines `json:"lines"`
}

type cqLines struct {
	Begin int `json:"begin"`
}

// Format implements Formatter.
func (c *CodeQuality) Format(w io.Writer, run *Run) error {
	c.n = 0
	for _, rep := range run.Reports {
		if err := c.WriteReport(w, rep); err != nil {
			return err
		}
	}
	return c.WriteSummary(w, run, Summary{})
}

// WriteReport implements Streamer.
func (c *CodeQuality) WriteReport(w io.Writer, rep *checker.Report) error {
	for _, f := range rep.Findings {
		if f.Status != checker.Open {
			continue
		}
		file := filepath.ToSlash(f.Location.File)
		issue := cqIssue{
			Description: esc(f.RuleID + ": " + f.Message),
			CheckName:   f.RuleID,
			Fingerprint: cqFingerprint(f.RuleID, file, rep.Document, f.Path),
			Severity:    CodeQualitySeverities[f.Severity],
			Location:    cqLocation{Path: file, Lines: cqLines{Begin: max(f.Location.Line, 1)}},
		}
		b, err := json.MarshalIndent(issue, "  ", "  ")
		if err != nil {
			return err
		}
		sep := ",\n  "
		if c.n == 0 {
			sep = "[\n  "
		}
		c.n++
		if _, err := fmt.Fprintf(w, "%s%s", sep, b); err != nil {
			return err
		}
	}
	return nil
}

// WriteSummary implements Streamer: it closes the array.
func (c *CodeQuality) WriteSummary(w io.Writer, _ *Run, _ Summary) error {
	end := "\n]\n"
	if c.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(w, end)
	return err
}

// cqFingerprint identifies an issue across commits whatever its line.
func cqFingerprint(rule, file string, document int, pointer string) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%d\x00%s", rule, file, document, pointer)
	return hex.EncodeToString(h.Sum(nil))[:32]
}
