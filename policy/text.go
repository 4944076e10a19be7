package policy

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// IsControl reports whether r is a character that must never reach a
// value or a report unescaped: a control character (C0, DEL, C1), a
// bidirectional control (which makes text display differently from what it
// says), a line or paragraph separator, or a byte-order mark. Newline and
// tab are control characters too: a caller that allows them checks first.
func IsControl(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7F && r < 0xA0:
		return true
	case r == 0x061C, r == 0x200E, r == 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true // bidirectional marks, embeddings, overrides and isolates
	case r == 0x2028, r == 0x2029, r == 0xFEFF:
		return true
	}
	return false
}

// isBidi reports whether r is a bidirectional control.
func isBidi(r rune) bool {
	return r == 0x061C || r == 0x200E || r == 0x200F || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// controlProblem describes the first character of a value that is not
// allowed in it, with its Code, or returns "". Block text fields (prose
// written over several lines) may hold newlines and tabs; no value may hold
// another control character, a bidirectional control or a line separator,
// whether written raw or as a YAML escape (\e, \0, \x7f, \u202e).
func controlProblem(v string, block bool) (string, Code) {
	for i, r := range v {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(v[i:]); size == 1 {
				return "the value is not valid UTF-8 (a \\x escape of a byte above 0x7F?)", CodeEncoding
			}
		}
		if !IsControl(r) || (block && (r == '\n' || r == '\t')) {
			continue
		}
		switch {
		case r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029 || r == 0x85:
			return fmt.Sprintf("line break (U+%04X) in a one-line value: write it on one line", r), CodeControlCharacter
		case r == '\t':
			return "tab (U+0009) in a one-line value: use spaces", CodeControlCharacter
		case isBidi(r):
			return fmt.Sprintf("bidirectional control U+%04X in the value: it makes text display differently from what it says; remove it", r), CodeControlCharacter
		default:
			return fmt.Sprintf("control character U+%04X in the value: control characters are not allowed, raw or as an escape (\\e, \\0, \\x..)", r), CodeControlCharacter
		}
	}
	return "", ""
}

// Escape returns s with every character IsControl reports (newlines and
// tabs included) written as a visible escape (\n, \t, \x1b, \u202e), so
// that a value or a file name printed in a report or a log cannot start a
// line, move the cursor, clear the screen or reorder the text around it.
// A backslash is doubled only when s has something to escape, so that
// ordinary text prints as it is.
func Escape(s string) string {
	clean := true
	for _, r := range s {
		if IsControl(r) || r == utf8.RuneError {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == utf8.RuneError:
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				fmt.Fprintf(&b, `\x%02x`, s[i])
				continue
			}
			b.WriteRune(r)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x80 && IsControl(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case IsControl(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
