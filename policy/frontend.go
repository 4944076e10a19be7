package policy

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The loader's front end, shared by every art22 YAML format (declarations,
// waivers files): reading a file within the limits, checking its text,
// parsing its YAML documents, recognising the format by its apiVersion,
// and setting up the strict decoder with its node budget. What differs
// between formats is said by a fileFormat.

// A fileFormat is one of art22's YAML file formats, as the front end needs to
// know it: its apiVersion, and how errors name it.
type fileFormat struct {
	apiVersion string
	// what names a document of the format: "a declaration".
	what string
	// empty is the error for a file of nothing but white space, or (if
	// noDocument is "") of nothing but comments and empty documents.
	empty string
	// noDocument is the error for a file of only comments and empty documents.
	noDocument string
	// single: the file holds one YAML document; tooMany is the error when
	// the parser finds too many.
	single  bool
	tooMany string
	// noVersion and unsupported are the errors for a document without
	// apiVersion (%s: the format's) and with another one (%q: it, %s: the format's).
	noVersion, unsupported string
	// others: a document of another art22 format is named as such.
	others bool
}

var declarationFormat = fileFormat{
	apiVersion:  APIVersion,
	what:        "a declaration",
	empty:       "file is empty: it holds no declaration",
	noDocument:  "file holds no declaration (only comments or empty documents)",
	noVersion:   "not an art22 declaration: the document has no apiVersion (expected apiVersion: %s)",
	unsupported: "unsupported apiVersion %q; this version of art22 reads %s",
	others:      true,
}

var waiversFormat = fileFormat{
	apiVersion:  WaiversAPIVersion,
	what:        "a waivers file",
	empty:       "file is empty: it holds no waivers",
	single:      true,
	tooMany:     "a waivers file holds one YAML document",
	noVersion:   "not a waivers file: no apiVersion (expected apiVersion: %s)",
	unsupported: "unsupported apiVersion %q; a waivers file is %s",
}

// otherFormats are art22's YAML formats other than the declaration, and
// what each file is.
var otherFormats = map[string][2]string{
	WaiversAPIVersion:   {"a waivers file", "give it with --waivers"},
	"art22.expected/v1": {"an expected-findings file", "art22 verify reads it"},
}

// document is a YAML document of a file, ready to decode.
type document struct {
	index int        // from 0, counting empty documents
	root  *yaml.Node // its top-level node
	// errs are the problems found in the document before decoding it
	// (aliases to another document's anchors), at most MaxErrors, and
	// more counts the others: a document with problems is not decoded.
	errs Errors
	more int
}

// documents checks the text of a file and parses its YAML documents,
// leaving out empty ones. A problem of the file is returned as Errors (or
// context.Cause(ctx) when ctx is done first); a problem of one document
// found before decoding it is in the document's errs.
func (l Limits) documents(ctx context.Context, name string, data []byte, f fileFormat) ([]document, error) {
	if err := ctx.Err(); err != nil {
		return nil, context.Cause(ctx)
	}
	fileErr := func(code Code, line int, msg string) error {
		return Errors{{Position: Position{File: name, Line: line}, Code: code, Message: msg}}
	}
	if int64(len(data)) > l.MaxBytes {
		return nil, l.tooLarge(name)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fileErr(CodeEmpty, 0, f.empty)
	}
	maxDocs := l.MaxDocuments
	if f.single {
		maxDocs = max(maxDocs, 2) // the second is refused below, at its place
	}
	nodes, err := parseDocuments(ctx, data, maxDocs, textChecks(name, data))
	if err != nil {
		var (
			many  *tooManyDocuments
			perrs Errors
		)
		switch {
		case ctx.Err() != nil:
			return nil, context.Cause(ctx)
		case errors.As(err, &perrs):
			return nil, perrs
		case errors.As(err, &many) && f.single:
			return nil, fileErr(CodeSyntax, many.line, f.tooMany)
		case errors.As(err, &many):
			return nil, Errors{{Position: Position{File: name, Line: many.line}, Code: CodeLimit, Limit: "MaxDocuments", Message: fmt.Sprintf("file holds more than %d YAML documents", l.MaxDocuments)}}
		}
		return nil, syntaxError(name, data, err)
	}
	var docs []document
	for i, n := range nodes {
		var (
			errs Errors
			more int
		)
		if i > 0 {
			errs, more = foreignAliases(name, n, l.MaxErrors)
		}
		root := n
		if root.Kind == yaml.DocumentNode {
			if len(root.Content) == 0 {
				continue
			}
			root = root.Content[0]
		}
		if isNull(root) {
			continue // an empty document, e.g. after a trailing ---
		}
		if f.single && len(docs) > 0 {
			// A second document would be ignored by a reader that stops
			// at the first, so it is refused rather than dropped.
			return nil, Errors{{Position: Position{File: name, Line: root.Line, Column: root.Column}, Code: CodeSyntax,
				Message: "a waivers file holds one YAML document; remove this second one (after ---) or move its waivers into the first"}}
		}
		docs = append(docs, document{index: i, root: root, errs: errs, more: more})
	}
	if len(docs) == 0 {
		if f.noDocument == "" {
			return nil, fileErr(CodeEmpty, 0, f.empty)
		}
		return nil, fileErr(CodeEmpty, 0, f.noDocument)
	}
	return docs, nil
}

// foreignAliases reports the aliases of a document that name an anchor of
// an earlier document. YAML scopes an anchor to its document, and other
// readers (PyYAML, yaml-language-server) refuse such an alias; the parser
// art22 uses keeps anchors from one document to the next, so without this
// check a file would mean one thing here and be an error elsewhere.
// It reports at most maxErrs (0: all) and counts the others.
func foreignAliases(name string, doc *yaml.Node, maxErrs int) (errs Errors, more int) {
	own := map[*yaml.Node]bool{} // the anchored nodes of the document
	var aliases []*yaml.Node
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if n.Anchor != "" {
			own[n] = true
		}
		if n.Kind == yaml.AliasNode {
			aliases = append(aliases, n)
			return
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(doc)
	for _, a := range aliases {
		if a.Alias == nil || own[a.Alias] {
			continue
		}
		if maxErrs > 0 && len(errs) >= maxErrs {
			more++
			continue
		}
		errs = append(errs, &Error{Position: Position{File: name, Line: a.Line, Column: a.Column}, Code: CodeCrossDocumentAlias,
			Message: fmt.Sprintf("alias *%s refers to the anchor &%s of an earlier YAML document (line %d): an anchor holds only in its own document, and other YAML readers refuse this file; repeat the content here", a.Value, a.Value, a.Alias.Line)})
	}
	return errs, more
}

// newDecoder returns the strict decoder of one document, with its node
// budget: MaxNodes, and at most ten times the nodes written in it.
func (l Limits) newDecoder(ctx context.Context, name string, root *yaml.Node, maxErrs int) *decoder {
	budget := min(l.MaxNodes, 10*countNodes(root)+10_000)
	return &decoder{ctx: ctx, file: name, budget: budget, limit: budget, ratioBound: budget < l.MaxNodes, maxErrs: maxErrs}
}

// load recognises the format of a document by its apiVersion, decodes it
// strictly into v, and checks its references. It reports whether the
// document loaded without error; the errors are in d.errs.
func (d *decoder) load(root *yaml.Node, f fileFormat, v reflect.Value) bool {
	r := resolve(root)
	if r.Kind != yaml.MappingNode {
		d.errorf(r, CodeAPIVersion, "", "%s is a mapping that starts with apiVersion: %s; got %s", f.what, f.apiVersion, kindName(r))
		return false
	}
	// Recognise the format before judging the fields: a file that is not
	// of this format at all gets one clear error, not a list of unknown fields.
	version := findKey(r, "apiVersion")
	switch {
	case version == nil:
		d.errorf(r, CodeAPIVersion, "apiVersion", f.noVersion, f.apiVersion)
		return false
	case f.others && version.Kind == yaml.ScalarNode && otherFormats[version.Value][0] != "":
		d.errorf(version, CodeOtherFormat, "apiVersion", "%s (apiVersion %s), not %s: %s", otherFormats[version.Value][0], version.Value, f.what, otherFormats[version.Value][1])
		if len(d.errs) > 0 {
			d.errs[len(d.errs)-1].OtherFormat = version.Value
		}
		return false
	case version.Kind != yaml.ScalarNode || version.Value != f.apiVersion:
		d.errorf(version, CodeAPIVersion, "apiVersion", f.unsupported, version.Value, f.apiVersion)
		return false
	}
	d.decode(r, v, "")
	if d.halted {
		return false
	}
	if d.spent {
		// Past the budget, other errors are artefacts of stopping early.
		for _, e := range d.errs {
			if e.Code == CodeLimit {
				d.errs, d.more = Errors{e}, 0
				return false
			}
		}
	}
	d.checkRefs()
	return len(d.errs) == 0 && d.more == 0
}

// ReadFile reads a regular file of at most maxBytes as LoadFile does:
// anything else (a named pipe, a device, a directory, a larger file) is
// refused with Errors that say why, without blocking.
func ReadFile(path string, maxBytes int64) ([]byte, error) {
	return Limits{MaxBytes: maxBytes}.readFile(path)
}

// readFile reads a file of at most MaxBytes. Only a regular file is read:
// a named pipe, a device (/dev/stdin, /proc/self/fd/1), a socket or a
// directory is refused with what it is, without being read, and is opened
// (non-blocking) only once it is known to be regular, so that no special
// file can block the run.
func (l Limits) readFile(path string) ([]byte, error) {
	fail := func(msg string) error {
		return Errors{{Position: Position{File: path}, Code: CodeFile, Message: msg}}
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, fail(describeOpenError(err))
	}
	if msg := notRegular(st.Mode()); msg != "" {
		return nil, fail(msg)
	}
	if st.Size() > l.MaxBytes {
		return nil, l.tooLarge(path) // refused unread
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, fail(describeOpenError(err))
	}
	defer f.Close()
	// The file may have been replaced since Stat: judge what was opened.
	if st, err = f.Stat(); err != nil {
		return nil, fail(err.Error())
	}
	if msg := notRegular(st.Mode()); msg != "" {
		return nil, fail(msg)
	}
	if st.Size() > l.MaxBytes {
		return nil, l.tooLarge(path)
	}
	data, err := io.ReadAll(io.LimitReader(f, l.MaxBytes+1))
	if err != nil {
		return nil, fail("cannot read: " + err.Error())
	}
	if int64(len(data)) > l.MaxBytes {
		return nil, l.tooLarge(path)
	}
	return data, nil
}

// notRegular says what a file that is not a regular file is, or "".
func notRegular(m os.FileMode) string {
	t := m.Type()
	switch {
	case m.IsRegular():
		return ""
	case m.IsDir():
		return "is a directory, not a declaration file"
	case t&os.ModeNamedPipe != 0:
		return "is a named pipe (FIFO), not a regular file: it is not read"
	case t&os.ModeSocket != 0:
		return "is a socket, not a regular file: it is not read"
	case t&os.ModeCharDevice != 0:
		return "is a character device (a terminal, /dev/stdin...), not a regular file: it is not read"
	case t&os.ModeDevice != 0:
		return "is a device, not a regular file: it is not read"
	}
	return "is not a regular file: it is not read"
}

func (l Limits) tooLarge(name string) error {
	return Errors{{Position: Position{File: name}, Code: CodeLimit, Limit: "MaxBytes", Message: fmt.Sprintf("file is larger than the limit of %d bytes", l.MaxBytes)}}
}

func describeOpenError(err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "no such file"
	case errors.Is(err, os.ErrPermission):
		return "permission denied"
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// textChecks returns the checks of the text made before parsing (UTF-8,
// control characters, tabs used for indentation), as Errors.
func textChecks(name string, data []byte) func() error {
	return func() error {
		if e := checkText(name, data); e != nil {
			return Errors{e}
		}
		if e := firstTabIndent(name, data); e != nil {
			return Errors{e}
		}
		return nil
	}
}

// tooManyDocuments stops parsing at the document past the limit.
type tooManyDocuments struct{ line int }

func (e *tooManyDocuments) Error() string { return "too many documents" }

// parseDocuments checks the text (pre) and parses the YAML documents of
// data. Neither can be interrupted, so for a large file they run on their
// own goroutine: when ctx is done first, parseDocuments returns at once
// and they finish in the background (their work is bounded by MaxBytes),
// their result dropped.
func parseDocuments(ctx context.Context, data []byte, maxDocs int, pre func() error) ([]*yaml.Node, error) {
	type result struct {
		docs []*yaml.Node
		err  error
	}
	parse := func(stop <-chan struct{}) result {
		if pre != nil {
			if err := pre(); err != nil {
				return result{nil, err}
			}
		}
		dec := yaml.NewDecoder(bytes.NewReader(data))
		var docs []*yaml.Node
		for {
			select {
			case <-stop:
				return result{nil, context.Canceled}
			default:
			}
			var n yaml.Node
			err := dec.Decode(&n)
			if err == io.EOF {
				return result{docs, nil}
			}
			if err != nil {
				return result{nil, err}
			}
			if len(docs) >= maxDocs {
				return result{nil, &tooManyDocuments{n.Line}}
			}
			docs = append(docs, &n)
		}
	}
	if ctx.Done() == nil || len(data) < 64<<10 {
		r := parse(ctx.Done()) // small: done in well under a second
		return r.docs, r.err
	}
	ch := make(chan result, 1)
	go func() { ch <- parse(ctx.Done()) }()
	select {
	case r := <-ch:
		return r.docs, r.err
	case <-ctx.Done():
		return nil, context.Cause(ctx)
	}
}

// findKey returns the value of a key of a mapping, written in it or merged
// into it (<<), without listing every entry of a large mapping twice.
func findKey(m *yaml.Node, key string) *yaml.Node {
	merges := false
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := m.Content[i]
		if k.Kind == yaml.ScalarNode && k.Value == "<<" && k.ShortTag() == "!!merge" {
			merges = true
		} else if keyName(k) == key {
			return resolve(m.Content[i+1])
		}
	}
	if merges {
		for _, p := range pairs(nil, m, "") {
			if keyName(p.key) == key {
				return resolve(p.value)
			}
		}
	}
	return nil
}

// countNodes counts the nodes written in a document, aliases once.
func countNodes(n *yaml.Node) int {
	c := 1
	if n.Kind != yaml.AliasNode {
		for _, k := range n.Content {
			c += countNodes(k)
		}
	}
	return c
}

var (
	yamlLineRE   = regexp.MustCompile(`^yaml: line ([0-9]+): (.*)$`)
	yamlAnchorRE = regexp.MustCompile(`^yaml: unknown anchor '(.*)' referenced$`)
)

// syntaxError turns a YAML parser error into an Error. The parser reports
// only a line, and for errors found by the parser (as opposed to the
// scanner) a line counted from 0: those are shifted to count from 1.
func syntaxError(name string, data []byte, err error) error {
	msg := err.Error()
	pos := Position{File: name}
	if m := yamlAnchorRE.FindStringSubmatch(msg); m != nil {
		pos.Line, pos.Column = findText(data, "*"+m[1])
		return Errors{{Position: pos, Code: CodeSyntax, Message: fmt.Sprintf("invalid YAML: alias *%s refers to no anchor (&%s)", m[1], m[1])}}
	}
	code := CodeSyntax
	if strings.Contains(msg, "exceeded max depth") {
		code = CodeLimit
	}
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		pos.Line, _ = strconv.Atoi(m[1])
		msg = m[2]
		if strings.HasPrefix(msg, "did not find expected") || strings.HasPrefix(msg, "found duplicate %") ||
			msg == "found incompatible YAML document" || msg == "found undefined tag handle" {
			pos.Line++
		}
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
		if strings.HasPrefix(msg, "exceeded max depth") {
			msg += " (nesting this deep is never a declaration)"
		}
	}
	return Errors{{Position: pos, Code: code, Message: "invalid YAML: " + msg}}
}

// findText returns the line and column of the first occurrence of s.
func findText(data []byte, s string) (line, col int) {
	i := bytes.Index(data, []byte(s))
	if i < 0 {
		return 0, 0
	}
	line = 1 + bytes.Count(data[:i], []byte{'\n'}) + bytes.Count(data[:i], []byte{'\r'}) - bytes.Count(data[:i], []byte("\r\n"))
	col = i - max(bytes.LastIndexByte(data[:i], '\n'), bytes.LastIndexByte(data[:i], '\r'))
	return line, col
}

// checkText finds what makes a file not YAML text at all, invalid UTF-8
// or a control character, and reports its exact position (the YAML parser
// reports neither line nor column for these).
func checkText(name string, data []byte) *Error {
	if bytes.HasPrefix(data, []byte{0xFE, 0xFF}) || bytes.HasPrefix(data, []byte{0xFF, 0xFE}) {
		return &Error{Position: Position{File: name, Line: 1, Column: 1}, Code: CodeEncoding, Message: "the file is UTF-16; save it as UTF-8"}
	}
	if utf8.Valid(data) && !hasControl(data) {
		return nil // the common case, without tracking positions
	}
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return &Error{Position: Position{File: name, Line: line, Column: col}, Code: CodeEncoding,
				Message: fmt.Sprintf("invalid UTF-8 (byte 0x%02X): the file is not UTF-8 text", data[i])}
		case r == '\n', r == '\r' && (i+1 == len(data) || data[i+1] != '\n'):
			line, col = line+1, 0 // YAML breaks lines at LF, CR LF and a lone CR
		case r < 0x20 && r != '\t' && r != '\r', r == 0x7F, r >= 0x80 && r < 0xA0 && r != 0x85, r == 0xFFFE, r == 0xFFFF:
			return &Error{Position: Position{File: name, Line: line, Column: col}, Code: CodeControlCharacter,
				Message: fmt.Sprintf("control character U+%04X is not allowed in YAML; is this a text file?", r)}
		}
		i += size
		col++
	}
	return nil
}

func hasControl(data []byte) bool {
	for _, c := range data {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == 0xC2 {
			return true // 0xC2 leads U+0080-U+00BF: let the slow path look
		}
	}
	return false
}

// firstTabIndent finds a tab used for indentation, which YAML forbids, and
// reports it with its exact position (the YAML parser reports only a line).
func firstTabIndent(name string, data []byte) *Error {
	line := 1
	for len(data) > 0 {
		end := bytes.IndexAny(data, "\r\n")
		l := data
		if end >= 0 {
			l = data[:end]
		}
		for col, c := range l {
			if c == '\t' {
				rest := bytes.TrimLeft(l[col:], " \t")
				if len(rest) == 0 || rest[0] == '#' {
					break // blank or comment-only line: harmless
				}
				return &Error{Position: Position{File: name, Line: line, Column: col + 1}, Code: CodeSyntax,
					Message: "invalid YAML: a tab is used for indentation; indent with spaces"}
			}
			if c != ' ' {
				break
			}
		}
		if end < 0 {
			break
		}
		if data[end] == '\r' && end+1 < len(data) && data[end+1] == '\n' {
			end++
		}
		data = data[end+1:]
		line++
	}
	return nil
}
