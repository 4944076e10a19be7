package checker

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"
)

// A rule pack is a directory of Rego modules written to the same
// conventions as art22's rules (multi-value rules with METADATA), loaded
// beside them: an OPA bundle. Its .manifest declares its roots:
//
//	{"roots": ["art22/rules/regulator"]}
//
// Every module of the pack, its tests included, must sit under one of its
// roots, which must be under art22/rules/ and may not overlap art22's roots
// (rules/.manifest) or another pack's: stock OPA then loads the pack and
// art22's rules together as bundles. A pack may import data.art22.lib and, in
// tests, data.art22.fixture. Files ending in _test.rego are its tests (art22
// test), in a package inside its root (art22.rules.regulator.test); the
// others are its rules.

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
// it is read, or a file system. Its errors are *PackError.
func (src packSource) load() (*bundle, error) {
	if src.dir == "" {
		b, err := readBundle(src.name, src.name, false, src.fsys, func(file string) ([]byte, error) { return readFSFile(src.fsys, file) })
		return b, packError(src.name, err)
	}
	root, err := openPackDir(src.dir)
	if err != nil {
		return nil, packError(src.name, err)
	}
	defer root.Close()
	b, err := readBundle(src.name, src.name, false, root.FS(), func(name string) ([]byte, error) { return readRootFile(root, name) })
	return b, packError(src.name, err)
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
