package cli

import (
	"encoding/json"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/art22/checker/internal/engine"
)

// TestSandboxedPacks runs art22 check with each rule pack of
// testdata/failing-packs that the sandbox refuses or stops: exit code 2, no
// report, and on standard error exactly the pack's expected-stderr (which
// names the builtin and its file:line, or the limit passed).
func TestSandboxedPacks(t *testing.T) {
	chdirRoot(t)
	for _, tc := range []struct {
		pack string
		args []string
	}{
		{"schema-file-ref", nil},
		{"schema-annotation-file-ref", nil},
		{"render-template", nil},
		{"named-time-zone", nil},
		{"sprintf-huge", nil},
		{"range-huge", nil},
		{"shared-value", nil},
		{"manifest-dev-zero", nil},
		{"symlink-escape", nil},
		{"malformed-findings", nil},
		{"stuck-builtin", []string{"--timeout", "200ms"}},
		{"memory-hog", []string{"--max-memory", "268435456"}},
	} {
		t.Run(tc.pack, func(t *testing.T) {
			dir := "testdata/failing-packs/" + tc.pack
			want, err := os.ReadFile(dir + "/expected-stderr")
			if err != nil {
				t.Fatal(err)
			}
			args := append([]string{"check", "--rules", dir}, tc.args...)
			code, out, errs := run(t, append(args, "examples/tm/declaration.yaml")...)
			pattern := "^" + strings.ReplaceAll(regexp.QuoteMeta(string(want)), "<n>", `\d+`) + "$"
			if code != ExitError || out != "" || !regexp.MustCompile(pattern).MatchString(errs) {
				t.Errorf("exit %d, stdout %q\nstderr: %s\nwant exit 2, no report, and: %s", code, out, errs, want)
			}
		})
	}
	code, _, errs := run(t, "check", "--rules", "/nonexistent/pack", "examples/tm/declaration.yaml")
	if want := "art22: --rules /nonexistent/pack: no such directory\n"; code != ExitError || errs != want {
		t.Errorf("--rules /nonexistent/pack: exit %d, stderr %q; want %q", code, errs, want)
	}
}

// TestLocalTimeIsUTC runs art22 check with a pack that reads times in the
// "Local" zone, in processes with TZ=UTC and TZ=Asia/Tokyo: the reports
// are the same, and in UTC.
func TestLocalTimeIsUTC(t *testing.T) {
	if os.Getenv("ART22_TEST_MAIN") != "" {
		var args []string
		json.Unmarshal([]byte(os.Getenv("ART22_TEST_MAIN")), &args)
		os.Exit(Main(args, os.Stdout, os.Stderr))
	}
	chdirRoot(t)
	args, _ := json.Marshal([]string{"check", "--as-of", "2026-11-01", "--rules", "testdata/sandbox-packs/local-time", "--format", "json", "examples/reference/declaration.yaml"})
	outputs := map[string]string{}
	for _, tz := range []string{"UTC", "Asia/Tokyo", "America/Los_Angeles"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestLocalTimeIsUTC$")
		cmd.Env = append(os.Environ(), "TZ="+tz, "ART22_TEST_MAIN="+string(args))
		out, err := cmd.Output()
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != ExitFindings {
			t.Fatalf("TZ=%s: %v\n%s", tz, err, out)
		}
		outputs[tz] = string(out)
	}
	if outputs["UTC"] != outputs["Asia/Tokyo"] || outputs["UTC"] != outputs["America/Los_Angeles"] {
		t.Errorf("the reports depend on TZ:\nUTC: %s\nAsia/Tokyo: %s\nAmerica/Los_Angeles: %s", outputs["UTC"], outputs["Asia/Tokyo"], outputs["America/Los_Angeles"])
	}
	for _, want := range []string{
		`"message": "2026-11-01 23:30 UTC is a Sunday"`,
		`"clock [23, 30, 0], date [2026, 11, 1]"`,
		`"a month later: 2026-12-01"`,
		`"since 09:00 JST: [0, 0, 0, 14, 30, 0]"`,
	} {
		if !strings.Contains(outputs["UTC"], want) {
			t.Errorf("the report lacks %s:\n%s", want, outputs["UTC"])
		}
	}
}

// TestTerminatedWhileStuck sends SIGTERM to art22 check while a rule is in
// a builtin call that runs for seconds (testdata/failing-packs/stuck-builtin,
// no time budget): it exits 2 within the grace Eval gives the call, not
// when the call ends.
func TestTerminatedWhileStuck(t *testing.T) {
	if os.Getenv("ART22_TEST_MAIN") != "" {
		var args []string
		json.Unmarshal([]byte(os.Getenv("ART22_TEST_MAIN")), &args)
		os.Exit(Main(args, os.Stdout, os.Stderr))
	}
	chdirRoot(t)
	args, _ := json.Marshal([]string{"check", "--timeout", "0", "--rules", "testdata/failing-packs/stuck-builtin", "examples/tm/declaration.yaml"})
	cmd := exec.Command(os.Args[0], "-test.run=^TestTerminatedWhileStuck$")
	cmd.Env = append(os.Environ(), "ART22_TEST_MAIN="+string(args))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Loading and compiling take a few hundred milliseconds; the last call
	// runs from about 0.8 s to 2.8 s after that.
	time.Sleep(1800 * time.Millisecond)
	start := time.Now()
	cmd.Process.Signal(syscall.SIGTERM)
	err := cmd.Wait()
	elapsed := time.Since(start)
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != ExitError {
		t.Fatalf("exit: %v, stderr %q; want exit 2", err, stderr.String())
	}
	t.Logf("exited %s after SIGTERM", elapsed)
	if elapsed > engine.StopGrace+2*time.Second {
		t.Errorf("exited %s after SIGTERM; the grace is %s", elapsed, engine.StopGrace)
	}
	if !strings.Contains(stderr.String(), "terminated signal received") {
		t.Errorf("stderr %q does not say the run was terminated", stderr.String())
	}
}
