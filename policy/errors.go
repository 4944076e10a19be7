package policy

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Position is a place in a YAML file. Line and Column count from 1; a zero
// Column means only the line is known, and a zero Line means the position is
// unknown (a declaration built in Go rather than loaded from a file).
type Position struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

// String formats the position as file:line:column, leaving out what is unknown.
func (p Position) String() string {
	s := Escape(p.File)
	if p.Line > 0 {
		s += fmt.Sprintf(":%d", p.Line)
		if p.Column > 0 {
			s += fmt.Sprintf(":%d", p.Column)
		}
	}
	return s
}

// Error is one problem found while loading a declaration.
type Error struct {
	Position
	// Field is the field concerned, as a dotted path (decisions[0].factors[1].effect).
	Field string `json:"field,omitempty"`
	// Message says what is wrong and, where it can, how to fix it.
	Message string `json:"message"`
	// Limit names the limit exceeded, if the error is one: "MaxBytes",
	// "MaxDocuments" or "MaxNodes" (fields of Limits).
	Limit string `json:"limit,omitempty"`
	// OtherFormat is set when the document is not a declaration but
	// another art22 format (art22.waivers/v1, art22.expected/v1), found by
	// parsing: a directory scan leaves such a file out, saying so.
	OtherFormat string `json:"otherFormat,omitempty"`
	// Omitted, on the last error of a file that has more than
	// Limits.MaxErrors, is how many errors were found and not reported.
	Omitted int `json:"omitted,omitempty"`
}

// Count is how many errors were found: those listed and those omitted.
func (es Errors) Count() int {
	n := 0
	for _, e := range es {
		if e.Omitted > 0 {
			n += e.Omitted
		} else {
			n++
		}
	}
	return n
}

// Cap sorts the errors of one file and keeps the first max (0: all),
// saying how many more there were in a last error, at the file.
func (es Errors) Cap(file string, max int) Errors {
	return es.capped(file, max, 0)
}

// capped sorts the errors of one file, keeps the first max (0: all), and
// says how many more there were in a last error, at the file.
func (es Errors) capped(file string, max, more int) Errors {
	es.sort()
	if max > 0 && len(es) > max {
		more += len(es) - max
		es = es[:max:max]
	}
	if more > 0 {
		es = append(es, &Error{Position: Position{File: file}, Omitted: more,
			Message: fmt.Sprintf("... and %d more errors (only the first %d are reported)", more, len(es))})
	}
	return es
}

// OtherFormat returns the art22 format of a file that is not a
// declaration, when every error of loading it says so, or "".
func (es Errors) OtherFormat() string {
	f := ""
	for _, e := range es {
		if e.OtherFormat == "" || (f != "" && e.OtherFormat != f) {
			return ""
		}
		f = e.OtherFormat
	}
	return f
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Position.String())
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Message)
	return b.String()
}

// Errors is every problem found in a file, in file order. A file with errors
// yields no declaration: nothing in it is judged.
type Errors []*Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

func (es Errors) sort() {
	slices.SortStableFunc(es, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
}
