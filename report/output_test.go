package report_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/art22/checker"
	"github.com/art22/checker/internal/golden"
	"github.com/art22/checker/policy"
	"github.com/art22/checker/report"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

// testRun checks, as of 2026-11-01, the TM example, the waivers test
// declaration (waived, expired, expiring and stale waivers) and the AI
// pricing example (upcoming findings), from the repository root.
func testRun(t *testing.T) *report.Run {
	t.Helper()
	t.Chdir("..")
	c, err := checker.New(checker.WithAsOf(time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	run := &report.Run{Version: "v1.0.0-test", AsOf: c.AsOf(), Rules: c.Rules(), FailOn: checker.Advice}
	for _, file := range []string{"examples/tm/declaration.yaml", "testdata/waivers/declaration.yaml", "examples/ai-pricing/declaration.yaml"} {
		decls, err := policy.LoadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range decls {
			rep, err := c.Check(context.Background(), d)
			if err != nil {
				t.Fatal(err)
			}
			run.Reports = append(run.Reports, rep)
		}
	}
	return run
}

var goldens = map[string]string{
	"text": "report.txt", "json": "report.json", "sarif": "report.sarif",
	"junit": "report.xml", "github": "report.github", "markdown": "report.md", "html": "report.html",
	"codequality": "report.codequality.json",
}

func render(t *testing.T, name string, run *report.Run) []byte {
	t.Helper()
	f, err := report.New(name, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Format(&b, run); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestFormats compares every format with its golden file, and checks what
// each format's consumers check.
func TestFormats(t *testing.T) {
	run := testRun(t)
	for _, name := range report.Names() {
		t.Run(name, func(t *testing.T) {
			got := render(t, name, run)
			golden.Check(t, "report/testdata/"+goldens[name], got)
			switch name {
			case "sarif":
				rep, err := sarif.FromBytes(got)
				if err != nil {
					t.Fatal(err)
				}
				if err := rep.Validate(); err != nil {
					t.Fatalf("SARIF does not validate against the 2.1.0 schema: %v", err)
				}
				if n := len(rep.Runs[0].Tool.Driver.Rules); n != len(run.Rules) {
					t.Errorf("%d rule descriptors, want %d", n, len(run.Rules))
				}
			case "junit":
				var v any
				if err := xml.Unmarshal(got, &v); err != nil {
					t.Fatalf("JUnit XML does not parse: %v", err)
				}
			}
		})
	}
}

// TestDeterministic: the same input gives byte-identical output in every
// format, whatever GOMAXPROCS.
func TestDeterministic(t *testing.T) {
	first := map[string][]byte{}
	run := testRun(t)
	for _, name := range report.Names() {
		first[name] = render(t, name, run)
	}
	for _, procs := range []int{1, 4} {
		prev := runtime.GOMAXPROCS(procs)
		t.Chdir(mustGetwd(t) + "/report") // testRun changes to the root again
		again := testRun(t)
		for _, name := range report.Names() {
			if got := render(t, name, again); !bytes.Equal(got, first[name]) {
				t.Errorf("%s output differs with GOMAXPROCS=%d", name, procs)
			}
		}
		runtime.GOMAXPROCS(prev)
	}
}

func mustGetwd(t *testing.T) string {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return wd
}

// TestStreaming checks that the formats that stream write, report by
// report, the same bytes as their Format, and that the others do not claim
// to stream.
func TestStreaming(t *testing.T) {
	run := testRun(t)
	streamers := map[string]bool{}
	for _, name := range report.Names() {
		f, err := report.New(name, report.Options{})
		if err != nil {
			t.Fatal(err)
		}
		s, ok := f.(report.Streamer)
		if !ok {
			continue
		}
		streamers[name] = true
		var b bytes.Buffer
		var tally report.Tally
		for _, rep := range run.Reports {
			if err := s.WriteReport(&b, rep); err != nil {
				t.Fatal(err)
			}
			tally.Add(rep)
		}
		head := *run
		head.Reports = nil
		if err := s.WriteSummary(&b, &head, tally.Summary(run.BaselineHidden)); err != nil {
			t.Fatal(err)
		}
		if want := render(t, name, run); !bytes.Equal(b.Bytes(), want) {
			t.Errorf("%s: streamed output differs from Format:\n%s\nwant:\n%s", name, b.Bytes(), want)
		}
	}
	if !streamers["text"] || !streamers["github"] {
		t.Errorf("text and github must stream; streaming formats: %v", streamers)
	}
}
