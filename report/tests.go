package report

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/art22/checker"
)

// TestsText writes the result of Rego unit tests (checker.RunTests) as
// art22 test prints it: each failing test with the expression that failed
// and its variables' values, each error, each passing test when verbose,
// the counts, each rule no test made fire, and coverage when it was asked
// for (a file below threshold is marked).
func TestsText(w io.Writer, rep *checker.TestReport, verbose bool, threshold float64) error {
	var b strings.Builder
	for _, r := range rep.Results {
		switch {
		case r.Error != "":
			fmt.Fprintf(&b, "ERROR %s:%d: %s.%s: %s\n", r.File, r.Line, r.Package, r.Name, esc(r.Error))
		case !r.Pass:
			fmt.Fprintf(&b, "FAIL  %s:%d: %s.%s\n", r.File, r.Line, r.Package, r.Name)
			if r.FailedAt != "" {
				fmt.Fprintf(&b, "      failed at %s:\n", r.FailedAt)
				for line := range strings.SplitSeq(escLines(r.Failure), "\n") {
					fmt.Fprintf(&b, "        %s\n", line)
				}
			}
		case verbose:
			fmt.Fprintf(&b, "PASS  %s:%d: %s.%s (%s)\n", r.File, r.Line, r.Package, r.Name, r.Duration.Round(time.Microsecond))
		}
	}
	failed := rep.Failed()
	fmt.Fprintf(&b, "%d tests: %d passed, %d failed\n", len(rep.Results), len(rep.Results)-failed, failed)
	for _, u := range rep.Unexercised {
		fmt.Fprintf(&b, "UNTESTED %s:%d: rule %s (%s) produces no finding in any test; add a test in which it fires\n", u.File, u.Line, u.ID, u.Path)
	}
	for _, c := range rep.Coverage {
		mark := ""
		if c.Percent < threshold {
			mark = "  below --threshold"
		}
		fmt.Fprintf(&b, "coverage %6.1f%%  %s (%d of %d lines)%s\n", c.Percent, c.File, c.Covered, c.Covered+c.NotCovered, mark)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// TestsJSON writes the result of Rego unit tests as JSON: the TestReport,
// indented.
func TestsJSON(w io.Writer, rep *checker.TestReport) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}

// TestsJUnit writes the result of Rego unit tests as JUnit XML: one test
// suite per Rego package, one test case per test; a failing test carries
// the expression that failed, an error its message. Each rule no test made
// fire is a failing test case of a suite "untested rules".
func TestsJUnit(w io.Writer, rep *checker.TestReport) error {
	out := junitSuites{Name: "art22 test"}
	var order []string
	suites := map[string]*junitSuite{}
	suite := func(name string) *junitSuite {
		s := suites[name]
		if s == nil {
			s = &junitSuite{Name: esc(name), Time: "0"}
			suites[name] = s
			order = append(order, name)
		}
		return s
	}
	for _, r := range rep.Results {
		s := suite(r.Package)
		c := junitCase{Name: esc(r.Name), Classname: esc(strings.TrimPrefix(r.Package, "data.")), Time: fmt.Sprintf("%.3f", r.Duration.Seconds())}
		switch {
		case r.Error != "":
			c.Failure = &junitFailure{Message: esc(r.Error), Type: "error", Text: esc(fmt.Sprintf("%s:%d: %s", r.File, r.Line, r.Error))}
		case !r.Pass:
			text := fmt.Sprintf("%s:%d: %s failed", r.File, r.Line, r.Name)
			if r.FailedAt != "" {
				text += fmt.Sprintf("\nfailed at %s:\n%s", r.FailedAt, r.Failure)
			}
			c.Failure = &junitFailure{Message: esc("failed at " + cmp.Or(r.FailedAt, fmt.Sprintf("%s:%d", r.File, r.Line))), Type: "fail", Text: escLines(text)}
		}
		if c.Failure != nil {
			s.Failures++
		}
		s.Tests++
		s.Cases = append(s.Cases, c)
	}
	for _, u := range rep.Unexercised {
		s := suite("untested rules")
		s.Tests++
		s.Failures++
		s.Cases = append(s.Cases, junitCase{Name: esc(u.ID), Classname: esc(u.Path), Time: "0",
			Failure: &junitFailure{Message: esc("no test makes the rule fire"), Type: "untested", Text: esc(fmt.Sprintf("%s:%d: rule %s (%s) produces no finding in any test", u.File, u.Line, u.ID, u.Path))}})
	}
	for _, name := range order {
		s := suites[name]
		out.Tests += s.Tests
		out.Failures += s.Failures
		out.Suites = append(out.Suites, *s)
	}
	return writeXML(w, out)
}

// escLines escapes each line of a multi-line text, tabs written as spaces.
func escLines(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\t", "    "), "\n")
	return strings.Join(escAll(lines), "\n")
}
