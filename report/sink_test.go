package report_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/art22/checker/internal/golden"
	"github.com/art22/checker/policy"
	"github.com/art22/checker/report"
)

// sinkRun copies the run's settings, without its reports, for a Sink.
func sinkRun(run *report.Run) *report.Run {
	r := *run
	r.Reports = nil
	return &r
}

// TestSink writes the test run through a Sink, streaming (text and github)
// and holding (text, SARIF and HTML): nothing is in place before Publish,
// and then every file and standard output holds exactly what its format
// writes (the golden files), with mode 0644, and no spool is left.
func TestSink(t *testing.T) {
	run := testRun(t)
	for _, formats := range [][]string{{"text", "github"}, {"text", "sarif", "html"}} {
		dir := t.TempDir()
		dests := []report.Destination{{Format: formats[0]}}
		for _, f := range formats[1:] {
			dests = append(dests, report.Destination{Format: f, Path: filepath.Join(dir, goldens[f])})
		}
		if err := report.CheckDestinations(dests); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		sink, err := report.NewSink(sinkRun(run), &out, dests...)
		if err != nil {
			t.Fatal(err)
		}
		for _, rep := range run.Reports {
			if err := sink.Add(rep); err != nil {
				t.Fatal(err)
			}
		}
		for _, d := range dests[1:] {
			if _, err := os.Stat(d.Path); err == nil {
				t.Errorf("%v: %s written before Publish", formats, d.Path)
			}
		}
		if err := sink.Publish(); err != nil {
			t.Fatal(err)
		}
		sink.Close()
		golden.Check(t, "report/testdata/"+goldens[formats[0]], out.Bytes())
		for _, d := range dests[1:] {
			b, err := os.ReadFile(d.Path)
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, "report/testdata/"+goldens[d.Format], b)
			if fi, _ := os.Stat(d.Path); fi.Mode().Perm() != 0o644 {
				t.Errorf("%s: mode %v", d.Path, fi.Mode().Perm())
			}
		}
		if left, _ := filepath.Glob(filepath.Join(dir, ".art22-report-*")); len(left) != 0 {
			t.Errorf("%v: spools left: %v", formats, left)
		}
	}
}

// TestSinkClosedUnpublished: a run that stops before Publish leaves no
// report and no spool, streaming or not.
func TestSinkClosedUnpublished(t *testing.T) {
	run := testRun(t)
	for _, format := range []string{"github", "sarif"} {
		dir := t.TempDir()
		var out bytes.Buffer
		sink, err := report.NewSink(sinkRun(run), &out, report.Destination{Format: format, Path: filepath.Join(dir, "r")}, report.Destination{Format: "text"})
		if err != nil {
			t.Fatal(err)
		}
		for _, rep := range run.Reports {
			sink.Add(rep)
		}
		sink.Close()
		if left, _ := os.ReadDir(dir); len(left) != 0 || out.Len() != 0 {
			t.Errorf("%s: left %v, wrote %q", format, left, out.String())
		}
	}
}

// TestDestinations checks the destinations before anything is judged.
func TestDestinations(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "r.sarif")
	os.WriteFile(file, nil, 0o644)
	link := filepath.Join(dir, "link.sarif")
	os.Symlink(file, link)
	dests := []report.Destination{{Format: "sarif", Path: link}, {Format: "text"}}
	if err := report.CheckDestinations(dests); err != nil || dests[0].Path != file {
		t.Errorf("symlink: %v, path %s", err, dests[0].Path)
	}
	for _, tc := range []struct {
		dests []report.Destination
		want  string
	}{
		{[]report.Destination{{Format: "json", Path: filepath.Join(dir, "no/r.json")}}, "json=" + filepath.Join(dir, "no/r.json") + ": no such directory"},
		{[]report.Destination{{Format: "json", Path: dir}}, "exists and is not a regular file"},
		{[]report.Destination{{Format: "json", Path: file}, {Format: "sarif", Path: link}}, "the json report is written there too"},
		{[]report.Destination{{Format: "json", Path: filepath.Join(dir, "dangling")}}, ""},
	} {
		err := report.CheckDestinations(tc.dests)
		if (tc.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("%v: %v, want %q", tc.dests, err, tc.want)
		}
	}
	if d, err := report.ParseDestination("sarif=out.sarif"); err != nil || d.Format != "sarif" || d.Path != "out.sarif" {
		t.Errorf("sarif=out.sarif: %+v, %v", d, err)
	}
	if d, err := report.ParseDestination("text"); err != nil || d.Format != "text" || d.Path != "" {
		t.Errorf("text: %+v, %v", d, err)
	}
	if _, err := report.ParseDestination("xml=x"); err == nil || !strings.Contains(err.Error(), `"xml": unknown format; formats: `) {
		t.Errorf("xml: %v", err)
	}
}

// TestReadBaseline reads a JSON report back as a baseline: every finding
// of the run is in it and dropped, counted, none fixed; a file that is not
// a JSON report is refused, naming the file.
func TestReadBaseline(t *testing.T) {
	run := testRun(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "base.json")
	if err := os.WriteFile(path, render(t, "json", run), 0o644); err != nil {
		t.Fatal(err)
	}
	base, err := report.ReadBaseline(path)
	if err != nil {
		t.Fatal(err)
	}
	total, hidden := 0, 0
	for _, rep := range run.Reports {
		total += len(rep.Findings)
		hidden += base.Drop(rep)
		if len(rep.Findings) != 0 {
			t.Errorf("%s: %d findings left", rep.File, len(rep.Findings))
		}
	}
	if total == 0 || hidden != total || len(base.Fixed()) != 0 {
		t.Errorf("dropped %d of %d findings, %d fixed", hidden, total, len(base.Fixed()))
	}
	other, _ := json.Marshal(map[string]any{"version": "other/v9"})
	for _, content := range []string{"not json", string(other)} {
		os.WriteFile(path, []byte(content), 0o644)
		if _, err := report.ReadBaseline(path); err == nil || !strings.HasPrefix(err.Error(), path+": ") {
			t.Errorf("%q: %v", content, err)
		}
	}
	var perrs policy.Errors
	if _, err := report.ReadBaseline(filepath.Join(dir, "none.json")); !errors.As(err, &perrs) {
		t.Errorf("a baseline that does not exist: %v", err)
	}
}
