package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/art22/checker"
)

// JUnit renders the run as JUnit XML for CI test tabs: one test suite per
// declaration, and in it one test case per finding, and one per rule that
// found nothing.
//
//   - An open finding at or above the run's FailOn fails: one <failure> per
//     finding, with its message, facts, location and remediation.
//   - An open finding below FailOn (or with FailOn "", never) does not fail
//     the run, so it is not a failure: its test case passes, and its
//     <system-out> says what was found. The failures are then exactly the
//     findings that make the exit code 1.
//   - A waived, out-of-scope or upcoming finding is skipped, with the reason.
//   - A rule that found nothing passes; a rule not evaluated (--only,
//     --skip) is skipped, "not evaluated".
//
// Test cases carry file and line (the finding's place; the declaration's
// file, without a line, for a rule that found nothing). Suites carry
// timestamp, the as-of date at midnight, so that the same input gives the
// same bytes, and errors, always 0: a rule that fails to evaluate stops the
// run before any report is written.
type JUnit struct{}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name      string      `xml:"name,attr"`
	Tests     int         `xml:"tests,attr"`
	Failures  int         `xml:"failures,attr"`
	Errors    int         `xml:"errors,attr"`
	Skipped   int         `xml:"skipped,attr"`
	Time      string      `xml:"time,attr"`
	Timestamp string      `xml:"timestamp,attr,omitempty"`
	File      string      `xml:"file,attr,omitempty"`
	Cases     []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	Skipped   *junitSkipped `xml:"skipped,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

// Format implements Formatter.
func (JUnit) Format(w io.Writer, run *Run) error {
	out := junitSuites{Name: "art22"}
	skipped := map[string]bool{}
	for _, id := range run.SkippedRules() {
		skipped[id] = true
	}
	timestamp := ""
	if run.AsOf != "" {
		timestamp = run.AsOf + "T00:00:00"
	}
	for _, rep := range run.Reports {
		suite := junitSuite{Name: esc(declName(rep)), Time: "0", Timestamp: timestamp, File: esc(rep.File)}
		byRule := map[string][]checker.Finding{}
		for _, f := range rep.Findings {
			byRule[f.RuleID] = append(byRule[f.RuleID], f)
		}
		for _, r := range run.Rules {
			name := esc(r.ID + ": " + r.Title)
			class := esc("art22." + r.Area)
			if len(byRule[r.ID]) == 0 {
				c := junitCase{Name: name, Classname: class, Time: "0", File: esc(rep.File)}
				if skipped[r.ID] {
					c.Skipped = &junitSkipped{Message: "not evaluated (--only, --skip)"}
					suite.Skipped++
				}
				suite.Cases = append(suite.Cases, c)
				suite.Tests++
				continue
			}
			for _, f := range byRule[r.ID] {
				c := junitCase{Name: name + esc(" at "+f.Path), Classname: class, Time: "0", File: esc(f.Location.File), Line: f.Location.Line}
				if f.Path == "" {
					c.Name = name
				}
				switch {
				case f.Status != checker.Open:
					c.Skipped = &junitSkipped{Message: esc(skipReason(f))}
					suite.Skipped++
				case run.FailOn != "" && f.Severity.Rank() >= run.FailOn.Rank():
					c.Failure = &junitFailure{Message: esc(f.Message), Type: string(f.Severity), Text: junitText(f)}
					suite.Failures++
				default:
					c.SystemOut = fmt.Sprintf("%s below --fail-on %s, not a failure:\n%s", f.Severity, failOnName(run.FailOn), junitText(f))
				}
				suite.Cases = append(suite.Cases, c)
				suite.Tests++
			}
		}
		out.Tests += suite.Tests
		out.Failures += suite.Failures
		out.Skipped += suite.Skipped
		out.Suites = append(out.Suites, suite)
	}
	return writeXML(w, out)
}

// junitText is what a finding's test case says: where, what, why, how to fix.
func junitText(f checker.Finding) string {
	var text strings.Builder
	fmt.Fprintf(&text, "%s: %s %s: %s\n", f.Location, f.Severity, esc(f.RuleID), esc(f.Message))
	for _, b := range f.Because {
		fmt.Fprintf(&text, "  because %s\n", esc(b))
	}
	fmt.Fprintf(&text, "fix: %s\n", esc(f.Remediation))
	return text.String()
}

func failOnName(s checker.Severity) string {
	if s == "" {
		return "never"
	}
	return string(s)
}

func declName(rep *checker.Report) string {
	if rep.Document > 0 {
		return fmt.Sprintf("%s#%d", rep.File, rep.Document)
	}
	return rep.File
}

func skipReason(f checker.Finding) string {
	switch f.Status {
	case checker.Waived:
		return fmt.Sprintf("waived until %s: %s", f.Waiver.Expires, f.Waiver.Reason)
	case checker.OutOfScope:
		if e := f.Scope; e != nil && len(e.Rules) > 0 {
			return fmt.Sprintf("set aside by outOfScope[%d] (owner %s, approved by %s, until %s): %s", e.Index, e.Owner, e.Approver, e.Expires, e.Reason)
		}
		return "out of scope: " + f.ScopeReason
	case checker.Upcoming:
		return "applies from " + f.AppliesFrom
	}
	return string(f.Status)
}

// writeXML writes v as an indented XML document, with its header and a
// final newline (JUnit reports of checks and of tests).
func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
