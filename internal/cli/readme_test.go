package cli

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeTranscripts: each transcript of the README (a text block that
// starts with "$ art22 ...") is what that command prints, run from the
// repository root, standard output then standard error.
func TestReadmeTranscripts(t *testing.T) {
	chdirRoot(t)
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, block := range strings.Split(string(b), "```text\n")[1:] {
		body, _, _ := strings.Cut(block, "```")
		first, want, _ := strings.Cut(body, "\n")
		cmd, ok := strings.CutPrefix(first, "$ art22 ")
		if !ok {
			continue
		}
		n++
		_, out, errs := run(t, strings.Fields(cmd)...)
		if got := out + errs; got != want {
			t.Errorf("README: $ art22 %s prints\n%s\nwant (README)\n%s", cmd, got, want)
		}
	}
	if n == 0 {
		t.Error("no transcript in the README")
	}
}
