package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/art22/checker"
	"github.com/art22/checker/policy"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"go.yaml.in/yaml/v3"
)

// A configuration file sets flags of art22 check: each key is the long name
// of a flag, its value what the flag would be given. A flag given on the
// command line wins over the file. The file is named with --config, or
// found as .art22.yaml (or .art22.yml) in the current directory or a
// directory above it, up to the repository root (the directory that holds
// .git); outside a repository only the current directory is looked in.

// configMaxBytes bounds the configuration file read.
const configMaxBytes = 1 << 20

// configAliases are other keys for a flag, the plural a list reads as.
var configAliases = map[string]string{"formats": "format"}

// configExcluded are the flags a configuration file cannot set.
var configExcluded = map[string]bool{"config": true, "no-config": true, "help": true}

// configPathFlags are the flags whose values are paths: in a configuration
// file a relative path is relative to the file's directory, so that the
// file at the repository root means the same from every subdirectory. For
// format, the path is the FILE of NAME=FILE.
var configPathFlags = map[string]bool{"waivers": true, "rules": true, "baseline": true, "output": true, "format": true}

const configHelp = `

Configuration: flags can be set in a YAML file, each key the long name of a flag
(fail-on, waivers, rules, format or formats, as-of, timeout, jobs...), a list for a
repeatable flag:
  fail-on: violation
  waivers: [underwriting/waivers.yaml]
  format: [text, sarif=art22.sarif]
The file is --config FILE, or .art22.yaml (or .art22.yml) found in the current directory
or above it up to the repository root; --no-config reads none. Flags on the command line
win over the file; relative paths in it are relative to its directory. An unknown key is
an error (exit code 2). The file used is named in a note on standard error.`

// withConfig adds --config and --no-config to a command, and applies the
// configuration file to its flags before it runs.
func withConfig(cmd *cobra.Command, stderr io.Writer) *cobra.Command {
	fl := cmd.Flags()
	fl.String("config", "", "read flags from this YAML file (default: .art22.yaml in the current directory or above it, up to the repository root); flags on the command line win")
	fl.Bool("no-config", false, "read no configuration file")
	cmd.Long += configHelp
	next := cmd.PreRunE
	cmd.PreRunE = func(c *cobra.Command, args []string) error {
		if err := applyConfig(c, stderr); err != nil {
			return err
		}
		if next != nil {
			return next(c, args)
		}
		return nil
	}
	return cmd
}

// applyConfig finds or reads the configuration file and sets, from it,
// every flag not given on the command line.
func applyConfig(cmd *cobra.Command, stderr io.Writer) error {
	fl := cmd.Flags()
	path, _ := fl.GetString("config")
	none, _ := fl.GetBool("no-config")
	if none && path != "" {
		return usageError("--config and --no-config: give one or the other")
	}
	if none {
		return nil
	}
	if path == "" {
		var err error
		if path, err = findConfig(); err != nil {
			return err
		}
		if path == "" {
			return nil
		}
	}
	fail := func(errs []error) error {
		for _, e := range errs {
			fmt.Fprintln(stderr, e)
		}
		return fmt.Errorf("%s in the configuration file %s; nothing was checked", plural(len(errs), "error"), policy.Escape(path))
	}
	cfg, errs := readConfig(path, cmd)
	if len(errs) > 0 {
		return fail(errs)
	}
	var set, given []string
	for _, s := range cfg {
		if fl.Changed(s.flag) {
			given = append(given, "--"+s.flag)
			continue
		}
		for _, v := range s.values {
			if err := fl.Set(s.flag, v.value); err != nil {
				errs = append(errs, configError(path, v.node, "%s: %v", s.key, err))
			}
		}
		set = append(set, s.flag)
	}
	if len(errs) > 0 {
		return fail(errs)
	}
	note := fmt.Sprintf("%s: note: configuration file used", policy.Escape(path))
	if len(set) > 0 {
		note += " (sets " + strings.Join(set, ", ") + ")"
	} else {
		note += " (sets nothing)"
	}
	if len(given) > 0 {
		note += "; " + strings.Join(given, ", ") + " given on the command line"
	}
	if q := cmd.Flags().Lookup("quiet"); q == nil || q.Value.String() != "true" {
		fmt.Fprintln(stderr, note) // --quiet: the summary line and errors only
	}
	return nil
}

// findConfig returns the configuration file of the current directory: the
// nearest .art22.yaml or .art22.yml from it up to the repository root, or
// in it alone outside a repository; "" when there is none. The path is
// relative to the current directory.
func findConfig() (string, error) {
	cwd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	dirs := []string{cwd}
	if root := repoRoot(cwd); root != "" {
		for d := cwd; d != root; {
			d = filepath.Dir(d)
			dirs = append(dirs, d)
		}
	}
	for _, d := range dirs {
		var found []string
		for _, n := range checker.ConfigNames {
			p := filepath.Join(d, n)
			if _, err := os.Stat(p); err == nil {
				found = append(found, p)
			} else if !errors.Is(err, fs.ErrNotExist) {
				return "", fmt.Errorf("%s: %v", policy.Escape(p), errors.Unwrap(err))
			}
		}
		for i, p := range found {
			if rel, err := filepath.Rel(cwd, p); err == nil {
				found[i] = rel
			}
		}
		switch len(found) {
		case 0:
			continue
		case 1:
			return found[0], nil
		default:
			return "", fmt.Errorf("%s and %s: two configuration files; keep one (or name it with --config)", policy.Escape(found[0]), policy.Escape(found[1]))
		}
	}
	return "", nil
}

// repoRoot returns the nearest directory, from dir up, that holds .git (a
// directory, or a file in a worktree), or "" when there is none.
func repoRoot(dir string) string {
	for {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// configSetting is one key of a configuration file: the flag it sets and
// its values (several for a repeatable flag).
type configSetting struct {
	key, flag string
	values    []configValue
}

type configValue struct {
	value string
	node  *yaml.Node
}

// readConfig reads a configuration file strictly: one YAML mapping whose
// keys are flags of cmd, each once, with a scalar value or, for a
// repeatable flag, a list of scalars. Every problem is returned, located.
func readConfig(path string, cmd *cobra.Command) ([]configSetting, []error) {
	data, err := policy.ReadFile(path, configMaxBytes)
	if err != nil {
		return nil, []error{err}
	}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil // an empty file sets nothing
		}
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		var line int
		if _, scanErr := fmt.Sscanf(msg, "line %d:", &line); scanErr == nil {
			_, msg, _ = strings.Cut(msg, ": ")
			return nil, []error{fmt.Errorf("%s:%d: %s", policy.Escape(path), line, msg)}
		}
		return nil, []error{fmt.Errorf("%s: %s", policy.Escape(path), msg)}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return nil, []error{configError(path, &extra, "a configuration file holds one YAML document")}
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return nil, nil // only comments
	}
	if root.Kind != yaml.MappingNode {
		return nil, []error{configError(path, root, "a configuration file is a mapping of flag names to values (fail-on: violation)")}
	}
	fl := cmd.Flags()
	var keys []string
	fl.VisitAll(func(f *pflag.Flag) {
		if !configExcluded[f.Name] {
			keys = append(keys, f.Name)
		}
	})
	for k := range configAliases {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var out []configSetting
	var errs []error
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if k.Kind != yaml.ScalarNode || k.Tag != "!!str" {
			errs = append(errs, configError(path, k, "a key is a flag name (fail-on, waivers...)"))
			continue
		}
		name := k.Value
		flagName := name
		if a, ok := configAliases[name]; ok {
			flagName = a
		}
		f := fl.Lookup(flagName)
		if f != nil && configExcluded[flagName] {
			errs = append(errs, configError(path, k, "%s: not set in a configuration file (give --%s on the command line)", name, flagName))
			continue
		}
		if f == nil {
			msg := fmt.Sprintf("unknown key %q: not a flag of art22 %s", name, cmd.Name())
			if s := policy.Suggest(name, keys); s != "" {
				msg += "; did you mean " + s + "?"
			}
			errs = append(errs, configError(path, k, "%s", msg))
			continue
		}
		if prev, dup := seen[flagName]; dup {
			errs = append(errs, configError(path, k, "%s: set twice (first at line %d)", name, prev.Line))
			continue
		}
		seen[flagName] = k
		s := configSetting{key: name, flag: flagName}
		_, repeatable := f.Value.(interface{ GetSlice() []string })
		switch {
		case v.Kind == yaml.SequenceNode && !repeatable:
			errs = append(errs, configError(path, v, "%s: takes one value, not a list", name))
			continue
		case v.Kind == yaml.SequenceNode:
			for _, item := range v.Content {
				if item.Kind != yaml.ScalarNode || item.Tag == "!!null" {
					errs = append(errs, configError(path, item, "%s: each item is a value (a string, a number)", name))
					continue
				}
				s.values = append(s.values, configValue{resolveConfigPath(path, flagName, item.Value), item})
			}
		case v.Kind == yaml.ScalarNode && v.Tag != "!!null":
			s.values = append(s.values, configValue{resolveConfigPath(path, flagName, v.Value), v})
		case v.Kind == yaml.AliasNode:
			errs = append(errs, configError(path, v, "%s: aliases are not read in a configuration file; write the value", name))
			continue
		default:
			what := "a value"
			if repeatable {
				what = "a value or a list of values"
			}
			errs = append(errs, configError(path, v, "%s: needs %s", name, what))
			continue
		}
		out = append(out, s)
	}
	return out, errs
}

// resolveConfigPath makes a relative path written in the configuration
// file at path relative to the current directory instead.
func resolveConfigPath(path, flag, value string) string {
	dir := filepath.Dir(path)
	if !configPathFlags[flag] || dir == "." {
		return value
	}
	prefix := ""
	p := value
	if flag == "format" {
		name, file, ok := strings.Cut(value, "=")
		if !ok {
			return value
		}
		prefix, p = name+"=", file
	}
	if p == "" || filepath.IsAbs(p) {
		return value
	}
	return prefix + filepath.Join(dir, p)
}

func configError(path string, n *yaml.Node, format string, args ...any) error {
	return fmt.Errorf("%s:%d:%d: %s", policy.Escape(path), n.Line, n.Column, fmt.Sprintf(format, args...))
}
