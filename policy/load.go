package policy

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"

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
	// NoTextFiles refuses every textFile, each with an error at its
	// position: for declarations that come from someone else (a service
	// judging uploads), whose textFile would otherwise read a file under
	// the directory of the name they are loaded as.
	NoTextFiles bool
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
// name is used in error positions, and the texts that disclosures point at
// (textFile) are read relative to its directory, confined to it (see
// ReadTextFiles; Limits.NoTextFiles refuses them). It returns every problem
// found, as Errors, and no declaration if there is any problem.
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

// Load is Load with these limits.
func (l Limits) Load(name string, data []byte) ([]*Declaration, error) {
	return l.LoadContext(context.Background(), name, data)
}

// LoadContext is Load with these limits, stopped when ctx is done (see
// LoadFileContext).
func (l Limits) LoadContext(ctx context.Context, name string, data []byte) ([]*Declaration, error) {
	docs, err := l.documents(ctx, name, data, declarationFormat)
	if err != nil {
		return nil, err
	}
	var (
		out  []*Declaration
		errs Errors
		more int // errors past the cap, counted
	)
	for _, doc := range docs {
		room := 0 // errors the document may still report
		if l.MaxErrors > 0 {
			room = max(l.MaxErrors-len(errs), 1)
		}
		if len(doc.errs) > 0 {
			errs = append(errs, doc.errs...)
			more += doc.more
			continue
		}
		d := l.newDecoder(ctx, name, doc.root, room)
		decl := &Declaration{}
		ok := d.load(doc.root, declarationFormat, reflect.ValueOf(decl).Elem())
		if ctx.Err() != nil {
			return nil, context.Cause(ctx)
		}
		errs = append(errs, d.errs...)
		more += d.more
		if ok {
			decl.src = &source{file: name, doc: doc.index, root: resolve(doc.root), ownWaivers: len(decl.Waivers), index: &locateIndex{}}
			// The texts the disclosures point at are read relative to the
			// declaration's file, and are part of loading it.
			if err := decl.ReadTextFiles(ctx, filepath.Dir(name), l); err != nil {
				var fe Errors
				if !errors.As(err, &fe) {
					return nil, err
				}
				errs = append(errs, fe...)
				continue
			}
			out = append(out, decl)
		}
	}
	if len(errs) > 0 {
		return nil, errs.capped(name, l.MaxErrors, more)
	}
	return out, nil
}
