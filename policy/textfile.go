package policy

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"

	"github.com/art22/checker/internal/doctext"
)

// maxTextFilesBytes bounds the text files of one declaration together, as a
// multiple of MaxBytes: a declaration may point at many texts, but not at
// gigabytes.
const maxTextFilesBytes = 4

// ReadTextFiles reads the published texts a declaration's disclosures point
// at (textFile), relative to dir, as loading a declaration from its file does
// (relative to the file's directory). A declaration built in Go that names
// text files calls it before Check. Only regular files inside dir are read: a
// path that leaves dir (.., an absolute path, a symbolic link pointing out of
// it), a named pipe or a device is refused, as is a file larger than
// MaxBytes. The errors are positioned at the disclosure's textFile.
func (d *Declaration) ReadTextFiles(ctx context.Context, dir string, l Limits) error {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultLimits.MaxBytes
	}
	var (
		errs  Errors
		root  *os.Root
		total int64
	)
	for i := range d.Disclosures {
		ds := &d.Disclosures[i]
		if ds.TextFile == "" {
			continue
		}
		if err := ctx.Err(); err != nil {
			return context.Cause(ctx)
		}
		fail := func(field string, code Code, format string, args ...any) {
			e := &Error{Code: code, Field: fmt.Sprintf("disclosures[%d].%s", i, field), Message: fmt.Sprintf(format, args...)}
			ptr := JoinPointer("disclosures", strconv.Itoa(i), field)
			if pos, exact := d.Locate(ptr); exact || pos.Line > 0 {
				e.Position = pos
			} else {
				e.Pointer = ptr
			}
			errs = append(errs, e)
		}
		if l.NoTextFiles {
			fail("textFile", CodeFile, "textFile %q: text files are not read here (Limits.NoTextFiles); write the text in the declaration (text)", ds.TextFile)
			continue
		}
		name := filepath.ToSlash(ds.TextFile)
		if path.IsAbs(name) || filepath.IsAbs(ds.TextFile) || !fs.ValidPath(path.Clean(name)) {
			fail("textFile", CodeFile, "textFile %q must be a path relative to the declaration's directory, inside it", ds.TextFile)
			continue
		}
		if root == nil {
			r, err := os.OpenRoot(dir)
			if err != nil {
				fail("textFile", CodeFile, "textFile %q: the declaration's directory %s cannot be opened: %s", ds.TextFile, dir, describeOpenError(err))
				continue
			}
			root = r
			defer root.Close()
		}
		format, err := doctext.FormatOf(name)
		if err != nil {
			fail("textFile", CodeFile, "textFile %q: %v", ds.TextFile, err)
			continue
		}
		data, err := readRootFile(root, path.Clean(name), l.MaxBytes)
		if err != nil {
			fail("textFile", CodeFile, "textFile %q: %v", ds.TextFile, err)
			continue
		}
		if total += int64(len(data)); total > maxTextFilesBytes*l.MaxBytes {
			fail("textFile", CodeLimit, "the text files of this declaration hold more than %d bytes together (%d times --max-file-size)", maxTextFilesBytes*l.MaxBytes, maxTextFilesBytes)
			break
		}
		text, err := doctext.Extract(data, format, ds.Section, doctext.Limits{MaxBytes: l.MaxBytes})
		if err != nil {
			field := "textFile"
			if errors.Is(err, doctext.ErrSection) {
				field = "section"
			}
			fail(field, CodeFile, "textFile %q: %v", ds.TextFile, err)
			continue
		}
		if err := checkText(ds.TextFile, []byte(text)); err != nil {
			fail("textFile", CodeControlCharacter, "textFile %q holds a control character: %s", ds.TextFile, err.Message)
			continue
		}
		sum := sha256.Sum256(data)
		ds.fileText = text
		ds.Origin = TextOrigin{File: ds.TextFile, Section: ds.Section, SHA256: hex.EncodeToString(sum[:])}
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// readRootFile reads a regular file of at most maxBytes inside root. A
// symbolic link is followed only if it stays inside root (os.Root refuses
// the others); the file is opened non-blocking and judged on what was
// opened, so no special file can block.
func readRootFile(root *os.Root, name string, maxBytes int64) ([]byte, error) {
	st, err := root.Stat(name)
	if err != nil {
		return nil, errors.New(describeRootError(err))
	}
	if msg := notRegular(st.Mode()); msg != "" {
		return nil, errors.New(msg)
	}
	if st.Size() > maxBytes {
		return nil, fmt.Errorf("the file is larger than %d bytes (--max-file-size)", maxBytes)
	}
	f, err := root.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, errors.New(describeRootError(err))
	}
	defer f.Close()
	if st, err = f.Stat(); err != nil {
		return nil, err
	}
	if msg := notRegular(st.Mode()); msg != "" {
		return nil, errors.New(msg)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", err)
	}
	if int64(len(data)) > maxBytes {
		return nil, fmt.Errorf("the file is larger than %d bytes (--max-file-size)", maxBytes)
	}
	return data, nil
}

func describeRootError(err error) string {
	if strings.Contains(err.Error(), "path escapes from parent") {
		return "the path leaves the declaration's directory (through .. or a symbolic link): only files inside it are read"
	}
	return describeOpenError(err)
}

// textFor returns the text a disclosure is judged on: the text written in
// the declaration, or the text read from its file.
func (ds *Disclosure) textFor() string {
	if ds.TextFile != "" {
		return ds.fileText
	}
	return ds.Text
}

// placeholderPatterns find the placeholders of each syntax; the first group
// is the placeholder's name.
var placeholderPatterns = map[PlaceholderSyntax]*regexp.Regexp{
	PlaceholdersMustache:   regexp.MustCompile(`\{\{\s*([^{}|]*?)\s*(?:\|[^{}]*)?\}\}`),
	PlaceholdersDollar:     regexp.MustCompile(`\$\{\s*([^{}]*?)\s*\}`),
	PlaceholdersGuillemets: regexp.MustCompile(`«\s*([^«»]*?)\s*»`),
	PlaceholdersBrackets:   regexp.MustCompile(`\[\s*([^\[\]]*?)\s*\]`),
}

// canonicalPlaceholders writes every placeholder of the syntax as one word,
// "placeholder_<name>", whatever its spacing, case or filters, so that a
// quote such as "Smoker loading: {{ loading_percent }}" stands in a template
// that writes {{loading_percent|pct}}. Text without a syntax is unchanged.
func canonicalPlaceholders(s string, syntax PlaceholderSyntax) string {
	re := placeholderPatterns[syntax]
	if re == nil {
		return s
	}
	return re.ReplaceAllStringFunc(s, func(m string) string {
		name := re.FindStringSubmatch(m)[1]
		var b strings.Builder
		b.WriteString(" placeholder")
		for _, r := range strings.ToLower(name) {
			if isWordRune(r) {
				b.WriteRune(r)
			} else {
				b.WriteByte('x') // one word whatever the separators
			}
		}
		b.WriteByte(' ')
		return b.String()
	})
}
