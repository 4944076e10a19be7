package checker

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/art22/checker/internal/engine"
	"github.com/art22/checker/rules"
	"github.com/open-policy-agent/opa/v1/ast"
)

// A bundle is a directory of Rego files with an OPA manifest: art22's rules
// (rules/, embedded) or a rule pack. Both are read by readBundle and put
// together by assemble, for New and for RunTests alike.
type bundle struct {
	// name is "art22" for the built-in rules, or the pack's directory.
	name string
	// builtin is true for art22's own rules.
	builtin bool
	// roots are the manifest's roots, as package paths (art22.rules.regulator).
	roots []string
	files []engine.File // rules and libraries
	tests []engine.File // _test.rego files
}

// manifest is the part of an OPA bundle manifest art22 reads.
type manifest struct {
	Roots *[]string `json:"roots"`
}

// readBundle reads a bundle's manifest and .rego files from fsys, each file
// through read (which applies the pack's file checks). Positions name the
// files prefix/path.
func readBundle(name, prefix string, builtin bool, fsys fs.FS, read func(string) ([]byte, error)) (*bundle, error) {
	b := &bundle{name: name, builtin: builtin}
	what := "rule pack " + name
	if builtin {
		what = "art22's rules"
	}
	raw, err := read(".manifest")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: no .manifest; add one that declares the pack's namespace, e.g. {\"roots\": [\"art22/rules/%s\"]}", what, suggestRoot(name))
	}
	if err != nil {
		return nil, fmt.Errorf("%s: .manifest: %w", what, err)
	}
	var m manifest
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("%s: .manifest: %v", what, err)
	}
	if m.Roots == nil || len(*m.Roots) == 0 {
		return nil, fmt.Errorf("%s: .manifest declares no roots", what)
	}
	for _, r := range *m.Roots {
		root := strings.ReplaceAll(strings.Trim(r, "/"), "/", ".")
		if !builtin && (!strings.HasPrefix(root, engine.Namespace+".") || strings.Count(root, ".") < 2) {
			return nil, fmt.Errorf("%s: root %q must be a namespace under art22/rules/, e.g. art22/rules/%s", what, r, suggestRoot(name))
		}
		b.roots = append(b.roots, root)
	}
	entries := 0
	err = fs.WalkDir(fsys, ".", func(fp string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if entries++; entries > maxPackEntries {
			return fmt.Errorf("more than %d files and directories; a pack is a directory of rules", maxPackEntries)
		}
		if d.IsDir() || !strings.HasSuffix(fp, ".rego") {
			return nil
		}
		if len(b.files)+len(b.tests) >= MaxPackFiles {
			return fmt.Errorf("more than %d .rego files", MaxPackFiles)
		}
		src, err := read(fp)
		if err != nil {
			return fmt.Errorf("%s: %w", fp, err)
		}
		f := engine.File{Name: path.Join(prefix, fp), Source: string(src)}
		if strings.HasSuffix(fp, "_test.rego") {
			b.tests = append(b.tests, f)
		} else {
			b.files = append(b.files, f)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if len(b.files) == 0 {
		return nil, fmt.Errorf("%s: no .rego rules", what)
	}
	return b, nil
}

// builtinBundle reads art22's own rules, embedded.
func builtinBundle() (*bundle, error) {
	return readBundle("art22", "rules", true, rules.FS, func(name string) ([]byte, error) { return fs.ReadFile(rules.FS, name) })
}

// assembly is art22's rules and the packs, parsed and checked, ready to
// compile: the rules to check with, and with tests, what to test.
type assembly struct {
	bundles []*bundle // art22's first
	// modules are what is compiled: every bundle's rules, and with tests
	// the tests and fixture.
	modules []*ast.Module
	// tested are the test files whose results are reported; underTest the
	// rule files they test.
	tested, underTest []string
}

// assemble reads art22's rules and every pack, parses them and checks that
// each module sits under its bundle's roots and that no two bundles' roots
// overlap. Every problem is reported at once, at its file:line. With tests,
// it adds the test files: art22's own when there is no pack; otherwise each
// pack's, with art22's fixture (package art22.fixture).
func assemble(sources []packSource, tests bool) (*assembly, error) {
	ours, err := builtinBundle()
	if err != nil {
		return nil, err
	}
	a := &assembly{bundles: []*bundle{ours}}
	var readErrs []error
	for _, src := range sources {
		p, err := src.load()
		if err != nil {
			readErrs = append(readErrs, err)
			continue
		}
		if tests && len(p.tests) == 0 {
			readErrs = append(readErrs, fmt.Errorf("rule pack %s: no _test.rego file", p.name))
			continue
		}
		a.bundles = append(a.bundles, p)
	}
	if len(readErrs) > 0 {
		return nil, errors.Join(readErrs...)
	}
	var errs ast.Errors
	var fatal []error
	parse := func(files []engine.File, b *bundle, isTest bool) []*ast.Module {
		mods, err := engine.ParseFiles(files)
		var ce *engine.CompileError
		switch {
		case errors.As(err, &ce):
			errs = append(errs, ce.Errors...)
		case err != nil:
			fatal = append(fatal, err)
		}
		for _, m := range mods {
			errs = append(errs, b.checkPackage(m, isTest)...)
		}
		return mods
	}
	for _, b := range a.bundles {
		a.modules = append(a.modules, parse(b.files, b, false)...)
		if !tests {
			continue
		}
		switch {
		case len(a.bundles) == 1: // art22's own tests
			a.modules = append(a.modules, parse(b.tests, b, true)...)
		case b.builtin: // the fixture, for the packs' tests
			for _, m := range parse(b.tests, b, true) {
				if under(pkgOf(m), "art22.fixture") {
					a.modules = append(a.modules, m)
				}
			}
			continue
		default:
			a.modules = append(a.modules, parse(b.tests, b, true)...)
		}
		for _, f := range b.tests {
			a.tested = append(a.tested, f.Name)
		}
		for _, f := range b.files {
			a.underTest = append(a.underTest, f.Name)
		}
	}
	errs = append(errs, overlaps(a.bundles)...)
	if len(fatal) > 0 {
		return nil, errors.Join(fatal...)
	}
	if len(errs) > 0 {
		return nil, &engine.CompileError{Errors: errs}
	}
	return a, nil
}

// packOf names the pack a rule comes from: "art22" for the built-in rules.
func (a *assembly) packOf(rulePath string) string {
	pkg := strings.TrimPrefix(rulePath, "data.")
	for _, b := range a.bundles[1:] {
		for _, r := range b.roots {
			if under(pkg, r) {
				return b.name
			}
		}
	}
	return "art22"
}

func pkgOf(m *ast.Module) string { return strings.TrimPrefix(m.Package.Path.String(), "data.") }

// checkPackage refuses a module outside its bundle's roots: stock OPA
// refuses such a bundle.
func (b *bundle) checkPackage(m *ast.Module, isTest bool) ast.Errors {
	pkg := pkgOf(m)
	if slices.ContainsFunc(b.roots, func(r string) bool { return under(pkg, r) }) {
		return nil
	}
	if b.builtin {
		return ast.Errors{ast.NewError(ast.CompileErr, m.Package.Location, "package %s is outside art22's roots (rules/.manifest)", pkg)}
	}
	msg := fmt.Sprintf("package %s is outside rule pack %s's namespace (%s, from its .manifest)", pkg, b.name, strings.Join(b.roots, ", "))
	if base, ok := strings.CutSuffix(pkg, "_test"); isTest && ok && slices.Contains(b.roots, base) {
		msg += fmt.Sprintf("; stock OPA refuses a bundle with a package outside its roots: put the tests in package %s.test, inside the root", base)
	}
	return ast.Errors{ast.NewError(ast.CompileErr, m.Package.Location, "%s", msg)}
}

// overlaps refuses roots of two bundles that overlap: stock OPA refuses to
// load such bundles together.
func overlaps(bundles []*bundle) ast.Errors {
	var errs ast.Errors
	for i, b := range bundles {
		for _, other := range bundles[:i] {
			for _, root := range b.roots {
				for _, o := range other.roots {
					if !under(root, o) && !under(o, root) {
						continue
					}
					owner := "art22's root " + o
					if !other.builtin {
						owner = fmt.Sprintf("root %s of rule pack %s", o, other.name)
					}
					errs = append(errs, ast.NewError(ast.CompileErr, nil, "rule pack %s: root %s overlaps %s; choose another name", b.name, root, owner))
				}
			}
		}
	}
	return errs
}

// checkRules finds the rules of the assembled modules, before they are
// compiled, and checks each one's metadata and the shape of the findings
// it writes: every problem of every rule, at its file:line, so that the
// author sees them all at once (beside the compiler's errors, if any). It
// returns the rules, sorted by id.
func (a *assembly) checkRules() ([]Rule, ast.Errors, error) {
	found, err := engine.FindRules(a.modules)
	if err != nil {
		var ce *engine.CompileError
		if errors.As(err, &ce) {
			return nil, ce.Errors, nil
		}
		return nil, nil, err
	}
	var errs ast.Errors
	out := make([]Rule, 0, len(found))
	seen := map[string]string{}
	for _, er := range found {
		r, rerrs := ruleFromAnnotations(er)
		r.Pack = a.packOf(r.Path)
		errs = append(errs, rerrs...)
		errs = append(errs, checkFindingShape(er)...)
		if first, dup := seen[r.ID]; dup && r.ID != "" {
			errs = append(errs, ast.NewError(ast.CompileErr, er.Location, "rule id %s is used twice (also by %s)", r.ID, first))
		}
		seen[r.ID] = r.Path
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b Rule) int { return strings.Compare(a.ID, b.ID) })
	slices.SortStableFunc(errs, func(a, b *ast.Error) int {
		if a.Location == nil || b.Location == nil {
			return 0
		}
		return cmp.Or(strings.Compare(a.Location.File, b.Location.File), cmp.Compare(a.Location.Row, b.Location.Row), cmp.Compare(a.Location.Col, b.Location.Col))
	})
	return out, errs, nil
}
