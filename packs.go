package checker

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/art22/checker/internal/engine"
	"github.com/open-policy-agent/opa/v1/ast"
)

// A rule pack is a directory of Rego modules written to the same
// conventions as art22's rules (multi-value rules with METADATA), loaded
// beside them. Its .manifest, an OPA bundle manifest, declares its namespace:
//
//	{"roots": ["art22/rules/regulator"]}
//
// Every module of the pack must sit under one of its roots, which must be
// under art22/rules/ and may not overlap art22's own packages or another
// pack's. A pack may import data.art22.lib. Files ending in _test.rego are
// its tests (art22 test); the others are its rules.

// Pack is a loaded rule pack.
type Pack struct {
	// Name is the directory the pack was loaded from.
	Name string
	// Roots are its namespaces, as package paths (art22.rules.regulator).
	Roots []string
	files []engine.File // rules
	tests []engine.File
}

// WithRulePack adds the rule pack in a directory.
func WithRulePack(dir string) Option {
	return WithRulePackFS(dir, os.DirFS(dir))
}

// WithRulePackFS adds a rule pack read from a file system; name is used in
// positions (name/file.rego).
func WithRulePackFS(name string, fsys fs.FS) Option {
	return func(c *config) { c.packs = append(c.packs, packSource{name, fsys}) }
}

type packSource struct {
	name string
	fsys fs.FS
}

// builtinRoots are the packages of art22's own rules and library.
var builtinRoots = []string{"art22.lib", "art22.fixture"}

// LoadPack reads and validates a pack's manifest and files (not its
// Rego: that is compiled with the rest by New).
func LoadPack(name string, fsys fs.FS) (*Pack, error) {
	p := &Pack{Name: name}
	b, err := fs.ReadFile(fsys, ".manifest")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("rule pack %s: no .manifest; add one that declares the pack's namespace, e.g. {\"roots\": [\"art22/rules/%s\"]}", name, suggestRoot(name))
	}
	if err != nil {
		return nil, fmt.Errorf("rule pack %s: %w", name, err)
	}
	var m struct {
		Roots []string `json:"roots"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("rule pack %s: .manifest: %v", name, err)
	}
	if len(m.Roots) == 0 {
		return nil, fmt.Errorf("rule pack %s: .manifest declares no roots", name)
	}
	for _, r := range m.Roots {
		root := strings.ReplaceAll(strings.Trim(r, "/"), "/", ".")
		if !strings.HasPrefix(root, engine.Namespace+".") || strings.Count(root, ".") < 2 {
			return nil, fmt.Errorf("rule pack %s: root %q must be a namespace under art22/rules/, e.g. art22/rules/%s", name, r, suggestRoot(name))
		}
		p.Roots = append(p.Roots, root)
	}
	err = fs.WalkDir(fsys, ".", func(fp string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(fp, ".rego") {
			return nil
		}
		src, err := fs.ReadFile(fsys, fp)
		if err != nil {
			return err
		}
		f := engine.File{Name: path.Join(name, fp), Source: string(src)}
		if strings.HasSuffix(fp, "_test.rego") {
			p.tests = append(p.tests, f)
		} else {
			p.files = append(p.files, f)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("rule pack %s: %w", name, err)
	}
	if len(p.files) == 0 {
		return nil, fmt.Errorf("rule pack %s: no .rego rules", name)
	}
	return p, nil
}

func suggestRoot(name string) string {
	base := strings.ToLower(path.Base(strings.ReplaceAll(name, "\\", "/")))
	var b strings.Builder
	for _, r := range base {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		default:
			b.WriteRune('_')
		}
	}
	if b.Len() == 0 || (b.String()[0] >= '0' && b.String()[0] <= '9') {
		return "my_pack"
	}
	return b.String()
}

// under reports whether package path pkg is root or inside it.
func under(pkg, root string) bool {
	return pkg == root || strings.HasPrefix(pkg, root+".")
}

// checkNamespaces refuses pack modules outside their pack's roots, and roots
// that overlap art22's packages or another pack's.
func checkNamespaces(builtin []*ast.Module, packs []*Pack, packMods map[*Pack][]*ast.Module) error {
	var errs ast.Errors
	var ours []string
	for _, m := range builtin {
		ours = append(ours, strings.TrimPrefix(m.Package.Path.String(), "data."))
	}
	claimed := map[string]string{}
	for _, p := range packs {
		for _, root := range p.Roots {
			for _, pkg := range append(slices.Clone(ours), builtinRoots...) {
				if under(pkg, root) || under(root, pkg) {
					return fmt.Errorf("rule pack %s: root %s overlaps art22's package %s; choose another name", p.Name, root, pkg)
				}
			}
			for other, owner := range claimed {
				if under(other, root) || under(root, other) {
					return fmt.Errorf("rule pack %s: root %s overlaps root %s of rule pack %s", p.Name, root, other, owner)
				}
			}
			claimed[root] = p.Name
		}
		for _, m := range packMods[p] {
			pkg := strings.TrimPrefix(m.Package.Path.String(), "data.")
			if !slices.ContainsFunc(p.Roots, func(r string) bool { return under(pkg, r) }) {
				errs = append(errs, ast.NewError(ast.CompileErr, m.Package.Location,
					"package %s is outside rule pack %s's namespace (%s, from its .manifest)", pkg, p.Name, strings.Join(p.Roots, ", ")))
			}
		}
	}
	if len(errs) > 0 {
		return &engine.CompileError{Errors: errs}
	}
	return nil
}
