package policy

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"

	"go.yaml.in/yaml/v3"
)

// WaiversAPIVersion names the format of a separate waivers file.
const WaiversAPIVersion = "art22.waivers/v1"

// WaiverFile is a file of waivers kept apart from the declarations they
// apply to (art22 check --waivers FILE), for instance by a compliance team
// that owns them.
type WaiverFile struct {
	// Format version; must be art22.waivers/v1.
	APIVersion string `yaml:"apiVersion" json:"apiVersion" jsonschema:"required"`
	// The waivers.
	Waivers []FileWaiver `yaml:"waivers" json:"waivers" jsonschema:"required"`

	file      string
	positions []Position
}

// FileWaiver is a waiver in a waivers file: a Waiver, and the declarations
// it applies to.
type FileWaiver struct {
	// Glob patterns of the declaration files it applies to, matched against
	// the path given to art22 and against the file name. Default: every declaration.
	Declarations []string `yaml:"declarations" json:"declarations"`
	// The waiver: its fields are written beside declarations.
	Waiver `yaml:",inline"`
}

// check checks the globs; the Waiver's own checks are made on it.
func (w *FileWaiver) check() []issue {
	var out []issue
	for _, g := range w.Declarations {
		if _, err := filepath.Match(g, ""); err != nil {
			out = append(out, issue{"declarations", fmt.Sprintf("%q is not a valid glob pattern", g), CodeInvalid})
		}
	}
	return out
}

// LoadWaiverFile strictly loads a waivers file, reporting every problem
// with its position.
func LoadWaiverFile(path string) (*WaiverFile, error) {
	return DefaultLimits.LoadWaiverFile(path)
}

// LoadWaiverFile is LoadWaiverFile with these limits (MaxBytes and
// MaxNodes apply; a waivers file holds one YAML document).
func (l Limits) LoadWaiverFile(path string) (*WaiverFile, error) {
	return l.LoadWaiverFileContext(context.Background(), path)
}

// LoadWaiverFileContext is LoadWaiverFile, stopped when ctx is done (see
// LoadFileContext).
func (l Limits) LoadWaiverFileContext(ctx context.Context, path string) (*WaiverFile, error) {
	data, err := l.readFile(path)
	if err != nil {
		return nil, err
	}
	docs, err := l.documents(ctx, path, data, waiversFormat)
	if err != nil {
		return nil, err
	}
	doc := docs[0] // the only one
	if len(doc.errs) > 0 {
		return nil, doc.errs.capped(path, l.MaxErrors, doc.more)
	}
	d := l.newDecoder(ctx, path, doc.root, l.MaxErrors)
	wf := &WaiverFile{file: path}
	ok := d.load(doc.root, waiversFormat, reflect.ValueOf(wf).Elem())
	if ctx.Err() != nil {
		return nil, context.Cause(ctx)
	}
	if !ok {
		return nil, d.errs.capped(path, l.MaxErrors, d.more)
	}
	seq := findKey(resolve(doc.root), "waivers")
	for i := range wf.Waivers {
		pos := Position{File: path}
		if seq != nil && seq.Kind == yaml.SequenceNode && i < len(seq.Content) {
			w := resolve(seq.Content[i])
			pos.Line, pos.Column = w.Line, w.Column
		}
		wf.positions = append(wf.positions, pos)
	}
	return wf, nil
}

// All returns every waiver of the file, as declaration waivers, with their
// positions in the file.
func (wf *WaiverFile) All() ([]Waiver, []Position) {
	ws := make([]Waiver, len(wf.Waivers))
	for i, w := range wf.Waivers {
		ws[i] = w.Waiver
	}
	return ws, slices.Clone(wf.positions)
}

// For returns the waivers of the file that apply to a declaration file, as
// declaration waivers, with their positions in the waivers file.
func (wf *WaiverFile) For(declarationFile string) ([]Waiver, []Position) {
	var ws []Waiver
	var pos []Position
	for i, w := range wf.Waivers {
		if !matchesAny(w.Declarations, declarationFile) {
			continue
		}
		ws = append(ws, w.Waiver)
		pos = append(pos, wf.positions[i])
	}
	return ws, pos
}

func matchesAny(globs []string, file string) bool {
	if len(globs) == 0 {
		return true
	}
	for _, g := range globs {
		if ok, _ := filepath.Match(g, file); ok {
			return true
		}
		if ok, _ := filepath.Match(g, filepath.Base(file)); ok {
			return true
		}
	}
	return false
}

// OwnWaivers is how many of the declaration's waivers are written in it;
// the others (after them) come from a waivers file (WithWaivers).
func (d *Declaration) OwnWaivers() int {
	if d.src == nil {
		return len(d.Waivers)
	}
	return d.src.ownWaivers
}

// WithWaivers returns a copy of the declaration with more waivers, written
// elsewhere (a waivers file) at the given positions. The declaration itself
// is not changed. Findings on those waivers are located in their file.
func (d *Declaration) WithWaivers(ws []Waiver, positions []Position) *Declaration {
	if len(ws) == 0 {
		return d
	}
	n := *d
	n.Waivers = append(append([]Waiver(nil), d.Waivers...), ws...)
	if d.src != nil {
		src := *d.src // ownWaivers stays: a second waivers file adds after the first
		src.extraWaivers = append(append([]Position(nil), d.src.extraWaivers...), positions...)
		n.src = &src
	}
	return &n
}
