package report

import (
	"encoding/json"
	"io"

	"github.com/art22/checker"
)

// JSONVersion names the JSON report format; it changes only when the format
// changes incompatibly.
const JSONVersion = "art22.report/v1"

// JSON renders the run as one JSON document (format art22.report/v1,
// documented in docs/json-report.md).
type JSON struct{}

type jsonRun struct {
	Version string   `json:"version"`
	Tool    jsonTool `json:"tool"`
	AsOf    string   `json:"asOf"`
	FailOn  string   `json:"failOn"`
	Failed  bool     `json:"failed"`
	Summary Summary  `json:"summary"`
	// Skipped are the rules not evaluated (--only, --skip).
	Skipped []string          `json:"skipped"`
	Reports []*checker.Report `json:"reports"`
}

type jsonTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Catalog string `json:"catalog,omitempty"`
	OPA     string `json:"opa,omitempty"`
}

// Format implements Formatter.
func (JSON) Format(w io.Writer, run *Run) error {
	reports := run.Reports
	if reports == nil {
		reports = []*checker.Report{}
	}
	failOn := string(run.FailOn)
	if failOn == "" {
		failOn = "never"
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(jsonRun{
		Version: JSONVersion, Tool: jsonTool{Name: "art22", Version: run.Version, Catalog: run.Catalog, OPA: run.OPA},
		AsOf: run.AsOf, FailOn: failOn, Failed: run.Failed(), Summary: run.Summarize(), Skipped: append([]string{}, run.SkippedRules()...), Reports: reports,
	})
}
