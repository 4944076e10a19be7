package report_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/art22/checker"
	"github.com/art22/checker/internal/golden"
	"github.com/art22/checker/report"
)

// TestHTMLEscapes: every value reaches the page escaped for where it
// stands; a source URL that is not http(s) is not a link.
func TestHTMLEscapes(t *testing.T) {
	rep := &checker.Report{File: "a<b>.yaml", Controller: `Evil <script>alert(1)</script> & Co`, AsOf: "2026-11-01",
		Findings: []checker.Finding{{
			RuleID: "R-1", Title: "t", Severity: checker.Violation, Status: checker.Open, Area: "fairness",
			Message: `msg <img src=x onerror=alert(1)>`, Because: []string{`"quoted" <b>`},
			Sources: []checker.Source{{Kind: "decision", Title: "evil", URL: "javascript:alert(1)"}, {Kind: "judgment", Title: "good", URL: "https://curia.europa.eu/x?a=1&b=2"}},
		}},
		StaleWaivers: []checker.StaleWaiver{},
	}
	var b bytes.Buffer
	if err := (report.HTML{}).Format(&b, &report.Run{Version: "test", AsOf: "2026-11-01", Reports: []*checker.Report{rep}}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, never := range []string{"<script>alert", "<img src=x", "javascript:alert", "<b>"} {
		if strings.Contains(page, never) {
			t.Errorf("page holds %q unescaped", never)
		}
	}
	for _, want := range []string{"Evil &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", `href="https://curia.europa.eu/x?a=1&amp;b=2"`, "msg &lt;img src=x onerror=alert(1)&gt;"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	for _, external := range []string{"<script", "<link", "@import", "url(", "src=\"http"} {
		if strings.Contains(page, external) {
			t.Errorf("page loads something (%q): it must be self-contained", external)
		}
	}
}

// TestHTMLInBrowser renders the reports of the TM and insurer-b examples with
// headless Chromium, checks the text a reader sees, and takes a screenshot
// (docs/report.png is regenerated with -update). Skipped, saying so, where
// Chromium is not installed; CI installs it.
func TestHTMLInBrowser(t *testing.T) {
	bin := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("Chromium is not installed (apt-get install chromium): the HTML report is not checked in a browser")
	}
	if testing.Short() {
		t.Skip("browser test skipped with -short")
	}
	t.Chdir("..") // file names in the report as a user in the repository sees them
	c, err := checker.New(checker.WithAsOf(time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	var reports []*checker.Report
	for _, f := range []string{"examples/tm/declaration.yaml", "examples/insurer-b/declaration.yaml"} {
		rs, err := c.CheckFile(t.Context(), f)
		if err != nil {
			t.Fatal(err)
		}
		reports = append(reports, rs...)
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	var b bytes.Buffer
	if err := (report.HTML{}).Format(&b, &report.Run{Version: "test", AsOf: c.AsOf(), Reports: reports, Rules: c.Rules(), FailOn: checker.Violation}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(page, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	flags := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + filepath.Join(dir, "profile")}
	dom, err := exec.CommandContext(t.Context(), bin, append(flags, "--dump-dom", "file://"+page)...).Output()
	if err != nil {
		t.Fatalf("chromium --dump-dom: %v", err)
	}
	for _, want := range []string{"art22 report", "ART5-1A-FACTOR-NOT-DISCLOSED", "Declarations by area", "What a person must still check", "Set aside", "TM tryggingar hf.", "ART5-1A-RELATIVES-DATA"} {
		if !bytes.Contains(dom, []byte(want)) {
			t.Errorf("the rendered page lacks %q", want)
		}
	}
	shot := filepath.Join(dir, "report.png")
	if out, err := exec.CommandContext(t.Context(), bin, append(flags, "--window-size=1100,1400", "--screenshot="+shot, "file://"+page)...).CombinedOutput(); err != nil {
		t.Fatalf("chromium --screenshot: %v\n%s", err, out)
	}
	png, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	if len(png) < 20<<10 || !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Fatalf("screenshot is %d bytes: the page did not render", len(png))
	}
	if *golden.Update {
		if err := os.WriteFile("docs/report.png", png, 0o644); err != nil {
			t.Fatal(err)
		}
	} else if st, err := os.Stat("docs/report.png"); err != nil || st.Size() < 20<<10 {
		t.Errorf("docs/report.png is missing or empty: run go test ./report -run TestHTMLInBrowser -update")
	}
}
