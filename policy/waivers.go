package policy

import (
	"context"
	"errors"
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
	Waivers []FileWaiver `yaml:"waivers" json:"waivers" jsonschema:"required,minItems=1"`

	file      string
	positions []Position
}

// FileWaiver is a waiver in a waivers file: a Waiver, and the declarations
// it applies to.
type FileWaiver struct {
	// Glob patterns of the declaration files it applies to, matched against
	// the path given to art22 and against the file name. Default: every declaration.
	Declarations []string `yaml:"declarations" json:"declarations"`
	// The rule id.
	Rule string `yaml:"rule" json:"rule" jsonschema:"required"`
	// The JSON Pointer of the place the waiver covers; it covers findings at that place and below.
	Path string `yaml:"path" json:"path" jsonschema:"required" art22:"pointer"`
	// Why the finding is accepted.
	Reason string `yaml:"reason" json:"reason" jsonschema:"required" art22:"block"`
	// Who owns the remediation.
	Owner string `yaml:"owner" json:"owner" jsonschema:"required"`
	// Who approved the waiver.
	Approver string `yaml:"approver" json:"approver" jsonschema:"required"`
	// The ticket tracking it.
	Ticket string `yaml:"ticket" json:"ticket"`
	// The last day the waiver applies.
	Expires Date `yaml:"expires" json:"expires" jsonschema:"required"`
}

func (w *FileWaiver) check() []issue {
	var out []issue
	if err := checkPointer(w.Path); err != nil {
		out = append(out, issue{"path", err.Error()})
	}
	if is := checkApprover(w.Owner, w.Approver); is != nil {
		out = append(out, *is)
	}
	for _, g := range w.Declarations {
		if _, err := filepath.Match(g, ""); err != nil {
			out = append(out, issue{"declarations", fmt.Sprintf("%q is not a valid glob pattern", g)})
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
	docs, err := parseDocuments(ctx, data, max(l.MaxDocuments, 2), textChecks(path, data))
	var perrs Errors
	switch {
	case ctx.Err() != nil:
		return nil, context.Cause(ctx)
	case errors.As(err, &perrs):
		return nil, perrs
	case err != nil:
		var many *tooManyDocuments
		if errors.As(err, &many) {
			return nil, Errors{{Position: Position{File: path, Line: many.line}, Message: "a waivers file holds one YAML document"}}
		}
		return nil, syntaxError(path, data, err)
	}
	var doc *yaml.Node
	for _, n := range docs {
		if len(n.Content) == 0 || isNull(n.Content[0]) {
			continue // an empty document, e.g. after a trailing ---
		}
		if doc != nil {
			// A second document would be ignored by a reader that stops
			// at the first, so it is refused rather than dropped.
			r := n.Content[0]
			return nil, Errors{{Position: Position{File: path, Line: r.Line, Column: r.Column},
				Message: "a waivers file holds one YAML document; remove this second one (after ---) or move its waivers into the first"}}
		}
		doc = n
	}
	if doc == nil {
		return nil, Errors{{Position: Position{File: path}, Message: "file is empty: it holds no waivers"}}
	}
	root := resolve(doc.Content[0])
	budget := min(l.MaxNodes, 10*countNodes(root)+10_000)
	d := &decoder{ctx: ctx, file: path, budget: budget, limit: budget, ratioBound: budget < l.MaxNodes, ids: map[string]map[string]*yaml.Node{}, maxErrs: l.MaxErrors}
	if root.Kind != yaml.MappingNode {
		d.errorf(root, "", "a waivers file is a mapping that starts with apiVersion: %s; got %s", WaiversAPIVersion, kindName(root))
		return nil, d.errs
	}
	// Recognise the format first: a declaration or another file given as
	// waivers gets one clear error, not a list of unknown fields.
	version := findKey(root, "apiVersion")
	switch {
	case version == nil:
		d.errorf(root, "apiVersion", "not a waivers file: no apiVersion (expected apiVersion: %s)", WaiversAPIVersion)
		return nil, d.errs
	case version.Kind != yaml.ScalarNode || version.Value != WaiversAPIVersion:
		d.errorf(version, "apiVersion", "unsupported apiVersion %q; a waivers file is %s", version.Value, WaiversAPIVersion)
		return nil, d.errs
	}
	wf := &WaiverFile{file: path}
	d.decode(root, reflect.ValueOf(wf).Elem(), "")
	if ctx.Err() != nil {
		return nil, context.Cause(ctx)
	}
	if len(d.errs) > 0 {
		return nil, d.errs.capped(path, l.MaxErrors, d.more)
	}
	seq := findKey(root, "waivers")
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
		ws[i] = Waiver{Rule: w.Rule, Path: w.Path, Reason: w.Reason, Owner: w.Owner, Approver: w.Approver, Ticket: w.Ticket, Expires: w.Expires}
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
		ws = append(ws, Waiver{Rule: w.Rule, Path: w.Path, Reason: w.Reason, Owner: w.Owner, Approver: w.Approver, Ticket: w.Ticket, Expires: w.Expires})
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
