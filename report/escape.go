package report

import (
	"net/url"
	"path/filepath"
	"strings"

	"github.com/art22/checker/policy"
)

// Every value that comes from a declaration, a waivers file, a rule pack or
// a file name is escaped in the formats read by people or by CI logs, even
// though the loader refuses control characters in one-line values: prose
// fields may hold newlines, and a report must never let a value start a
// line of its own (a GitHub workflow command, a fake summary), move the
// terminal's cursor or inject HTML. This is defence in depth.

// esc makes a value one line of visible text (policy.Escape).
func esc(s string) string { return policy.Escape(s) }

// escAll escapes each value.
func escAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = esc(s)
	}
	return out
}

// mdText makes a value safe as Markdown inline text: one line, no HTML.
// Markdown emphasis and code spans written by rules are kept.
func mdText(s string) string {
	return htmlEscaper.Replace(esc(s))
}

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// mdCell is mdText for a table cell.
func mdCell(s string) string { return strings.ReplaceAll(mdText(s), "|", "\\|") }

// mdBlock is mdText at the start of a paragraph or list item: a leading
// character that would make it a heading, a quote, a list or a rule is
// escaped.
func mdBlock(s string) string {
	t := mdText(s)
	if t != "" && strings.ContainsRune("#>-+*=_~`", rune(t[0])) {
		return "\\" + t
	}
	return t
}

// mdCode writes a value as a Markdown code span, with a fence longer than
// any run of backticks inside it, so that the value cannot end it.
func mdCode(s string) string {
	s = esc(s)
	run, longest := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if longest > 0 || strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") {
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}

// uriRef percent-encodes a file path as a relative URI reference (SARIF
// artifactLocation.uri): each segment escaped, and a colon in the first
// segment too, so that it cannot read as a scheme.
func uriRef(path string) string {
	segs := strings.Split(filepath.ToSlash(path), "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
		if i == 0 {
			segs[i] = strings.ReplaceAll(segs[i], ":", "%3A")
		}
	}
	return strings.Join(segs, "/")
}
