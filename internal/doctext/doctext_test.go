package doctext

import (
	"archive/zip"
	"bytes"
	"errors"
	_ "github.com/art22/checker/internal/golden" // accepts -update
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFormatOf(t *testing.T) {
	for name, want := range map[string]Format{
		"notice.txt": Text, "n.MD": Markdown, "n.markdown": Markdown,
		"certificate.html": HTML, "c.htm": HTML, "letter.docx": DOCX,
	} {
		got, err := FormatOf(name)
		if err != nil || got != want {
			t.Errorf("FormatOf(%q) = %q, %v; want %q", name, got, err, want)
		}
	}
	for _, name := range []string{"notice.pdf", "letter.doc", "x.odt", "x.json", "noext"} {
		_, err := FormatOf(name)
		if err == nil || !strings.Contains(err.Error(), Supported) {
			t.Errorf("FormatOf(%q): %v; want an error naming the supported formats", name, err)
		}
	}
}

const markdown = `# Privacy notice

Who we are: Exemplar Life.

## Automated decisions

Your application is decided automatically.

### How the premium is set

Smokers pay a loading of {{ loading_percent }}.

## Your rights

You can ask for a review.
`

func TestMarkdownSections(t *testing.T) {
	got, err := Extract([]byte(markdown), Markdown, "Automated decisions", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got, "decided automatically") || !strings.Contains(got, "loading of {{ loading_percent }}") {
		t.Errorf("section lacks its text or its subsection:\n%s", got)
	}
	if strings.Contains(got, "ask for a review") || strings.Contains(got, "Who we are") {
		t.Errorf("section runs past its end or starts early:\n%s", got)
	}
	// Headings compare whatever their case, spacing and leading #.
	if _, err := Extract([]byte(markdown), Markdown, "## your  RIGHTS", Limits{}); err != nil {
		t.Errorf("heading with other case and spacing: %v", err)
	}
	_, err = Extract([]byte(markdown), Markdown, "Retention", Limits{})
	if !errors.Is(err, ErrSection) {
		t.Errorf("missing section: %v; want ErrSection", err)
	}
	// A heading inside a code fence is not a heading.
	fenced := "# A\ntext\n```\n# B\n```\nmore\n# C\nend\n"
	got, _ = Extract([]byte(fenced), Markdown, "A", Limits{})
	if !strings.Contains(got, "more") || strings.Contains(got, "end") {
		t.Errorf("fenced heading ended the section:\n%s", got)
	}
}

const page = `<!doctype html><html><head><title>Title words</title>
<style>.x{content:"style words"}</style><script>var s = "script words";</script></head>
<body>
<p>Visible <b>bold</b> words<span hidden>hidden words</span>.</p>
<div style="display: none">display none words</div>
<img alt="attribute words" src="x.png">
<h2 id="decision">Your decision</h2>
<p>Because you smoke, your premium includes a loading of ${extent}.</p>
<section id="rights"><p>You may contest it.</p></section>
<h2 id="other">Other</h2><p>After the section.</p>
</body></html>`

func TestHTMLVisibleText(t *testing.T) {
	got, err := Extract([]byte(page), HTML, "", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Visible bold words.", "loading of ${extent}", "You may contest it."} {
		if !strings.Contains(got, want) {
			t.Errorf("visible text lacks %q:\n%s", want, got)
		}
	}
	for _, never := range []string{"Title words", "style words", "script words", "hidden words", "display none words", "attribute words"} {
		if strings.Contains(got, never) {
			t.Errorf("visible text holds %q:\n%s", never, got)
		}
	}
}

func TestHTMLSections(t *testing.T) {
	got, err := Extract([]byte(page), HTML, "decision", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	want := "Your decision\nBecause you smoke, your premium includes a loading of ${extent}.\nYou may contest it."
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("heading section (-want +got):\n%s", diff)
	}
	got, _ = Extract([]byte(page), HTML, "rights", Limits{})
	if got != "You may contest it." {
		t.Errorf("element section = %q", got)
	}
	if _, err := Extract([]byte(page), HTML, "nope", Limits{}); !errors.Is(err, ErrSection) {
		t.Errorf("missing id: %v", err)
	}
}

// docx builds a minimal DOCX whose body is xml.
func docx(t *testing.T, body string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	_, _ = w.Write([]byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const letter = `
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Vátryggingarskírteini</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Áhættumat</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Reykir: </w:t></w:r><w:r><w:t>Já</w:t></w:r></w:p>
<w:p><w:r><w:t>Álag vegna reykinga: «</w:t></w:r><w:r><w:t>Hlutfall</w:t></w:r><w:r><w:t>»</w:t></w:r></w:p>
<w:p><w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del><w:ins><w:r><w:t>inserted words</w:t></w:r></w:ins></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Skilmálar</w:t></w:r></w:p>
<w:p><w:r><w:t>Terms.</w:t></w:r></w:p>`

func TestDOCX(t *testing.T) {
	data := docx(t, letter)
	got, err := Extract(data, DOCX, "", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	// Runs split inside a placeholder join back, in Icelandic.
	for _, want := range []string{"Reykir: Já", "Álag vegna reykinga: «Hlutfall»", "inserted words", "Terms."} {
		if !strings.Contains(got, want) {
			t.Errorf("DOCX text lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "deleted words") {
		t.Errorf("DOCX text holds a tracked deletion:\n%s", got)
	}
	sec, err := Extract(data, DOCX, "áhættumat", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(sec, "Reykir: Já") || strings.Contains(sec, "Terms.") {
		t.Errorf("DOCX section:\n%s", sec)
	}
}

func TestDOCXBounded(t *testing.T) {
	big := strings.Repeat(`<w:p><w:r><w:t>`+strings.Repeat("a", 1000)+`</w:t></w:r></w:p>`, 200)
	_, err := Extract(docx(t, big), DOCX, "", Limits{MaxBytes: 10_000})
	if err == nil || !strings.Contains(err.Error(), "limit") && !strings.Contains(err.Error(), "more than") {
		t.Errorf("a body past the limit: %v; want a limit error", err)
	}
	if _, err := Extract([]byte("not a zip"), DOCX, "", Limits{}); err == nil {
		t.Error("garbage read as DOCX")
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	_, _ = zw.Create("word/other.xml")
	_ = zw.Close()
	if _, err := Extract(buf.Bytes(), DOCX, "", Limits{}); err == nil || !strings.Contains(err.Error(), "word/document.xml") {
		t.Errorf("DOCX without a body: %v", err)
	}
}

func TestTextHasNoSections(t *testing.T) {
	if _, err := Extract([]byte("x"), Text, "s", Limits{}); err == nil {
		t.Error("a section of a plain-text file was accepted")
	}
}
