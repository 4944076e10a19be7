package checker_test

import (
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/art22/checker/internal/version"
)

// TestReleasePlatforms: make release builds linux, darwin and windows, each
// for amd64 and arm64.
func TestReleasePlatforms(t *testing.T) {
	mk, err := os.ReadFile("Makefile")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^PLATFORMS\s*:?=\s*(.*)$`).FindSubmatch(mk)
	if m == nil {
		t.Fatal("the Makefile sets no PLATFORMS")
	}
	got := strings.Fields(string(m[1]))
	slices.Sort(got)
	want := []string{"darwin/amd64", "darwin/arm64", "linux/amd64", "linux/arm64", "windows/amd64", "windows/arm64"}
	if !slices.Equal(got, want) {
		t.Errorf("PLATFORMS %v, want %v", got, want)
	}
}

// TestDockerfile: the image builds art22 statically with the release's
// version override, with the Go of go.mod, onto an empty base.
func TestDockerfile(t *testing.T) {
	df, err := os.ReadFile("Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	gomod, _ := os.ReadFile("go.mod")
	goVer := regexp.MustCompile(`(?m)^go (\d+\.\d+)`).FindSubmatch(gomod)
	s := string(df)
	for _, want := range []string{
		"FROM golang:" + string(goVer[1]) + " AS build",
		"CGO_ENABLED=0 go build -trimpath",
		"-X github.com/art22/checker/internal/version.Override=${VERSION}",
		"./cmd/art22",
		"FROM scratch",
		`ENTRYPOINT ["/art22"]`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the Dockerfile has no %q", want)
		}
	}
}

// TestReleaseSnapshot runs make snapshot (the release build for this
// platform only): one static binary whose --version is the version given,
// with the rule catalog and OPA, and SHA256SUMS that match it.
func TestReleaseSnapshot(t *testing.T) {
	if testing.Short() {
		t.Skip("builds art22 from scratch (-trimpath): minutes")
	}
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("no make")
	}
	dist := filepath.Join(t.TempDir(), "dist")
	cmd := exec.Command("make", "snapshot", "VERSION=v0.0.0-test", "DIST="+dist)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("make snapshot: %v\n%s", err, out)
	}
	ext := ""
	if runtime.GOOS == "windows" {
		ext = ".exe"
	}
	name := "art22_v0.0.0-test-snapshot_" + runtime.GOOS + "_" + runtime.GOARCH + ext
	entries, _ := os.ReadDir(dist)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !slices.Equal(names, []string{"SHA256SUMS", name}) {
		t.Fatalf("dist holds %v, want SHA256SUMS and %s", names, name)
	}
	bin := filepath.Join(dist, name)
	b, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	sums, _ := os.ReadFile(filepath.Join(dist, "SHA256SUMS"))
	if want := hex.EncodeToString(sum[:]) + "  " + name + "\n"; string(sums) != want {
		t.Errorf("SHA256SUMS:\n%swant\n%s", sums, want)
	}
	out, err := exec.Command(bin, "--version").Output()
	v := version.Get()
	if want := "art22 v0.0.0-test-snapshot (rule catalog " + v.Catalog + ", OPA " + v.OPA + ", "; err != nil || !strings.HasPrefix(string(out), want) {
		t.Errorf("--version: %v %q, want %q...", err, out, want)
	}
	if runtime.GOOS == "linux" {
		f, err := elf.Open(bin)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		for _, p := range f.Progs {
			if p.Type == elf.PT_INTERP {
				t.Errorf("the binary is dynamically linked (has an interpreter)")
			}
		}
		if libs, _ := f.ImportedLibraries(); len(libs) > 0 {
			t.Errorf("the binary needs %v", libs)
		}
	}
}
