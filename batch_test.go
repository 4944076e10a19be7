package checker_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/art22/checker"
	"github.com/art22/checker/policy"
)

// TestFindFiles checks the path walk: files as named, directories searched
// for *.yaml and *.yml (sorted, hidden directories skipped), each file
// once, and what a directory found holds is not judged by its name.
func TestFindFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.yaml", "a.YML", "notes.txt", ".hidden/c.yaml", "sub/d.yml", ".art22.yaml", "sub/.art22.yml"} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	named := filepath.Join(dir, "notes.txt")
	files, err := checker.FindFiles(context.Background(), []string{named, dir, filepath.Join(dir, "b.yaml")})
	if err != nil {
		t.Fatal(err)
	}
	want := []checker.File{{Path: named}, {Path: filepath.Join(dir, "a.YML"), Found: true}, {Path: filepath.Join(dir, "b.yaml"), Found: true}, {Path: filepath.Join(dir, "sub/d.yml"), Found: true}}
	if !reflect.DeepEqual(files, want) {
		t.Errorf("got %v, want %v", files, want)
	}
	for path, msg := range map[string]string{
		filepath.Join(dir, "none.yaml"): "no such file or directory",
		filepath.Join(dir, ".hidden"):   "", // named, a hidden directory is searched
		t.TempDir():                     "directory holds no *.yaml or *.yml file",
	} {
		_, err := checker.FindFiles(context.Background(), []string{path})
		if (msg == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), msg)) {
			t.Errorf("%s: error %v, want %q", path, err, msg)
		}
	}
}

// collect runs CheckFiles and returns the reports' files and documents,
// and the errors, in the order they came.
func collect(t *testing.T, c *checker.Checker, files []checker.File, opts ...checker.CheckOption) (reps []string, errs []error) {
	t.Helper()
	for rep, err := range c.CheckFiles(context.Background(), files, opts...) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		reps = append(reps, fmt.Sprintf("%s#%d:%d", rep.File, rep.Document, len(rep.Findings)))
	}
	return reps, errs
}

// TestCheckFilesOrder checks that the reports come in the order of the
// files, the same as CheckFile one file at a time, whatever the number of
// workers, and that expected-findings files found in a directory are
// left out, each with a skipped FileError.
func TestCheckFilesOrder(t *testing.T) {
	c, err := checker.New(checker.WithAsOf(asOf))
	if err != nil {
		t.Fatal(err)
	}
	files, err := checker.FindFiles(context.Background(), []string{"examples/tm", "examples/reference", "examples/insurer-b"})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	skipped := 0
	for _, f := range files {
		reps, err := c.CheckFile(context.Background(), f.Path)
		if err != nil {
			skipped++
			continue
		}
		for _, rep := range reps {
			want = append(want, fmt.Sprintf("%s#%d:%d", rep.File, rep.Document, len(rep.Findings)))
		}
	}
	if len(want) < 3 || skipped < 3 {
		t.Fatalf("reports %v, %d files left out", want, skipped)
	}
	for _, jobs := range []int{1, 3, 8} {
		var progress []int
		got, errs := collect(t, c, files, checker.Jobs(jobs), checker.Progress(func(done, total int) {
			if total != len(files) {
				t.Errorf("total %d", total)
			}
			progress = append(progress, done)
		}))
		if !reflect.DeepEqual(got, want) || len(errs) != skipped || len(progress) != len(files) || progress[len(progress)-1] != len(files) {
			t.Errorf("jobs %d: reports %v, want %v; %d errors; progress %v", jobs, got, want, len(errs), progress)
		}
		for _, err := range errs {
			var fe *checker.FileError
			if !errors.As(err, &fe) || !fe.Skipped || !strings.HasSuffix(fe.File, ".expected.yaml") {
				t.Errorf("jobs %d: %v", jobs, err)
			}
		}
	}
	if _, errs := collect(t, c, files, checker.Jobs(0)); len(errs) != 1 {
		t.Errorf("Jobs(0): %v", errs)
	}
}

// TestCheckFilesFailClosed puts a file that does not load between good
// ones: every file's errors come, in order; without FailClosed the other
// files are judged, with it nothing after the bad file is, and with
// ValidateOnly nothing at all.
func TestCheckFilesFailClosed(t *testing.T) {
	c, err := checker.New(checker.WithAsOf(asOf))
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(bad, []byte("apiVersion: art22/v1\nnope: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	files := []checker.File{{Path: "examples/tm/declaration.yaml"}, {Path: bad}, {Path: "examples/reference/declaration.yaml"}, {Path: bad}}
	for _, tc := range []struct {
		name  string
		opts  []checker.CheckOption
		nreps int
	}{
		{"open", nil, 2},
		{"fail closed", []checker.CheckOption{checker.FailClosed()}, 1},
		{"validate only", []checker.CheckOption{checker.ValidateOnly()}, 0},
	} {
		reps, errs := collect(t, c, files, tc.opts...)
		if len(reps) != tc.nreps || len(errs) != 2 {
			t.Errorf("%s: reports %v, errors %v", tc.name, reps, errs)
		}
		// On two workers the file before the bad one may be stopped too.
		reps2, errs2 := collect(t, c, files, append(tc.opts, checker.Jobs(2))...)
		if len(reps2) > tc.nreps || (tc.opts == nil && len(reps2) != tc.nreps) || len(errs2) != 2 {
			t.Errorf("%s, 2 workers: reports %v, errors %v", tc.name, reps2, errs2)
		}
		errs = append(errs, errs2...)
		for _, err := range errs {
			var fe *checker.FileError
			var perrs policy.Errors
			if !errors.As(err, &fe) || fe.File != bad || fe.Stage != checker.StageLoading || fe.Skipped || !errors.As(err, &perrs) || !strings.Contains(err.Error(), `unknown field "nope"`) {
				t.Errorf("%s: %T %v", tc.name, err, err)
			}
		}
	}
}

// TestCheckFilesFailure fails the batch on its second file (a rule that
// fails to evaluate): the error comes as a *FileError holding the
// *EvalError, and nothing after it. The first file's report comes before
// it with one worker; with two, its check may have been stopped by the
// failure.
func TestCheckFilesFailure(t *testing.T) {
	ref, err := os.ReadFile("examples/reference/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	// The builtin-error pack calls to_number on the controller's name.
	numbered := strings.Replace(string(ref), "name: Exemplar Life Assurance DAC", "name: \"123\"", 1)
	a, b := filepath.Join(dir, "a.yaml"), filepath.Join(dir, "b.yaml")
	os.WriteFile(a, []byte(numbered), 0o644)
	os.WriteFile(b, ref, 0o644)
	os.CopyFS(filepath.Join(dir, "texts"), os.DirFS("examples/reference/texts"))
	c, err := checker.New(checker.WithAsOf(asOf), checker.WithRulePack("testdata/failing-packs/builtin-error"))
	if err != nil {
		t.Fatal(err)
	}
	for _, jobs := range []int{1, 2} {
		reps, errs := collect(t, c, []checker.File{{Path: a}, {Path: b}, {Path: a}}, checker.Jobs(jobs))
		var fe *checker.FileError
		var ee *checker.EvalError
		if len(reps) > 1 || (jobs == 1 && len(reps) != 1) || len(errs) != 1 || !errors.As(errs[0], &fe) || fe.File != b || fe.Stage != checker.StageChecking || !errors.As(errs[0], &ee) || ee.RuleID != "FAIL-BUILTIN-ERROR" {
			t.Errorf("jobs %d: reports %v, errors %v", jobs, reps, errs)
		}
	}
}

// TestCheckFilesWaivers checks the Waivers option: a waivers file's
// waivers apply to the declarations they name, in Check as in CheckFiles.
func TestCheckFilesWaivers(t *testing.T) {
	c, err := checker.New(checker.WithAsOf(asOf))
	if err != nil {
		t.Fatal(err)
	}
	wf, err := policy.LoadWaiverFile("testdata/waivers/waivers.yaml")
	if err != nil {
		t.Fatal(err)
	}
	count := func(reps []*checker.Report) int {
		n := 0
		for _, rep := range reps {
			for _, f := range rep.Findings {
				if f.Status == checker.Waived {
					n++
				}
			}
		}
		return n
	}
	without, err := c.CheckFile(context.Background(), "testdata/waivers/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	with, err := c.CheckFile(context.Background(), "testdata/waivers/declaration.yaml", checker.Waivers(wf))
	if err != nil {
		t.Fatal(err)
	}
	var batch []*checker.Report
	for rep, err := range c.CheckFiles(context.Background(), []checker.File{{Path: "testdata/waivers/declaration.yaml"}}, checker.Waivers(wf)) {
		if err != nil {
			t.Fatal(err)
		}
		batch = append(batch, rep)
	}
	if count(with) <= count(without) || count(batch) != count(with) {
		t.Errorf("waived: %d without the waivers file, %d with it, %d in a batch", count(without), count(with), count(batch))
	}
}

// Check the declarations of a directory, in order, on four workers.
// A directory's expected-findings files are left out.
func ExampleChecker_CheckFiles() {
	c, err := checker.New(checker.WithAsOf(asOf))
	if err != nil {
		fmt.Println(err)
		return
	}
	files, err := checker.FindFiles(context.Background(), []string{"examples/tm", "examples/reference"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for rep, err := range c.CheckFiles(context.Background(), files, checker.Jobs(4)) {
		var fe *checker.FileError
		switch {
		case errors.As(err, &fe) && fe.Skipped:
			fmt.Println("left out:", fe.File)
		case err != nil:
			fmt.Println(err)
			return
		default:
			fmt.Printf("%s: %d violations\n", rep.File, rep.Count(checker.Violation))
		}
	}
	// Output:
	// left out: examples/tm/declaration.expected.yaml
	// examples/tm/declaration.yaml: 2 violations
	// left out: examples/reference/declaration.expected.yaml
	// examples/reference/declaration.yaml: 0 violations
}

// TestLoadWaiverFile checks that a waivers file that does not load, and
// one whose waivers expire past the horizon, are FileErrors of their
// stage holding policy.Errors.
func TestLoadWaiverFile(t *testing.T) {
	c, err := checker.New(checker.WithAsOf(asOf))
	if err != nil {
		t.Fatal(err)
	}
	if wf, err := c.LoadWaiverFile(context.Background(), "testdata/waivers/waivers.yaml"); err != nil || wf == nil {
		t.Fatalf("%v", err)
	}
	bad, _ := filepath.Glob("testdata/bad-waivers/*.yaml")
	for _, path := range bad {
		_, err := c.LoadWaiverFile(context.Background(), path)
		var fe *checker.FileError
		stage := checker.StageLoading
		if filepath.Base(path) == "horizon.yaml" { // loads, but expires past the horizon
			stage = checker.StageValidating
		}
		if !errors.As(err, &fe) || fe.Stage != stage || !fe.Input() || fe.File != path {
			t.Errorf("%s: %T %v", path, err, err)
		}
	}
	strict, err := checker.New(checker.WithAsOf(asOf), checker.WithMaxWaiverDays(0))
	if err != nil {
		t.Fatal(err)
	}
	_, err = strict.LoadWaiverFile(context.Background(), "testdata/waivers/waivers.yaml")
	var fe *checker.FileError
	if !errors.As(err, &fe) || fe.Stage != checker.StageValidating || !fe.Input() {
		t.Errorf("past the horizon: %T %v", err, err)
	}
}

// TestCheckFilesBreak stops reading after the first report: the workers
// end, and no goroutine is left behind.
func TestCheckFilesBreak(t *testing.T) {
	c, err := checker.New(checker.WithAsOf(asOf))
	if err != nil {
		t.Fatal(err)
	}
	before := runtime.NumGoroutine()
	files := slices.Repeat([]checker.File{{Path: "examples/reference/declaration.yaml"}}, 20)
	n := 0
	for _, err := range c.CheckFiles(context.Background(), files, checker.Jobs(4)) {
		if err != nil {
			t.Fatal(err)
		}
		if n++; n == 2 {
			break
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("%d goroutines before, %d after breaking out", before, after)
	}
}
