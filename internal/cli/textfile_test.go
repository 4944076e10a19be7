package cli

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// The reference declaration's decision notice, as a template in each format
// a textFile may be: the sentence the smoker-loading claims quote, and the
// placeholders the other claims quote.
const (
	noticeSentence = "Because you told us you smoke, your premium includes a smoker loading of 60% of the standard premium."
	noticeRest     = "Your premium is {{ premium | money }} a month. How we reached it: the standard premium for your age is {{ standard_premium }}.\n" +
		"Because your body-mass index is {{bmi}}, your premium includes a build loading of {{ build_loading_percent }}% of the standard premium: 25% for a body-mass index of 32 to 35, 50% from 35 to 40.\n" +
		"If you disagree, you can ask a medical underwriter to review this decision, tell us your point of view, or contest it, online or by phone."
)

func noticeFile(t *testing.T, ext string, withSentence bool) []byte {
	t.Helper()
	lines := []string{noticeSentence}
	if !withSentence {
		lines = []string{"Your premium includes the loadings that apply."}
	}
	lines = append(lines, strings.Split(noticeRest, "\n")...)
	switch ext {
	case ".txt":
		return []byte(strings.Join(lines, "\n") + "\n")
	case ".md":
		return []byte("# Your offer\n\n## Decision\n\n" + strings.Join(lines, "\n\n") + "\n\n## Other\n\nNothing else.\n")
	case ".html":
		var b strings.Builder
		b.WriteString(`<!doctype html><html><head><style>p{color:red}</style><script>var x = "Because you told us you smoke";</script></head><body><section id="decision">`)
		for _, l := range lines {
			b.WriteString("<p>" + strings.ReplaceAll(l, "&", "&amp;") + "</p>\n")
		}
		b.WriteString(`</section><p hidden>` + noticeSentence + `</p></body></html>`)
		return []byte(b.String())
	case ".docx":
		var body strings.Builder
		body.WriteString(`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Decision</w:t></w:r></w:p>`)
		for _, l := range lines {
			// Word splits runs anywhere, placeholders included.
			half := len(l) / 2
			for !strings.HasPrefix(l[half:], " ") && half < len(l)-1 {
				half++
			}
			body.WriteString(`<w:p><w:r><w:t xml:space="preserve">` + xmlEscape(l[:half]) + `</w:t></w:r><w:r><w:t xml:space="preserve">` + xmlEscape(l[half:]) + `</w:t></w:r></w:p>`)
		}
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, err := zw.Create("word/document.xml")
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() + `</w:body></w:document>`))
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	t.Fatalf("no format %s", ext)
	return nil
}

var xmlEscape = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace

// referenceWithNotice writes the reference declaration into a temporary
// directory with its decision notice in the file notice<ext> (section
// decision, mustache placeholders), and returns the declaration's path.
func referenceWithNotice(t *testing.T, ext string, withSentence bool) (string, string) {
	t.Helper()
	dir := t.TempDir()
	b, err := os.ReadFile("examples/reference/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	section := "section: decision"
	if ext == ".txt" {
		section = ""
	}
	if ext == ".md" || ext == ".docx" {
		section = "section: Decision"
	}
	decl := strings.Replace(string(b), "    textFile: texts/decision-notice.html\n    section: decision\n",
		"    textFile: notice"+ext+"\n    "+section+"\n", 1)
	if decl == string(b) {
		t.Fatal("the reference declaration no longer reads its decision notice from texts/decision-notice.html")
	}
	path := filepath.Join(dir, "declaration.yaml")
	if err := os.WriteFile(path, []byte(decl), 0o644); err != nil {
		t.Fatal(err)
	}
	notice := filepath.Join(dir, "notice"+ext)
	if err := os.WriteFile(notice, noticeFile(t, ext, withSentence), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, notice
}

// TestTextFileFormats: in each format, deleting from the published notice the
// sentence a claim quotes makes check report the claim (exit 1), naming the
// file, and restoring it makes the finding go away (exit 0).
func TestTextFileFormats(t *testing.T) {
	chdirRoot(t)
	for _, ext := range []string{".txt", ".md", ".html", ".docx"} {
		t.Run(ext, func(t *testing.T) {
			path, notice := referenceWithNotice(t, ext, true)
			if code, out, errs := run(t, "check", "--as-of", "2026-11-01", path); code != ExitClean {
				t.Fatalf("with the sentence: exit %d\n%s%s", code, out, errs)
			}
			if err := os.WriteFile(notice, noticeFile(t, ext, false), 0o644); err != nil {
				t.Fatal(err)
			}
			code, out, errs := run(t, "check", "--as-of", "2026-11-01", path)
			if code != ExitFindings || !strings.Contains(out, "DISCLOSURE-UNSUPPORTED-CLAIM: disclosure `decision-notice` claims factor-applied for `smoker-loading`, but the quote does not stand in") ||
				!strings.Contains(out, "notice"+ext) || !strings.Contains(out, "violation ART5-1A-FACTOR-NOT-DISCLOSED") {
				t.Fatalf("without the sentence: exit %d\n%s%s", code, out, errs)
			}
			if err := os.WriteFile(notice, noticeFile(t, ext, true), 0o644); err != nil {
				t.Fatal(err)
			}
			if code, out, errs := run(t, "check", "--as-of", "2026-11-01", path); code != ExitClean {
				t.Fatalf("restored: exit %d\n%s%s", code, out, errs)
			}
		})
	}
}

// TestTextFileRefused: a textFile that cannot be judged is a load error at
// its place, exit 2, nothing judged.
func TestTextFileRefused(t *testing.T) {
	chdirRoot(t)
	outside := filepath.Join(t.TempDir(), "outside.html")
	os.WriteFile(outside, noticeFile(t, ".html", true), 0o644)
	for _, tc := range []struct {
		name  string
		setup func(t *testing.T, dir, notice string) string // returns the textFile to name
		want  string
	}{
		{"missing", func(t *testing.T, dir, _ string) string { return "gone.html" }, "textFile \"gone.html\": no such file"},
		{"parent", func(t *testing.T, dir, _ string) string { return "../outside.html" }, "must be a path relative to the declaration's directory, inside it"},
		{"absolute", func(t *testing.T, dir, _ string) string { return outside }, "must be a path relative to the declaration's directory, inside it"},
		{"symlink out", func(t *testing.T, dir, _ string) string {
			if err := os.Symlink(outside, filepath.Join(dir, "link.html")); err != nil {
				t.Skip(err)
			}
			return "link.html"
		}, "leaves the declaration's directory"},
		{"fifo", func(t *testing.T, dir, _ string) string {
			if err := syscall.Mkfifo(filepath.Join(dir, "pipe.html"), 0o644); err != nil {
				t.Skip(err)
			}
			return "pipe.html"
		}, "named pipe"},
		{"pdf", func(t *testing.T, dir, _ string) string {
			os.WriteFile(filepath.Join(dir, "notice.pdf"), []byte("%PDF-1.7"), 0o644)
			return "notice.pdf"
		}, "PDF is not read"},
		{"section", func(t *testing.T, dir, notice string) string { return filepath.Base(notice) + "\n    section: nowhere" }, "no HTML element with id \"nowhere\""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, notice := referenceWithNotice(t, ".html", true)
			dir := filepath.Dir(path)
			name := tc.setup(t, dir, notice)
			b, _ := os.ReadFile(path)
			decl := strings.Replace(string(b), "    textFile: notice.html\n    section: decision\n", "    textFile: "+name+"\n", 1)
			os.WriteFile(path, []byte(decl), 0o644)
			code, out, errs := run(t, "check", "--as-of", "2026-11-01", path)
			if code != ExitError || out != "" || !strings.Contains(errs, tc.want) || !strings.Contains(errs, "declaration.yaml:") {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 and %q at a position", code, out, errs, tc.want)
			}
		})
	}
}

// writeExample writes data as the declaration dst, with a copy of the texts/
// directory of the example declaration src beside it: the files its
// disclosures' textFile name.
func writeExample(t *testing.T, src, dst string, data []byte) {
	t.Helper()
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
	from := filepath.Join(filepath.Dir(src), "texts")
	if _, err := os.Stat(from); err != nil {
		return
	}
	if err := os.CopyFS(filepath.Join(filepath.Dir(dst), "texts"), os.DirFS(from)); err != nil && !os.IsExist(err) {
		t.Fatal(err)
	}
}
