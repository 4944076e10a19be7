package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/art22/checker"
)

// JUnit renders the run as JUnit XML for CI test tabs: one test suite per
// declaration, one test case per rule. A rule with open findings fails, with
// each finding's message and location; a rule whose findings are all
// waived, out of scope or upcoming is skipped with the reason; the others pass.
type JUnit struct{}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Time     string      `xml:"time,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	Skipped   *junitSkipped `xml:"skipped,omitempty"`
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
	for _, rep := range run.Reports {
		suite := junitSuite{Name: esc(declName(rep)), Time: "0"}
		byRule := map[string][]checker.Finding{}
		for _, f := range rep.Findings {
			byRule[f.RuleID] = append(byRule[f.RuleID], f)
		}
		for _, r := range run.Rules {
			c := junitCase{Name: esc(r.ID + ": " + r.Title), Classname: esc("art22." + r.Area), Time: "0"}
			var open, other []checker.Finding
			for _, f := range byRule[r.ID] {
				if f.Status == checker.Open {
					open = append(open, f)
				} else {
					other = append(other, f)
				}
			}
			switch {
			case len(open) > 0:
				var text strings.Builder
				for _, f := range open {
					fmt.Fprintf(&text, "%s: %s\n", f.Location, esc(f.Message))
					for _, b := range f.Because {
						fmt.Fprintf(&text, "  because %s\n", esc(b))
					}
				}
				fmt.Fprintf(&text, "fix: %s\n", esc(r.Remediation))
				msg := esc(open[0].Message)
				if len(open) > 1 {
					msg = fmt.Sprintf("%s (and %d more)", msg, len(open)-1)
				}
				c.Failure = &junitFailure{Message: msg, Type: string(r.Severity), Text: text.String()}
				suite.Failures++
			case len(other) > 0:
				c.Skipped = &junitSkipped{Message: esc(skipReason(other[0]))}
				suite.Skipped++
			}
			suite.Cases = append(suite.Cases, c)
			suite.Tests++
		}
		out.Tests += suite.Tests
		out.Failures += suite.Failures
		out.Skipped += suite.Skipped
		out.Suites = append(out.Suites, suite)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
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
