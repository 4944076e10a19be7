package report

import (
	"bufio"
	"cmp"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/art22/checker"
	"github.com/art22/checker/policy"
)

// HTML renders one self-contained page a DPO or a regulator reads in a
// browser or prints to PDF: a summary, a matrix of obligation area by
// severity (and, for several declarations, of declaration by area: the
// market view), each open finding with the YAML around it, its facts, the
// fix, what a person must still check, articles and sources, then what was
// set aside with the reasons. No script, font or image is fetched: styles
// and the bar charts (SVG) are inline, and html/template escapes every value
// for where it stands.
type HTML struct {
	// Excerpt is how many lines of YAML to show on each side of a finding's
	// line; 0 means 3.
	Excerpt int
}

//go:embed html.tmpl
var htmlSource string

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"bar": func(n, max int) int {
		if max == 0 {
			return 0
		}
		return n * 120 / max
	},
	"lower": strings.ToLower,
	"httpURL": func(u string) bool {
		return strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")
	},
}).Parse(htmlSource))

type htmlPage struct {
	AsOf, Version    string
	MadeBy           string // Version with the catalog's and OPA's
	Summary          Summary
	MaxSeverity      int
	Areas            []htmlAreaRow
	MaxArea          int
	Market           []htmlMarketRow
	MarketAreas      []string
	Declarations     []htmlDeclaration
	SetAside         []htmlFinding
	Stale            []htmlStale
	Texts            []htmlText
	SeverityCount    []htmlCount
	Skipped          []string
	FailOn           string
	BaselineHidden   int
	DeclarationCount int
}

type htmlCount struct {
	Label string
	N     int
}

type htmlAreaRow struct {
	Area                    string
	Violation, Risk, Advice int
	Total                   int
}

type htmlMarketRow struct {
	Name   string
	Counts []int
	Total  int
}

type htmlDeclaration struct {
	ID, Controller, File string
	Document             int
	Findings             []htmlFinding
}

type htmlFinding struct {
	checker.Finding
	Declaration string
	HumanReview string
	Excerpt     []htmlLine
	Why         string // for set-aside findings: the reason
}

type htmlLine struct {
	N    int
	Text string
	Hit  bool
}

type htmlText struct {
	Declaration string
	checker.Text
}

type htmlStale struct {
	Declaration string
	checker.StaleWaiver
}

// Format implements Formatter.
func (h HTML) Format(w io.Writer, run *Run) error {
	excerpt := cmp.Or(h.Excerpt, 3)
	humanReview := map[string]string{}
	for _, r := range run.Rules {
		humanReview[r.ID] = r.HumanReview
	}
	p := htmlPage{AsOf: run.AsOf, Version: run.Version, MadeBy: run.madeBy(), Summary: run.Summarize(), BaselineHidden: run.BaselineHidden}
	if run.FailOn != "" {
		p.FailOn = string(run.FailOn)
	}
	p.Skipped = run.SkippedRules()
	p.SeverityCount = []htmlCount{{"violation", p.Summary.Violations}, {"risk", p.Summary.Risks}, {"advice", p.Summary.Advice}}
	for _, c := range p.SeverityCount {
		p.MaxSeverity = max(p.MaxSeverity, c.N)
	}
	areas := map[string]*htmlAreaRow{}
	market := map[string]map[string]int{}
	lines := newLineCache()
	for i, rep := range run.Reports {
		name := declName(rep)
		d := htmlDeclaration{ID: fmt.Sprintf("d%d", i), Controller: rep.Controller, File: rep.File, Document: rep.Document}
		for _, f := range rep.Findings {
			hf := htmlFinding{Finding: f, Declaration: name, HumanReview: humanReview[f.RuleID]}
			switch f.Status {
			case checker.Open:
				a := areas[f.Area]
				if a == nil {
					a = &htmlAreaRow{Area: f.Area}
					areas[f.Area] = a
				}
				switch f.Severity {
				case checker.Violation:
					a.Violation++
				case checker.Risk:
					a.Risk++
				case checker.Advice:
					a.Advice++
				}
				a.Total++
				if market[name] == nil {
					market[name] = map[string]int{}
				}
				market[name][f.Area]++
				hf.Excerpt = lines.excerpt(rep.File, f.Location, excerpt)
				d.Findings = append(d.Findings, hf)
			case checker.Waived:
				if wv := f.Waiver; wv != nil {
					hf.Why = fmt.Sprintf("waived until %s: %s (owner %s, approved by %s)", wv.Expires, wv.Reason, wv.Owner, wv.Approver)
				}
				p.SetAside = append(p.SetAside, hf)
			case checker.OutOfScope:
				hf.Why = "out of scope: " + f.ScopeReason
				p.SetAside = append(p.SetAside, hf)
			case checker.Upcoming:
				hf.Why = "upcoming: the obligation applies from " + f.AppliesFrom
				p.SetAside = append(p.SetAside, hf)
			}
		}
		for _, t := range rep.Texts {
			p.Texts = append(p.Texts, htmlText{Declaration: name, Text: t})
		}
		for _, sw := range rep.StaleWaivers {
			p.Stale = append(p.Stale, htmlStale{Declaration: name, StaleWaiver: sw})
		}
		p.Declarations = append(p.Declarations, d)
	}
	p.DeclarationCount = len(run.Reports)
	for _, a := range areas {
		p.Areas = append(p.Areas, *a)
		p.MaxArea = max(p.MaxArea, a.Total)
	}
	slices.SortFunc(p.Areas, func(a, b htmlAreaRow) int { return cmp.Or(cmp.Compare(b.Total, a.Total), cmp.Compare(a.Area, b.Area)) })
	if len(run.Reports) > 1 {
		for _, a := range p.Areas {
			p.MarketAreas = append(p.MarketAreas, a.Area)
		}
		seen := map[string]bool{}
		for _, rep := range run.Reports {
			name := declName(rep)
			if seen[name] {
				continue
			}
			seen[name] = true
			row := htmlMarketRow{Name: name}
			for _, a := range p.MarketAreas {
				row.Counts = append(row.Counts, market[name][a])
				row.Total += market[name][a]
			}
			p.Market = append(p.Market, row)
		}
	}
	return htmlTemplate.Execute(w, p)
}

// lineCache reads each declaration file once, for the excerpts around its
// findings. Only regular files, and at most the first 8 MiB, are read: a
// report never blocks on a special file or reads more than a check would.
type lineCache map[string][]string

func newLineCache() lineCache { return lineCache{} }

func (c lineCache) excerpt(file string, at policy.Position, around int) []htmlLine {
	if file == "" || at.Line == 0 {
		return nil
	}
	lines, ok := c[file]
	if !ok {
		lines = readLines(file, 8<<20)
		c[file] = lines
	}
	if at.Line > len(lines) {
		return nil
	}
	var out []htmlLine
	for n := max(1, at.Line-around); n <= min(len(lines), at.Line+around); n++ {
		out = append(out, htmlLine{N: n, Text: lines[n-1], Hit: n == at.Line})
	}
	return out
}

func readLines(file string, limit int64) []string {
	st, err := os.Stat(file)
	if err != nil || !st.Mode().IsRegular() {
		return nil
	}
	f, err := os.Open(file)
	if err != nil {
		return nil
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(io.LimitReader(f, limit))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines
}
