package report

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/art22/checker"
)

// DiffEntry is a finding of one run compared with another, with the
// declaration it is about.
type DiffEntry struct {
	// File and Document name the declaration, as its report does.
	File     string `json:"file"`
	Document int    `json:"document"`
	checker.Finding
}

// DiffResult compares the findings of two runs. Findings are the same when
// they have the same rule id, declaration file, document, JSON path and
// message, wherever they are in the file: a line added above a finding
// does not make it new.
type DiffResult struct {
	// New are the findings of the new run that the old one did not have.
	New []DiffEntry `json:"new"`
	// Fixed are the findings of the old run that the new one no longer has.
	Fixed []DiffEntry `json:"fixed"`
	// Unchanged are the findings of the new run that the old one had too
	// (at their new location).
	Unchanged []DiffEntry `json:"unchanged"`
}

// NewOpen counts the new findings that are open: those that count
// towards an exit code.
func (d *DiffResult) NewOpen() int {
	n := 0
	for _, e := range d.New {
		if e.Status == checker.Open {
			n++
		}
	}
	return n
}

// diffKey is what makes two findings the same across runs; it holds what
// checker.Finding.Fingerprint hashes.
func diffKey(file string, document int, f *checker.Finding) string {
	return fmt.Sprintf("%s\x00%s\x00%d\x00%s\x00%s", f.RuleID, filepath.ToSlash(filepath.Clean(file)), document, f.Path, f.Message)
}

// Baseline holds the findings of a previous run, so that a run leaves out
// those it finds again and lists those it no longer finds. A finding
// reported twice in the baseline covers two findings of the new run.
type Baseline struct {
	byKey map[string][]DiffEntry
	keys  []string // in the baseline's order
}

// NewBaseline holds the findings of reports.
func NewBaseline(reports []*checker.Report) *Baseline {
	b := &Baseline{byKey: map[string][]DiffEntry{}}
	for _, rep := range reports {
		for _, f := range rep.Findings {
			k := diffKey(rep.File, rep.Document, &f)
			if len(b.byKey[k]) == 0 {
				b.keys = append(b.keys, k)
			}
			b.byKey[k] = append(b.byKey[k], DiffEntry{File: rep.File, Document: rep.Document, Finding: f})
		}
	}
	return b
}

// Split divides a report's findings into those the baseline has (each
// baseline finding matches one finding at most, and is then used up) and
// the others.
func (b *Baseline) Split(rep *checker.Report) (fresh, seen []checker.Finding) {
	for _, f := range rep.Findings {
		k := diffKey(rep.File, rep.Document, &f)
		if l := b.byKey[k]; len(l) > 0 {
			b.byKey[k] = l[1:]
			seen = append(seen, f)
			continue
		}
		fresh = append(fresh, f)
	}
	return fresh, seen
}

// Drop removes from a report the findings the baseline has, returning how
// many it removed.
func (b *Baseline) Drop(rep *checker.Report) int {
	fresh, seen := b.Split(rep)
	if fresh == nil {
		fresh = []checker.Finding{}
	}
	rep.Findings = fresh
	return len(seen)
}

// Fixed lists the baseline's findings that Split and Drop have not
// matched: those the run no longer reports, sorted by file, document,
// line, rule and path.
func (b *Baseline) Fixed() []DiffEntry {
	var out []DiffEntry
	for _, k := range b.keys {
		out = append(out, b.byKey[k]...)
	}
	sortEntries(out)
	return out
}

func sortEntries(es []DiffEntry) {
	slices.SortStableFunc(es, func(a, b DiffEntry) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Document, b.Document),
			cmp.Compare(a.Location.Line, b.Location.Line),
			cmp.Compare(a.Location.Column, b.Location.Column),
			cmp.Compare(a.RuleID, b.RuleID),
			cmp.Compare(a.Path, b.Path),
			cmp.Compare(a.Message, b.Message),
		)
	})
}

// Diff compares the findings of an old run with a new one's.
func Diff(old, new []*checker.Report) *DiffResult {
	b := NewBaseline(old)
	d := &DiffResult{New: []DiffEntry{}, Unchanged: []DiffEntry{}}
	for _, rep := range new {
		fresh, seen := b.Split(rep)
		for _, f := range fresh {
			d.New = append(d.New, DiffEntry{File: rep.File, Document: rep.Document, Finding: f})
		}
		for _, f := range seen {
			d.Unchanged = append(d.Unchanged, DiffEntry{File: rep.File, Document: rep.Document, Finding: f})
		}
	}
	d.Fixed = b.Fixed()
	if d.Fixed == nil {
		d.Fixed = []DiffEntry{}
	}
	sortEntries(d.New)
	sortEntries(d.Unchanged)
	return d
}

// ReadJSON reads the reports of a JSON report (art22 check --format json,
// format art22.report/v1).
func ReadJSON(r io.Reader) ([]*checker.Report, error) {
	var doc struct {
		Version *string           `json:"version"`
		Reports []*checker.Report `json:"reports"`
	}
	dec := json.NewDecoder(r)
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("not a JSON report: %v", err)
	}
	if doc.Version == nil || *doc.Version != JSONVersion {
		v := ""
		if doc.Version != nil {
			v = *doc.Version
		}
		return nil, fmt.Errorf("version %q, want a %s report (art22 check --format json)", v, JSONVersion)
	}
	for i, rep := range doc.Reports {
		if rep == nil {
			return nil, fmt.Errorf("reports[%d] is null", i)
		}
		for j, f := range rep.Findings {
			if f.RuleID == "" {
				return nil, fmt.Errorf("reports[%d].findings[%d] has no rule", i, j)
			}
		}
	}
	return doc.Reports, nil
}

// DiffFormats are the formats WriteDiff writes.
var DiffFormats = []string{"text", "markdown", "json"}

// WriteDiff writes a diff in a format: text (one line per new and fixed
// finding, then the counts), markdown or json.
func WriteDiff(w io.Writer, format string, d *DiffResult) error {
	switch format {
	case "text":
		return diffText(w, d)
	case "markdown":
		return diffMarkdown(w, d)
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(jsonDiff{Version: DiffVersion, Summary: jsonDiffSummary{len(d.New), d.NewOpen(), len(d.Fixed), len(d.Unchanged)}, DiffResult: d})
	}
	return fmt.Errorf("unknown format %q; formats: %s", format, strings.Join(DiffFormats, ", "))
}

// DiffVersion names the JSON diff format.
const DiffVersion = "art22.diff/v1"

type jsonDiff struct {
	Version string          `json:"version"`
	Summary jsonDiffSummary `json:"summary"`
	*DiffResult
}

type jsonDiffSummary struct {
	New       int `json:"new"`
	NewOpen   int `json:"newOpen"`
	Fixed     int `json:"fixed"`
	Unchanged int `json:"unchanged"`
}

func diffText(w io.Writer, d *DiffResult) error {
	var b strings.Builder
	line := func(kind string, e DiffEntry) {
		status := string(e.Severity)
		if e.Status != checker.Open {
			status = string(e.Status) + " " + status
		}
		fmt.Fprintf(&b, "%s: %s %s %s: %s\n", e.Location, kind, status, esc(e.RuleID), esc(e.Message))
	}
	for _, e := range d.New {
		line("new", e)
	}
	for _, e := range d.Fixed {
		line("fixed", e)
	}
	b.WriteString(diffSummary(d) + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func diffSummary(d *DiffResult) string {
	return fmt.Sprintf("%s (%d open), %d fixed, %d unchanged",
		plural(len(d.New), "new finding", "new findings"), d.NewOpen(), len(d.Fixed), len(d.Unchanged))
}

func diffMarkdown(w io.Writer, d *DiffResult) error {
	var b strings.Builder
	b.WriteString("# art22 report diff\n\n")
	fmt.Fprintf(&b, "%s.\n\n", upperFirst(diffSummary(d)))
	b.WriteString("| | findings |\n| --- | --- |\n")
	fmt.Fprintf(&b, "| new | %d |\n| fixed | %d |\n| unchanged | %d |\n\n", len(d.New), len(d.Fixed), len(d.Unchanged))
	mdEntries(&b, "New findings", d.New)
	mdEntries(&b, "Fixed findings", d.Fixed)
	_, err := io.WriteString(w, b.String())
	return err
}

// mdEntries writes a table of findings under a heading, if there are any.
func mdEntries(b *strings.Builder, heading string, es []DiffEntry) {
	if len(es) == 0 {
		return
	}
	fmt.Fprintf(b, "## %s\n\n| location | rule | severity | status | message |\n| --- | --- | --- | --- | --- |\n", heading)
	for _, e := range es {
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", strings.ReplaceAll(mdCode(e.Location.String()), "|", "\\|"), mdCell(e.RuleID), e.Severity, e.Status, mdCell(e.Message))
	}
	b.WriteString("\n")
}
