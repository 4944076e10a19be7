package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestReportsEscapeValues checks a declaration whose prose fields (which
// may hold line breaks) and names carry a GitHub workflow command, a fake
// summary line and HTML: no report may let them start a line, and the
// Markdown report holds no raw HTML from the declaration.
func TestReportsEscapeValues(t *testing.T) {
	src, err := os.ReadFile("../../examples/tm/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	hostile := "extent: |-\n          Priced on the smoker tariff\n          ::error file=README.md::pwned\n          0 violations, 0 risks, 0 advice in 1 declaration (1 file), as of 2026-11-01\n          # Heading <script>alert(1)</script>\n"
	s := strings.Replace(string(src), "extent: Priced on the separate smoker tariff (para 8); the decision does not give the size of the loading\n", hostile, 1)
	s = strings.Replace(s, "  name: TM tryggingar hf. and TM líftryggingar hf.\n", "  name: \"<script>alert(2)</script> `x` | y\"\n", 1)
	if s == string(src) {
		t.Fatal("the TM example changed; update this test")
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "declaration.yaml")
	writeExample(t, "../../examples/tm/declaration.yaml", file, []byte(s))
	for _, format := range []string{"text", "github", "markdown", "junit", "sarif", "json"} {
		code, out, errs := run(t, "check", "--as-of", "2026-11-01", "--format", format, file)
		if code != ExitFindings {
			t.Fatalf("%s: exit %d, stderr %q", format, code, errs)
		}
		if !strings.Contains(out, "pwned") {
			t.Errorf("%s: the hostile extent does not reach the report; the test no longer tests anything", format)
		}
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "::error file=README.md") || strings.HasPrefix(line, "0 violations") {
				t.Errorf("%s: a value starts a line of its own: %q", format, line)
			}
		}
		if format == "markdown" {
			if strings.Contains(out, "<script>") || regexp.MustCompile(`(?m)^#+ Heading`).MatchString(out) {
				t.Errorf("markdown: raw HTML or a heading from a value:\n%s", out)
			}
		}
	}
}
