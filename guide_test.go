package checker_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestWritingRulesGuide follows docs/writing-rules.md: it writes the files
// the guide shows and runs its commands, in order, in a scratch copy of the
// repository's examples and rules, with art22 and stock opa built from this
// module. The files the guide writes must be examples/rule-pack's, and the
// finding it shows must be what the commands print.
func TestWritingRulesGuide(t *testing.T) {
	if testing.Short() {
		t.Skip("builds art22 and opa")
	}
	root, _ := os.Getwd()
	doc, err := os.ReadFile("docs/writing-rules.md")
	if err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	bin := filepath.Join(work, "bin")
	if out, err := exec.Command("go", "build", "-o", filepath.Join(bin, "art22"), "./cmd/art22").CombinedOutput(); err != nil {
		t.Fatalf("go build art22: %v\n%s", err, out)
	}
	// Stock opa, the version go.mod pins: go tool builds it once and caches
	// the binary (-n prints its path), where go build would link it again.
	opa, err := exec.Command("go", "tool", "-n", "opa").Output()
	if err != nil {
		t.Fatalf("go tool -n opa: %v", err)
	}
	if err := os.Symlink(strings.TrimSpace(string(opa)), filepath.Join(bin, "opa")); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{"examples/reference", "rules"} {
		if err := os.CopyFS(filepath.Join(work, dir), os.DirFS(filepath.Join(root, dir))); err != nil {
			t.Fatal(err)
		}
	}
	var output strings.Builder
	blocks := strings.Split(string(doc), "```")
	for i := 1; i < len(blocks); i += 2 {
		lang, body, _ := strings.Cut(blocks[i], "\n")
		switch lang {
		case "rego":
			first, content, _ := strings.Cut(body, "\n")
			name, ok := strings.CutPrefix(first, "# file: ")
			if !ok {
				continue
			}
			want, err := os.ReadFile(filepath.Join(root, "examples/rule-pack", filepath.Base(name)))
			if err != nil || string(want) != content {
				t.Errorf("the guide's %s differs from examples/rule-pack/%s", name, filepath.Base(name))
			}
			if err := os.WriteFile(filepath.Join(work, name), []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		case "sh":
			for _, line := range strings.Split(strings.TrimSpace(body), "\n") {
				cmd := exec.Command("bash", "-c", line)
				cmd.Dir = work
				cmd.Env = append(os.Environ(), "PATH="+bin+":"+os.Getenv("PATH"))
				out, err := cmd.CombinedOutput()
				output.Write(out)
				code := cmd.ProcessState.ExitCode()
				if err != nil && code != 1 {
					t.Errorf("%s: exit %d\n%s", line, code, out)
				}
				if code == 1 && !strings.HasPrefix(line, "art22 check") {
					t.Errorf("%s: exit 1\n%s", line, out)
				}
			}
		case "text":
			for _, want := range strings.Split(strings.TrimSpace(body), "\n") {
				if !strings.Contains(output.String(), want) {
					t.Errorf("the guide shows %q, the commands did not print it", want)
				}
			}
		}
	}
	if t.Failed() {
		t.Logf("output of the guide's commands:\n%s", output.String())
	}
}
