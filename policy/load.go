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

// Limits bound what loading a file may cost, so that a hostile or broken
// file fails fast with a clear error instead of exhausting the machine.
type Limits struct {
	// MaxBytes is the largest file read.
	MaxBytes int64
	// MaxDocuments is the most YAML documents (declarations) in one file.
	MaxDocuments int
	// MaxErrors is the most errors reported for one file; past it they are
	// counted, and the count is reported instead (0: no cap).
	MaxErrors int
	// MaxNodes is the most YAML nodes one declaration may expand to, aliases
	// and merge keys counted each time they are used. Whatever MaxNodes
	// says, a declaration may not expand to more than ten times the nodes
	// written in it (plus 10,000): aliases share, they do not multiply.
	MaxNodes int
}

// DefaultLimits are the limits Load and LoadFile apply.
var DefaultLimits = Limits{MaxBytes: 8 << 20, MaxDocuments: 1000, MaxNodes: MaxNodes, MaxErrors: MaxErrors}

// MaxErrors is the default cap on the errors reported for one file.
const MaxErrors = 100

// MaxNodes is the default node budget of one declaration.
const MaxNodes = 1_000_000

// source is where a declaration was loaded from.
type source struct {
	file string
	doc  int
	root *yaml.Node // the document's top-level mapping
	// Waivers added from a waivers file: the declaration's own waivers come
	// first (ownWaivers of them), then these, at their positions.
	ownWaivers   int
	extraWaivers []Position
	// index is shared by the copies WithWaivers makes: the tree is the same.
	index *locateIndex
}

// File is the name of the file the declaration was loaded from ("" if it was
// built in Go).
func (d *Declaration) File() string {
	if d.src == nil {
		return ""
	}
	return d.src.file
}

// Document is the index, from 0, of the declaration's YAML document in its file.
func (d *Declaration) Document() int {
	if d.src == nil {
		return 0
	}
	return d.src.doc
}

// LoadFile reads and strictly loads every declaration in a YAML file, one
// per YAML document.
func LoadFile(path string) ([]*Declaration, error) {
	return DefaultLimits.LoadFileContext(context.Background(), path)
}

// Load strictly loads every declaration in YAML data, one per YAML document.
// name is used in error positions. It returns every problem found, as Errors,
// and no declaration if there is any problem.
func Load(name string, data []byte) ([]*Declaration, error) {
	return DefaultLimits.LoadContext(context.Background(), name, data)
}

// LoadFile is LoadFile with these limits.
func (l Limits) LoadFile(path string) ([]*Declaration, error) {
	return l.LoadFileContext(context.Background(), path)
}

// LoadFileContext is LoadFile with these limits, stopped when ctx is done:
// it then returns context.Cause(ctx), within a fraction of a second
// whatever the file holds, and no declaration.
func (l Limits) LoadFileContext(ctx context.Context, path string) ([]*Declaration, error) {
	data, err := l.readFile(path)
	if err != nil {
		return nil, err
	}
	return l.LoadContext(ctx, path, data)
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
	fail := func(msg string) error { return Errors{{Position: Position{File: path}, Message: msg}} }
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
	return Errors{{Position: Position{File: name}, Limit: "MaxBytes", Message: fmt.Sprintf("file is larger than the limit of %d bytes", l.MaxBytes)}}
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

// Load is Load with these limits.
func (l Limits) Load(name string, data []byte) ([]*Declaration, error) {
	return l.LoadContext(context.Background(), name, data)
}

// LoadContext is Load with these limits, stopped when ctx is done (see
// LoadFileContext).
func (l Limits) LoadContext(ctx context.Context, name string, data []byte) ([]*Declaration, error) {
	if err := ctx.Err(); err != nil {
		return nil, context.Cause(ctx)
	}
	fileErr := func(line int, format string, args ...any) error {
		return Errors{{Position: Position{File: name, Line: line}, Message: fmt.Sprintf(format, args...)}}
	}
	if int64(len(data)) > l.MaxBytes {
		return nil, l.tooLarge(name)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fileErr(0, "file is empty: it holds no declaration")
	}
	docs, err := parseDocuments(ctx, data, l.MaxDocuments, textChecks(name, data))
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
		case errors.As(err, &many):
			return nil, Errors{{Position: Position{File: name, Line: many.line}, Limit: "MaxDocuments", Message: fmt.Sprintf("file holds more than %d YAML documents", l.MaxDocuments)}}
		}
		return nil, syntaxError(name, data, err)
	}
	var (
		out  []*Declaration
		errs Errors
		more int // errors past the cap, counted
	)
	for i, doc := range docs {
		root := doc
		if root.Kind == yaml.DocumentNode {
			if len(root.Content) == 0 {
				continue
			}
			root = root.Content[0]
		}
		if isNull(root) {
			continue // an empty document, e.g. after a trailing ---
		}
		room := 0 // errors the document may still report
		if l.MaxErrors > 0 {
			room = max(l.MaxErrors-len(errs), 1)
		}
		decl, derrs, dmore := l.decodeDocument(ctx, name, i, root, room)
		if ctx.Err() != nil {
			return nil, context.Cause(ctx)
		}
		errs = append(errs, derrs...)
		more += dmore
		if decl != nil {
			out = append(out, decl)
		}
	}
	if len(errs) > 0 {
		return nil, errs.capped(name, l.MaxErrors, more)
	}
	if len(out) == 0 {
		return nil, fileErr(0, "file holds no declaration (only comments or empty documents)")
	}
	return out, nil
}

func (l Limits) decodeDocument(ctx context.Context, name string, idx int, root *yaml.Node, maxErrs int) (*Declaration, Errors, int) {
	decl, errs, d := l.decodeDoc(ctx, name, idx, root, maxErrs)
	return decl, errs, d.more
}

func (l Limits) decodeDoc(ctx context.Context, name string, idx int, root *yaml.Node, maxErrs int) (*Declaration, Errors, *decoder) {
	budget := min(l.MaxNodes, 10*countNodes(root)+10_000)
	d := &decoder{ctx: ctx, file: name, budget: budget, limit: budget, ratioBound: budget < l.MaxNodes, ids: map[string]map[string]*yaml.Node{}, maxErrs: maxErrs}
	r := resolve(root)
	if r.Kind != yaml.MappingNode {
		d.errorf(r, "", "a declaration is a mapping that starts with apiVersion: %s; got %s", APIVersion, kindName(r))
		return nil, d.errs, d
	}
	// Recognise the format before judging the fields: a file that is not a
	// declaration at all gets one clear error, not a list of unknown fields.
	version := findKey(r, "apiVersion")
	switch {
	case version == nil:
		d.errorf(r, "apiVersion", "not an art22 declaration: the document has no apiVersion (expected apiVersion: %s)", APIVersion)
		return nil, d.errs, d
	case version.Kind == yaml.ScalarNode && otherFormats[version.Value][0] != "":
		d.errorf(version, "apiVersion", "%s (apiVersion %s), not a declaration: %s", otherFormats[version.Value][0], version.Value, otherFormats[version.Value][1])
		d.errs[len(d.errs)-1].OtherFormat = version.Value
		return nil, d.errs, d
	case version.Kind != yaml.ScalarNode || version.Value != APIVersion:
		d.errorf(version, "apiVersion", "unsupported apiVersion %q; this version of art22 reads %s", version.Value, APIVersion)
		return nil, d.errs, d
	}
	decl := &Declaration{}
	d.decode(r, reflect.ValueOf(decl).Elem(), "")
	if d.spent {
		// Past the budget, other errors are artefacts of stopping early.
		for _, e := range d.errs {
			if e.Limit == "MaxNodes" || strings.Contains(e.Message, "alias bombs") {
				return nil, Errors{e}, d
			}
		}
	}
	d.checkRefs()
	if len(d.errs) > 0 {
		return nil, d.errs, d
	}
	decl.src = &source{file: name, doc: idx, root: r, ownWaivers: len(decl.Waivers), index: &locateIndex{}}
	return decl, nil, d
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

// otherFormats are art22's YAML formats other than the declaration, and
// what each file is.
var otherFormats = map[string][2]string{
	WaiversAPIVersion:   {"a waivers file", "give it with --waivers"},
	"art22.expected/v1": {"an expected-findings file", "art22 verify reads it"},
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
		return Errors{{Position: pos, Message: fmt.Sprintf("invalid YAML: alias *%s refers to no anchor (&%s)", m[1], m[1])}}
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
	return Errors{{Position: pos, Message: "invalid YAML: " + msg}}
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
		return &Error{Position: Position{File: name, Line: 1, Column: 1}, Message: "the file is UTF-16; save it as UTF-8"}
	}
	if utf8.Valid(data) && !hasControl(data) {
		return nil // the common case, without tracking positions
	}
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return &Error{Position: Position{File: name, Line: line, Column: col},
				Message: fmt.Sprintf("invalid UTF-8 (byte 0x%02X): the file is not UTF-8 text", data[i])}
		case r == '\n', r == '\r' && (i+1 == len(data) || data[i+1] != '\n'):
			line, col = line+1, 0 // YAML breaks lines at LF, CR LF and a lone CR
		case r < 0x20 && r != '\t' && r != '\r', r == 0x7F, r >= 0x80 && r < 0xA0 && r != 0x85, r == 0xFFFE, r == 0xFFFF:
			return &Error{Position: Position{File: name, Line: line, Column: col},
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
				return &Error{Position: Position{File: name, Line: line, Column: col + 1},
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
