package report

import (
	"bytes"
	"fmt"

	"github.com/art22/checker/policy"
)

// MaxBaselineBytes is the largest baseline file ReadBaseline reads.
const MaxBaselineBytes = 256 << 20

// ReadBaseline reads a previous JSON report (art22 check --format json) as
// a Baseline: a run with it leaves out the findings already in it (Drop)
// and lists those gone (Fixed). Only a regular file is read. An error
// reading the file is policy.Errors, at the file; one in what it holds
// names the file.
func ReadBaseline(path string) (*Baseline, error) {
	b, err := policy.ReadFile(path, MaxBaselineBytes)
	if err != nil {
		return nil, err
	}
	reports, err := ReadJSON(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return NewBaseline(reports), nil
}
