package cli

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// bigText writes a declaration of about 8 MB: a disclosure of 2.5 million
// words and 20,000 claims whose quotes nearly match it (about 1.7 s to
// load and check on a 2-core machine).
func bigText(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString(minimalDecl)
	b.WriteString("disclosures:\n  - id: n\n    name: N\n    kind: privacy-notice\n    stage: before-collection\n    text: >-\n")
	for i := 0; i < 2_500_000; i += 20 {
		b.WriteString("      w w w w w w w w w w w w w w w w w w w w\n")
	}
	b.WriteString("    covers:\n")
	q := strings.Repeat("w ", 40) + "x"
	for i := range 20000 {
		fmt.Fprintf(&b, "      - topic: retention\n        quote: %s %d\n", q, i)
	}
	path := filepath.Join(dir, "bigtext.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// unknownKeys writes 8 MiB of unknown keys: parsing it takes seconds.
func unknownKeys(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString(minimalDecl)
	for i := 0; b.Len() < 8<<20-32; i++ {
		fmt.Fprintf(&b, "u%d: 1\n", i)
	}
	path := filepath.Join(dir, "unknown.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const minimalDecl = `apiVersion: art22/v1
controller: {name: Example, country: IS}
products: [{id: life, name: Life, line: life, countries: [IS]}]
dataCategories: [{id: smoking, name: Smoking, about: smoking, class: health}]
purposes: [{id: uw, name: Underwriting, type: underwriting, categories: [smoking]}]
`

// TestBudgetCoversEveryStage checks that --timeout bounds a run whose cost
// is in loading and checking quotes, not only in evaluating the rules: a
// 5 MB declaration with 3,000 claims once took 36 s with --timeout 1s.
func TestBudgetCoversEveryStage(t *testing.T) {
	if testing.Short() {
		t.Skip("5 MB file")
	}
	path := bigText(t, t.TempDir())
	start := time.Now()
	code, out, errs := run(t, "check", "--max-file-size", "16000000", "--timeout", "300ms", "--as-of", "2026-11-01", path)
	took := time.Since(start)
	if code != ExitError || out != "" || !strings.Contains(errs, "took longer than its time budget of 300ms (raise it with --timeout)") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if took > 8*time.Second {
		t.Errorf("took %v with --timeout 300ms", took)
	}
	// A budget too small to load the file stops the loading stage.
	code, _, errs = run(t, "check", "--max-file-size", "16000000", "--timeout", "1ms", path)
	if code != ExitError || !strings.Contains(errs, path+": loading took longer than its time budget of 1ms (raise it with --timeout)") {
		t.Errorf("--timeout 1ms: exit %d, stderr %q", code, errs)
	}
}

// TestSignalStopsEveryStage builds art22, starts it on inputs that keep
// each stage busy for seconds (parsing 8 MiB, checking 20,000 quotes and
// evaluating the rules on them) with no time budget, and sends SIGTERM:
// it must exit 2 within a second and a half, write no report and leave no
// spool behind. SIGTERM was ignored by every stage but the evaluation.
func TestSignalStopsEveryStage(t *testing.T) {
	if testing.Short() {
		t.Skip("builds art22")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "art22")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/art22").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	inputs := map[string]string{"load": unknownKeys(t, dir), "check": bigText(t, dir)}
	after := map[string]time.Duration{"load": 700 * time.Millisecond, "check": 800 * time.Millisecond}
	for stage, input := range inputs {
		for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
			t.Run(stage+"/"+sig.String(), func(t *testing.T) {
				outDir := t.TempDir()
				cmd := exec.Command(bin, "check", "--timeout", "0", "--max-file-size", "16000000", "--as-of", "2026-11-01",
					"--format", "text", "--format", "sarif="+filepath.Join(outDir, "r.sarif"), input)
				tmp := t.TempDir() // where the standard output spool goes
				cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
				var stdout, stderr bytes.Buffer
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				time.Sleep(after[stage])
				cmd.Process.Signal(sig)
				sent := time.Now()
				done := make(chan error, 1)
				go func() { done <- cmd.Wait() }()
				select {
				case <-done:
				case <-time.After(10 * time.Second):
					cmd.Process.Kill()
					t.Fatalf("still running 10 s after %v", sig)
				}
				if took := time.Since(sent); took > 1500*time.Millisecond {
					t.Errorf("exited %v after %v", took, sig)
				}
				if code := cmd.ProcessState.ExitCode(); code != ExitError || stdout.Len() != 0 {
					t.Errorf("exit %d, stdout %d bytes, stderr %q", code, stdout.Len(), stderr.String())
				}
				for _, d := range []string{outDir, tmp} {
					if left, _ := os.ReadDir(d); len(left) != 0 {
						t.Errorf("left behind: %v", left)
					}
				}
			})
		}
	}
}
