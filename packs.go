package checker

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
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

// WithRulePack adds the rule pack in a directory. Its files are read within
// the directory: a symbolic link that leaves it, a file that is not a
// regular file (a device, a FIFO) or one larger than MaxPackFileBytes is
// refused, unread.
func WithRulePack(dir string) Option {
	return func(c *config) { c.packs = append(c.packs, packSource{name: dir, dir: dir}) }
}

// WithRulePackFS adds a rule pack read from a file system; name is used in
// positions (name/file.rego). Files that fs.Stat does not report as regular,
// or larger than MaxPackFileBytes, are refused.
func WithRulePackFS(name string, fsys fs.FS) Option {
	return func(c *config) { c.packs = append(c.packs, packSource{name: name, fsys: fsys}) }
}

type packSource struct {
	name string
	dir  string // read with os.Root when set
	fsys fs.FS
}

// MaxPackFileBytes is the largest file of a rule pack read: the default
// limit on a declaration file.
const MaxPackFileBytes = 8 << 20

// MaxPackFiles is the most .rego files a pack may hold.
const MaxPackFiles = 1000

// maxPackEntries bounds the entries walked in a pack's directory.
const maxPackEntries = 10000

// load reads the pack: a directory through os.Root, so that nothing outside
// it is read, or a file system.
func (src packSource) load() (*Pack, error) {
	if src.dir == "" {
		return LoadPack(src.name, src.fsys)
	}
	root, err := openPackDir(src.dir)
	if err != nil {
		return nil, packError(src.name, err)
	}
	defer root.Close()
	p, err := loadPack(src.name, root.FS(), func(name string) ([]byte, error) { return readRootFile(root, name) })
	return p, packError(src.name, err)
}

// openPackDir opens a pack's directory, saying plainly when there is none.
func openPackDir(dir string) (*os.Root, error) {
	root, err := os.OpenRoot(dir)
	if err == nil {
		return root, nil
	}
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("rule pack %s: no such directory", dir)
	}
	if fi, serr := os.Stat(dir); serr == nil && !fi.IsDir() {
		return nil, fmt.Errorf("rule pack %s: not a directory", dir)
	}
	return nil, fmt.Errorf("rule pack %s: %w", dir, err)
}

// readRootFile reads a file of a pack's directory: opened without blocking
// (a FIFO would block until a writer came), then refused unless it is a
// regular file of at most MaxPackFileBytes, and read no further than that.
func readRootFile(root *os.Root, name string) ([]byte, error) {
	f, err := root.OpenFile(name, os.O_RDONLY|openNonBlock, 0)
	if err != nil {
		if fi, lerr := root.Lstat(name); lerr == nil && fi.Mode()&fs.ModeSymlink != 0 {
			target, _ := root.Readlink(name)
			return nil, fmt.Errorf("a symbolic link to %s, outside the pack's directory or to nothing; a pack reads only its own files", target)
		}
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	return readLimited(f, fi)
}

// readFSFile reads a file of a pack's file system, refused unless fs.Stat
// reports a regular file of at most MaxPackFileBytes.
func readFSFile(fsys fs.FS, name string) ([]byte, error) {
	fi, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if err := checkPackFile(fi); err != nil {
		return nil, err
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err = f.Stat(); err != nil {
		return nil, err
	}
	return readLimited(f, fi)
}

func checkPackFile(fi fs.FileInfo) error {
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("not a regular file (%s); a pack holds regular files", fileKind(fi.Mode()))
	}
	if fi.Size() > MaxPackFileBytes {
		return fmt.Errorf("%d bytes, larger than the %d MiB a pack's file may be", fi.Size(), MaxPackFileBytes>>20)
	}
	return nil
}

func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m.IsDir():
		return "a directory"
	}
	return m.Type().String()
}

func readLimited(r io.Reader, fi fs.FileInfo) ([]byte, error) {
	if err := checkPackFile(fi); err != nil {
		return nil, err
	}
	b, err := io.ReadAll(io.LimitReader(r, MaxPackFileBytes+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxPackFileBytes {
		return nil, fmt.Errorf("larger than the %d MiB a pack's file may be", MaxPackFileBytes>>20)
	}
	return b, nil
}

// builtinRoots are the packages of art22's own rules and library.
var builtinRoots = []string{"art22.lib", "art22.fixture"}

// LoadPack reads and validates a pack's manifest and files (not its
// Rego: that is compiled with the rest by New). Files that fs.Stat does not
// report as regular, or larger than MaxPackFileBytes, are refused.
func LoadPack(name string, fsys fs.FS) (*Pack, error) {
	p, err := loadPack(name, fsys, func(file string) ([]byte, error) { return readFSFile(fsys, file) })
	return p, packError(name, err)
}

// LoadPackDir reads and validates the pack in a directory, as WithRulePack
// does.
func LoadPackDir(dir string) (*Pack, error) { return packSource{name: dir, dir: dir}.load() }

func loadPack(name string, fsys fs.FS, read func(string) ([]byte, error)) (*Pack, error) {
	p := &Pack{Name: name}
	b, err := read(".manifest")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("rule pack %s: no .manifest; add one that declares the pack's namespace, e.g. {\"roots\": [\"art22/rules/%s\"]}", name, suggestRoot(name))
	}
	if err != nil {
		return nil, fmt.Errorf("rule pack %s: .manifest: %w", name, err)
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
		if len(p.files)+len(p.tests) >= MaxPackFiles {
			return fmt.Errorf("more than %d .rego files", MaxPackFiles)
		}
		src, err := read(fp)
		if err != nil {
			return fmt.Errorf("%s: %w", fp, err)
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
					return &PackError{Pack: p.Name, Err: fmt.Errorf("rule pack %s: root %s overlaps art22's package %s; choose another name", p.Name, root, pkg)}
				}
			}
			for other, owner := range claimed {
				if under(other, root) || under(root, other) {
					return &PackError{Pack: p.Name, Err: fmt.Errorf("rule pack %s: root %s overlaps root %s of rule pack %s", p.Name, root, other, owner)}
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
		return compileError("", &engine.CompileError{Errors: errs})
	}
	return nil
}
