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

// Error is one problem found while loading a declaration, or validating
// one built in Go (Declaration.Validate).
type Error struct {
	Position
	// Code says what kind of problem it is, for programs: match on it,
	// never on Message, whose words may change.
	Code Code `json:"code"`
	// Field is the field concerned, as a dotted path (decisions[0].factors[1].effect).
	Field string `json:"field,omitempty"`
	// Pointer is the JSON Pointer of the place (/decisions/0/factors/1/effect),
	// set by Declaration.Validate: the place of a problem of a declaration
	// built in Go, which has no position in a file.
	Pointer string `json:"pointer,omitempty"`
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
		es = append(es, &Error{Position: Position{File: file}, Code: CodeOmitted, Omitted: more,
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

// Error formats the error as file:line:column: field: message, or, for a
// declaration built in Go (no file), as pointer: message.
func (e *Error) Error() string {
	var b strings.Builder
	switch {
	case e.File != "" || e.Line > 0:
		b.WriteString(e.Position.String())
		b.WriteString(": ")
		if e.Field != "" {
			b.WriteString(e.Field)
			b.WriteString(": ")
		}
	case e.Pointer != "" || e.Field != "":
		b.WriteString(Escape(cmp.Or(e.Pointer, e.Field)))
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

// Code is the kind of an Error. The codes are stable: new ones may be
// added, none is renamed or reused.
type Code string

// The codes of the errors of reading, parsing and decoding a file.
const (
	// CodeFile: the file cannot be read: it does not exist, is not a
	// regular file, or permission is denied.
	CodeFile Code = "file"
	// CodeEmpty: the file holds nothing to load (white space, comments,
	// empty documents).
	CodeEmpty Code = "empty"
	// CodeEncoding: the file is not UTF-8 text (invalid UTF-8, UTF-16).
	CodeEncoding Code = "encoding"
	// CodeControlCharacter: a control character, a bidirectional control
	// or a line separator in the file or in a value, raw or escaped, or a
	// line break or a tab in a one-line value.
	CodeControlCharacter Code = "control-character"
	// CodeSyntax: the file is not valid YAML (a tab used for indentation,
	// an alias to no anchor, a waivers file of several documents...).
	CodeSyntax Code = "syntax"
	// CodeCrossDocumentAlias: an alias names an anchor of another YAML
	// document; YAML scopes anchors to their document.
	CodeCrossDocumentAlias Code = "cross-document-alias"
	// CodeLimit: a limit is exceeded; Limit names it (MaxBytes,
	// MaxDocuments, MaxNodes, MaxWaiverDays), or is empty for a bound that
	// no option raises (aliases expanding to ten times what is written,
	// nesting).
	CodeLimit Code = "limit"
	// CodeAPIVersion: the document is not a mapping with the apiVersion of
	// the format read.
	CodeAPIVersion Code = "api-version"
	// CodeOtherFormat: the document is another art22 format (OtherFormat
	// names it), not the one read.
	CodeOtherFormat Code = "other-format"
	// CodeUnknownField: a key that is no field of its mapping.
	CodeUnknownField Code = "unknown-field"
	// CodeDuplicateKey: a key written twice in one mapping.
	CodeDuplicateKey Code = "duplicate-key"
	// CodeTag: a YAML tag that is not a standard one fitting the field.
	CodeTag Code = "tag"
	// CodeType: a value of the wrong kind (a list for a text, text for a
	// mapping, a boolean for a text...).
	CodeType Code = "type"
	// CodeRequired: a required field left out or empty, or a field that
	// another one makes required.
	CodeRequired Code = "required"
	// CodeBlank: a required text that says nothing (empty or spaces).
	CodeBlank Code = "blank"
	// CodeMinItems: a list with fewer entries than it needs.
	CodeMinItems Code = "min-items"
	// CodeEnum: a value outside the field's list of allowed values.
	CodeEnum Code = "enum"
	// CodeInvalid: a value not written as its field needs: a date, a
	// duration, an amount, a country code, an id, a JSON Pointer, a glob.
	CodeInvalid Code = "invalid"
	// CodeDateRange: a date outside the years MinYear to MaxYear.
	CodeDateRange Code = "date-range"
	// CodeDuplicateID: an id defined twice in its space.
	CodeDuplicateID Code = "duplicate-id"
	// CodeDanglingRef: a reference to an id (or a rule) that does not exist.
	CodeDanglingRef Code = "dangling-ref"
	// CodeConflict: fields that depend on each other disagree (a field that
	// does not apply, an approver who is the owner).
	CodeConflict Code = "conflict"
	// CodeOmitted: the last error of a file with more than MaxErrors, which
	// counts the errors not reported (Omitted).
	CodeOmitted Code = "omitted"
)
