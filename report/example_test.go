package report_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"time"

	"github.com/art22/checker"
	"github.com/art22/checker/report"
)

// Check a declaration with a Checker and write its report as SARIF and
// HTML files, as art22 check --format sarif=... --format html=... does:
// both files appear together, only once every report is written.
func Example() {
	c, err := checker.New(checker.WithAsOf(time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		fmt.Println(err)
		return
	}
	dir, err := os.MkdirTemp("", "art22-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	dests := []report.Destination{
		{Format: "sarif", Path: filepath.Join(dir, "art22.sarif")},
		{Format: "html", Path: filepath.Join(dir, "art22.html")},
	}
	if err := report.CheckDestinations(dests); err != nil {
		fmt.Println(err)
		return
	}
	run := &report.Run{Version: "v1.0.0", AsOf: c.AsOf(), Rules: c.Rules(), FailOn: checker.Advice}
	sink, err := report.NewSink(run, os.Stdout, dests...)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer sink.Close()
	reps, err := c.CheckFile(context.Background(), "../examples/tm/declaration.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, rep := range reps {
		if err := sink.Add(rep); err != nil {
			fmt.Println(err)
			return
		}
	}
	if err := sink.Publish(); err != nil {
		fmt.Println(err)
		return
	}

	b, _ := os.ReadFile(dests[0].Path)
	var sarif struct {
		Version string
		Runs    []struct{ Results []struct{ RuleID string } }
	}
	if err := json.Unmarshal(b, &sarif); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("SARIF", sarif.Version, "first result:", sarif.Runs[0].Results[0].RuleID)
	b, _ = os.ReadFile(dests[1].Path)
	fmt.Printf("HTML %s\n", regexp.MustCompile(`<title>[^<]*</title>`).Find(b))
	// Output:
	// SARIF 2.1.0 first result: ART5-1A-FACTOR-NOT-DISCLOSED
	// HTML <title>art22 report, as of 2026-11-01</title>
}

// A baseline is a previous JSON report: checked again, the findings
// already in it are left out, and counted.
func ExampleReadBaseline() {
	c, err := checker.New(checker.WithAsOf(time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		fmt.Println(err)
		return
	}
	reps, err := c.CheckFile(context.Background(), "../examples/tm/declaration.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	f, err := os.CreateTemp("", "art22-baseline-*.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(f.Name())
	json, _ := report.New("json", report.Options{})
	if err := json.Format(f, &report.Run{Version: "v1.0.0", AsOf: c.AsOf(), Rules: c.Rules(), Reports: reps}); err != nil {
		fmt.Println(err)
		return
	}
	f.Close()

	base, err := report.ReadBaseline(f.Name())
	if err != nil {
		fmt.Println(err)
		return
	}
	again, _ := c.CheckFile(context.Background(), "../examples/tm/declaration.yaml")
	before := len(again[0].Findings)
	hidden := base.Drop(again[0])
	fmt.Printf("every finding in the baseline: %t; new: %d\n", before > 0 && hidden == before, len(again[0].Findings))
	// Output:
	// every finding in the baseline: true; new: 0
}
