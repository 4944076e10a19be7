// Package doctext reads the texts an insurer publishes (privacy notices,
// certificate and decision-letter templates) as the words a reader sees:
// plain text, Markdown, HTML (visible text only: no scripts, styles or
// attributes) and DOCX (the document body's text runs). A section, an HTML
// id or a heading, scopes the text to the part shown at one stage.
//
// Nothing here interprets the text: the declaration's claims quote it, and
// the quotes are checked against what this package returns.
package doctext

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Format is the format of a text file.
type Format string

// The formats read.
const (
	Text     Format = "text"
	Markdown Format = "markdown"
	HTML     Format = "html"
	DOCX     Format = "docx"
)

// Supported names the formats and their extensions, for error messages.
const Supported = "plain text (.txt), Markdown (.md, .markdown), HTML (.html, .htm) and DOCX (.docx)"

// FormatOf returns the format of a file from its extension.
func FormatOf(name string) (Format, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return Text, nil
	case ".md", ".markdown":
		return Markdown, nil
	case ".html", ".htm", ".xhtml":
		return HTML, nil
	case ".docx":
		return DOCX, nil
	case ".pdf":
		return "", fmt.Errorf("PDF is not read: no Go library extracts its text reliably enough to judge quotes against it; publish the text as %s", Supported)
	case ".doc", ".odt", ".rtf":
		return "", fmt.Errorf("%s files are not read; save the text as %s", strings.ToLower(filepath.Ext(name)), Supported)
	}
	return "", fmt.Errorf("unknown text format %q; supported: %s", filepath.Ext(name), Supported)
}

// Limits bound what a text file may expand to.
type Limits struct {
	// MaxBytes bounds the extracted text and, for DOCX, the decompressed
	// document body (a zip can expand a small file a thousandfold).
	MaxBytes int64
}

// ErrSection is returned, wrapped, when the section named is not in the text.
var ErrSection = errors.New("section not found")

// Extract returns the visible text of data in format f, scoped to section
// when it is not empty. Paragraphs and blocks are separated by newlines.
func Extract(data []byte, f Format, section string, lim Limits) (string, error) {
	if lim.MaxBytes <= 0 {
		lim.MaxBytes = 8 << 20
	}
	var (
		out string
		err error
	)
	switch f {
	case Text:
		if section != "" {
			return "", errors.New("a plain-text file has no sections: remove section, or use Markdown headings or HTML ids")
		}
		out = string(data)
	case Markdown:
		out, err = markdownText(string(data), section)
	case HTML:
		out, err = htmlText(data, section)
	case DOCX:
		out, err = docxText(data, section, lim.MaxBytes)
	default:
		return "", fmt.Errorf("unknown text format %q; supported: %s", f, Supported)
	}
	if err != nil {
		return "", err
	}
	if int64(len(out)) > lim.MaxBytes {
		return "", fmt.Errorf("the text is %d bytes, more than the limit of %d", len(out), lim.MaxBytes)
	}
	return out, nil
}

// ---------------------------------------------------------------------------
// Markdown

// markdownText returns the Markdown source (its words are what a reader
// sees; markup characters do not stop a quote from matching words), scoped
// to the section under the ATX heading named section: up to the next
// heading of the same or a higher level.
func markdownText(src, section string) (string, error) {
	if section == "" {
		return src, nil
	}
	want := headingKey(section)
	lines := strings.Split(src, "\n")
	start, level := -1, 0
	fence := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = !fence
			continue
		}
		if fence {
			continue
		}
		lv, title, ok := atxHeading(t)
		if !ok {
			continue
		}
		if start >= 0 && lv <= level {
			return strings.Join(lines[start:i], "\n"), nil
		}
		if start < 0 && headingKey(title) == want {
			start, level = i, lv
		}
	}
	if start < 0 {
		return "", fmt.Errorf("%w: no Markdown heading %q", ErrSection, section)
	}
	return strings.Join(lines[start:], "\n"), nil
}

func atxHeading(t string) (level int, title string, ok bool) {
	for level < len(t) && level < 7 && t[level] == '#' {
		level++
	}
	if level == 0 || level > 6 || (level < len(t) && t[level] != ' ' && t[level] != '\t') {
		return 0, "", false
	}
	title = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t[level:]), "#"))
	return level, title, true
}

// headingKey compares headings whatever their case, spacing and leading #.
func headingKey(s string) string {
	s = strings.TrimLeft(strings.TrimSpace(s), "#")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// ---------------------------------------------------------------------------
// HTML

var hiddenElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Iframe: true, atom.Object: true, atom.Svg: true, atom.Math: true,
}

var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Table: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Blockquote: true,
	atom.Pre: true, atom.Dt: true, atom.Dd: true, atom.Hr: true, atom.Main: true, atom.Nav: true,
	atom.Aside: true, atom.Figure: true, atom.Figcaption: true, atom.Address: true,
}

var headingLevel = map[atom.Atom]int{atom.H1: 1, atom.H2: 2, atom.H3: 3, atom.H4: 4, atom.H5: 5, atom.H6: 6}

// htmlText returns the visible text of an HTML document: text nodes outside
// scripts, styles and hidden elements; no attribute values. With a section,
// the element whose id it is; for a heading, the heading and what follows it
// up to the next heading of the same or a higher level.
func htmlText(data []byte, section string) (string, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return "", fmt.Errorf("HTML: %w", err)
	}
	if section == "" {
		var b strings.Builder
		writeVisible(&b, doc)
		return tidy(b.String()), nil
	}
	target := findID(doc, section)
	if target == nil {
		return "", fmt.Errorf("%w: no HTML element with id %q", ErrSection, section)
	}
	var b strings.Builder
	writeVisible(&b, target)
	if lv, ok := headingLevel[target.DataAtom]; ok {
		// A heading's section runs on, in document order, to the next heading
		// of the same or a higher level.
		for n := step(target, false); n != nil; n = step(n, !hidden(n)) {
			if l, ok := headingLevel[n.DataAtom]; ok && n.Type == html.ElementNode && l <= lv {
				break
			}
			switch {
			case n.Type == html.TextNode:
				b.WriteString(n.Data)
			case n.Type == html.ElementNode && blockElements[n.DataAtom]:
				b.WriteByte('\n')
			}
		}
	}
	return tidy(b.String()), nil
}

// step returns the node after n in document order, entering n's children
// when enter is true.
func step(n *html.Node, enter bool) *html.Node {
	if enter && n.FirstChild != nil {
		return n.FirstChild
	}
	for ; n != nil; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}

func findID(n *html.Node, id string) *html.Node {
	if n.Type == html.ElementNode {
		for _, a := range n.Attr {
			if a.Key == "id" && a.Val == id {
				return n
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findID(c, id); f != nil {
			return f
		}
	}
	return nil
}

func hidden(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if hiddenElements[n.DataAtom] {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

func writeVisible(b *strings.Builder, n *html.Node) {
	if hidden(n) {
		return
	}
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		if blockElements[n.DataAtom] {
			b.WriteByte('\n')
			defer b.WriteByte('\n')
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeVisible(b, c)
	}
}

// tidy trims every line and drops empty ones.
func tidy(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		l = strings.Join(strings.FieldsFunc(l, unicode.IsSpace), " ")
		if l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// ---------------------------------------------------------------------------
// DOCX

const wordNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// docxText returns the text runs of a DOCX document body, one line per
// paragraph; tracked deletions are left out, insertions kept. With a
// section, the paragraphs from the heading (a paragraph whose style is
// Heading1..Heading9 or Title) whose text is section up to the next heading
// of the same or a higher level.
func docxText(data []byte, section string, maxBytes int64) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("DOCX: not a zip archive: %w", err)
	}
	var body *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			body = f
			break
		}
	}
	if body == nil {
		return "", errors.New("DOCX: no word/document.xml in the archive")
	}
	if body.UncompressedSize64 > uint64(maxBytes)*4 {
		return "", fmt.Errorf("DOCX: the document body expands to %d bytes, more than the limit of %d", body.UncompressedSize64, maxBytes*4)
	}
	rc, err := body.Open()
	if err != nil {
		return "", fmt.Errorf("DOCX: %w", err)
	}
	defer rc.Close()
	// The size in the zip directory can lie: read at most the limit, whatever it says.
	limited := io.LimitReader(rc, maxBytes*4+1)
	paras, err := docxParagraphs(limited, maxBytes*4)
	if err != nil {
		return "", err
	}
	if section == "" {
		lines := make([]string, 0, len(paras))
		for _, p := range paras {
			lines = append(lines, p.text)
		}
		return tidy(strings.Join(lines, "\n")), nil
	}
	want := headingKey(section)
	start, level := -1, 0
	for i, p := range paras {
		if p.level == 0 {
			continue
		}
		if start >= 0 && p.level <= level {
			return joinParas(paras[start:i]), nil
		}
		if start < 0 && headingKey(p.text) == want {
			start, level = i, p.level
		}
	}
	if start < 0 {
		return "", fmt.Errorf("%w: no DOCX heading %q", ErrSection, section)
	}
	return joinParas(paras[start:]), nil
}

type paragraph struct {
	text  string
	level int // heading level, 0 for body text
}

func joinParas(ps []paragraph) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.text
	}
	return tidy(strings.Join(lines, "\n"))
}

func docxParagraphs(r io.Reader, max int64) ([]paragraph, error) {
	dec := xml.NewDecoder(r)
	var (
		paras   []paragraph
		cur     strings.Builder
		level   int
		inText  bool
		deleted int
		inPara  bool
		read    int64
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("DOCX: word/document.xml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space != wordNS {
				continue
			}
			switch t.Name.Local {
			case "p":
				inPara, level = true, 0
				cur.Reset()
			case "pStyle":
				for _, a := range t.Attr {
					if a.Name.Local == "val" {
						level = styleLevel(a.Value)
					}
				}
			case "t":
				inText = deleted == 0
			case "tab":
				if deleted == 0 {
					cur.WriteByte('\t')
				}
			case "br", "cr":
				if deleted == 0 {
					cur.WriteByte(' ')
				}
			case "del":
				deleted++
			}
		case xml.EndElement:
			if t.Name.Space != wordNS {
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = false
			case "del":
				deleted--
			case "p":
				if inPara {
					paras = append(paras, paragraph{text: cur.String(), level: level})
				}
				inPara = false
			}
		case xml.CharData:
			if inText {
				read += int64(len(t))
				if read > max {
					return nil, fmt.Errorf("DOCX: the document's text is more than %d bytes", max)
				}
				cur.Write(t)
			}
		}
	}
	return paras, nil
}

// styleLevel reads Word's built-in heading styles (Heading1..Heading9,
// Title); localised style ids (Overskrift1, Titre1...) end in the level too.
func styleLevel(style string) int {
	s := strings.ToLower(style)
	if s == "title" {
		return 1
	}
	if len(s) < 2 {
		return 0
	}
	last := s[len(s)-1]
	if last < '1' || last > '9' {
		return 0
	}
	switch {
	case strings.HasPrefix(s, "heading"), strings.HasPrefix(s, "overskrift"), strings.HasPrefix(s, "titre"),
		strings.HasPrefix(s, "berschrift"), strings.HasPrefix(s, "überschrift"), strings.HasPrefix(s, "kop"),
		strings.HasPrefix(s, "fyrirsogn"), strings.HasPrefix(s, "rubrik"):
		return int(last - '0')
	}
	return 0
}
