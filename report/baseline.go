package report

import (
	"encoding/json"
	"fmt"

	"github.com/art22/checker"
	"github.com/art22/checker/policy"
)

// Baseline is the findings of a previous JSON report, by fingerprint: a
// run with a baseline reports only the findings that are not in it.
type Baseline map[string]bool

// MaxBaselineBytes is the largest baseline file read.
const MaxBaselineBytes = 256 << 20

// ReadBaseline reads the fingerprints of a previous JSON report (art22
// check --format json). Only a regular file is read. An error reading the
// file is policy.Errors; one in what it holds names the file.
func ReadBaseline(path string) (Baseline, error) {
	b, err := policy.ReadFile(path, MaxBaselineBytes)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Version string `json:"version"`
		Reports []struct {
			Findings []struct {
				Fingerprint string `json:"fingerprint"`
			} `json:"findings"`
		} `json:"reports"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%s: not a JSON report: %v", path, err)
	}
	if doc.Version != JSONVersion {
		return nil, fmt.Errorf("%s: version %q, want a %s report (art22 check --format json)", path, doc.Version, JSONVersion)
	}
	fps := Baseline{}
	for _, r := range doc.Reports {
		for _, f := range r.Findings {
			if f.Fingerprint == "" {
				return nil, fmt.Errorf("%s: a finding has no fingerprint", path)
			}
			fps[f.Fingerprint] = true
		}
	}
	return fps, nil
}

// Filter removes from rep the findings in the baseline, and returns how
// many it removed (add them to Run.BaselineHidden).
func (b Baseline) Filter(rep *checker.Report) int {
	kept := rep.Findings[:0]
	n := 0
	for _, f := range rep.Findings {
		if b[f.Fingerprint] {
			n++
			continue
		}
		kept = append(kept, f)
	}
	rep.Findings = kept
	return n
}
