package cli

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// configRepo lays out a repository (a .git directory) with the TM example as
// underwriting/tm.yaml and the given .art22.yaml (none if ""), and returns
// its directory, made the current one.
func configRepo(t *testing.T, config string) string {
	t.Helper()
	chdirRoot(t)
	src := "examples/tm/declaration.yaml"
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, d := range []string{".git", "underwriting", "sub"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeExample(t, src, filepath.Join(dir, "underwriting", "tm.yaml"), b)
	if config != "" {
		writeFile(t, filepath.Join(dir, ".art22.yaml"), config)
	}
	t.Chdir(dir)
	return dir
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestConfigFile: .art22.yaml at the repository root sets the flags not
// given on the command line, from the root and from a subdirectory (its
// relative paths are relative to it), and the note names it.
func TestConfigFile(t *testing.T) {
	dir := configRepo(t, `# art22 check's flags for this repository
fail-on: never
as-of: 2026-11-01
formats:
  - text
  - json=art22.json
waivers: underwriting/waivers.yaml
timeout: 1m
jobs: 1
`)
	writeFile(t, filepath.Join(dir, "underwriting", "waivers.yaml"), "apiVersion: art22.waivers/v1\nwaivers: []\n")
	code, out, errs := run(t, "check", "underwriting")
	if code != ExitClean || !strings.Contains(out, "as of 2026-11-01") {
		t.Fatalf("fail-on never from the file: exit %d\n%s%s", code, out, errs)
	}
	wantNote := ".art22.yaml: note: configuration file used (sets fail-on, as-of, format, waivers, timeout, jobs)\n"
	if !strings.HasPrefix(errs, wantNote) || !strings.Contains(errs, "underwriting/waivers.yaml: note: not checked") {
		t.Errorf("stderr:\n%s", errs)
	}
	if _, err := os.Stat("art22.json"); err != nil {
		t.Errorf("formats from the file: %v", err)
	}
	os.Remove("art22.json")

	// The command line wins: --fail-on, and --format replaces the file's list.
	code, out, errs = run(t, "check", "--fail-on", "violation", "--format", "json", "underwriting")
	if code != ExitFindings || !strings.HasPrefix(out, "{") {
		t.Errorf("--fail-on and --format over the file: exit %d\n%s", code, errs)
	}
	if !strings.Contains(errs, "(sets as-of, waivers, timeout, jobs); --fail-on, --format given on the command line\n") {
		t.Errorf("note: %s", errs)
	}
	if _, err := os.Stat("art22.json"); err == nil {
		t.Errorf("the file's formats were added to the command line's")
	}

	// From a subdirectory: the file at the root is found, and its paths
	// (waivers, report files) are relative to it.
	t.Chdir(filepath.Join(dir, "sub"))
	code, _, errs = run(t, "check", "../underwriting/tm.yaml")
	if code != ExitClean || !strings.HasPrefix(errs, "../.art22.yaml: note: configuration file used") {
		t.Errorf("from sub/: exit %d\n%s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "art22.json")); err != nil {
		t.Errorf("json=art22.json from sub/ is not beside the file: %v", err)
	}

	// --no-config reads none; --config names another file.
	if code, _, errs := run(t, "check", "--no-config", "--as-of", "2026-11-01", "../underwriting/tm.yaml"); code != ExitFindings || strings.Contains(errs, "configuration") {
		t.Errorf("--no-config: exit %d %s", code, errs)
	}
	writeFile(t, "other.yml", "fail-on: violation\n")
	if code, _, errs := run(t, "check", "--config", "other.yml", "--as-of", "2026-11-01", "../underwriting/tm.yaml"); code != ExitFindings || !strings.HasPrefix(errs, "other.yml: note: configuration file used (sets fail-on)\n") {
		t.Errorf("--config: exit %d %s", code, errs)
	}
	if code, _, errs := run(t, "check", "--config", "missing.yaml", "../underwriting/tm.yaml"); code != ExitError || !strings.Contains(errs, "missing.yaml: no such file") {
		t.Errorf("--config missing: exit %d %s", code, errs)
	}
	if code, _, errs := run(t, "check", "--config", "other.yml", "--no-config", "../underwriting/tm.yaml"); code != ExitError || !strings.Contains(errs, "give one or the other") {
		t.Errorf("--config and --no-config: exit %d %s", code, errs)
	}
}

// TestConfigErrors: the file is read strictly; every problem is reported at
// its line and column, with a suggestion for a misspelt key, and nothing is
// judged (exit 2).
func TestConfigErrors(t *testing.T) {
	configRepo(t, "")
	for _, tc := range []struct{ src, want string }{
		{"fail_on: violation\ntimout: 1m\nwaiver: w.yaml\nfoo: 1\nconfig: x.yaml\n",
			`.art22.yaml:1:1: unknown key "fail_on": not a flag of art22 check; did you mean fail-on?
.art22.yaml:2:1: unknown key "timout": not a flag of art22 check; did you mean timeout?
.art22.yaml:3:1: unknown key "waiver": not a flag of art22 check; did you mean waivers?
.art22.yaml:4:1: unknown key "foo": not a flag of art22 check
.art22.yaml:5:1: config: not set in a configuration file (give --config on the command line)
art22: 5 errors in the configuration file .art22.yaml; nothing was checked
`},
		{"jobs: [1, 2]\nwaivers:\nformat: [text, {json: x}]\nfail-on: violation\nfail-on: risk\nformat: text\nformats: text\n",
			`.art22.yaml:1:7: jobs: takes one value, not a list
.art22.yaml:2:9: waivers: needs a value or a list of values
.art22.yaml:3:16: format: each item is a value (a string, a number)
.art22.yaml:5:1: fail-on: set twice (first at line 4)
.art22.yaml:6:1: format: set twice (first at line 3)
.art22.yaml:7:1: formats: set twice (first at line 3)
art22: 6 errors in the configuration file .art22.yaml; nothing was checked
`},
		{"jobs: many\ntimeout: soon\n",
			`.art22.yaml:1:7: jobs: invalid argument "many" for "--jobs" flag: strconv.ParseInt: parsing "many": invalid syntax
.art22.yaml:2:10: timeout: invalid argument "soon" for "--timeout" flag: time: invalid duration "soon"
art22: 2 errors in the configuration file .art22.yaml; nothing was checked
`},
		{"- fail-on\n", ".art22.yaml:1:1: a configuration file is a mapping of flag names to values (fail-on: violation)\n"},
		{"fail-on: never\n---\njobs: 1\n", ".art22.yaml:2:1: a configuration file holds one YAML document\n"},
		{"fail-on: [never\n", ".art22.yaml:1: did not find expected ',' or ']'\n"},
		{"x: &a never\nfail-on: *a\n", `.art22.yaml:1:1: unknown key "x": not a flag of art22 check
.art22.yaml:2:10: fail-on: aliases are not read in a configuration file; write the value
`},
	} {
		writeFile(t, ".art22.yaml", tc.src)
		code, out, errs := run(t, "check", "underwriting")
		if code != ExitError || out != "" || !strings.HasPrefix(errs, tc.want) {
			t.Errorf("%q: exit %d\n%s\nwant\n%s", tc.src, code, errs, tc.want)
		}
	}

	// Semantic checks of the values are the flags' own.
	writeFile(t, ".art22.yaml", "fail-on: sometimes\n")
	if code, _, errs := run(t, "check", "underwriting"); code != ExitError || !strings.Contains(errs, `--fail-on "sometimes": want violation`) {
		t.Errorf("fail-on: sometimes: exit %d %s", code, errs)
	}
	// Comments only, or nothing: a file that sets nothing.
	writeFile(t, ".art22.yaml", "# nothing yet\n")
	if code, _, errs := run(t, "check", "--as-of", "2026-11-01", "underwriting"); code != ExitFindings || !strings.HasPrefix(errs, ".art22.yaml: note: configuration file used (sets nothing)") {
		t.Errorf("comments only: exit %d %s", code, errs)
	}
	// Two configuration files in one directory are ambiguous.
	writeFile(t, ".art22.yml", "fail-on: never\n")
	if code, _, errs := run(t, "check", "underwriting"); code != ExitError || !strings.Contains(errs, ".art22.yaml and .art22.yml: two configuration files") {
		t.Errorf("two files: exit %d %s", code, errs)
	}
}

// TestConfigDiscovery: the file is looked for from the current directory up
// to the repository root and no further; outside a repository, only in the
// current directory. A directory scanned holding it does not check it as
// a declaration.
func TestConfigDiscovery(t *testing.T) {
	dir := configRepo(t, "fail-on: never\n")
	// A directory checked that holds the file: it is not a declaration.
	if code, _, errs := run(t, "check", "."); code != ExitClean || !strings.HasPrefix(errs, ".art22.yaml: note: configuration file used") {
		t.Errorf("check .: exit %d %s", code, errs)
	}
	// A directory above the repository root is not looked in.
	inner := filepath.Join(dir, "inner")
	for _, d := range []string{".git", "underwriting"} {
		os.MkdirAll(filepath.Join(inner, d), 0o755)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "underwriting", "tm.yaml"))
	writeExample(t, filepath.Join(dir, "underwriting", "tm.yaml"), filepath.Join(inner, "underwriting", "tm.yaml"), b)
	t.Chdir(filepath.Join(inner, "underwriting"))
	if code, _, errs := run(t, "check", "--as-of", "2026-11-01", "tm.yaml"); code != ExitFindings || strings.Contains(errs, "configuration") {
		t.Errorf("a configuration above the repository root was read: exit %d %s", code, errs)
	}
	// Outside a repository: the current directory only.
	os.Remove(filepath.Join(inner, ".git"))
	os.Remove(filepath.Join(dir, ".git"))
	if code, _, errs := run(t, "check", "--as-of", "2026-11-01", "tm.yaml"); code != ExitFindings || strings.Contains(errs, "configuration") {
		t.Errorf("outside a repository, a parent's configuration was read: exit %d %s", code, errs)
	}
	writeFile(t, ".art22.yml", "fail-on: never\n")
	if code, _, errs := run(t, "check", "tm.yaml"); code != ExitClean || !strings.HasPrefix(errs, ".art22.yml: note: configuration file used (sets fail-on)") {
		t.Errorf(".art22.yml in the current directory: exit %d %s", code, errs)
	}
}

// TestConfigKeysAreFlags: every flag of art22 check but --config,
// --no-config and --help is a key, whatever flags check has: the mapping
// follows the command.
func TestConfigKeysAreFlags(t *testing.T) {
	cmd := withConfig(newCheck(nil, nil), nil)
	var src strings.Builder
	n := 0
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if configExcluded[f.Name] {
			return
		}
		src.WriteString(f.Name + ": " + yamlQuote(f.DefValue) + "\n")
		n++
	})
	dir := t.TempDir()
	path := filepath.Join(dir, "c.yaml")
	writeFile(t, path, src.String())
	settings, errs := readConfig(path, cmd)
	if len(errs) > 0 || len(settings) != n || n < 10 {
		t.Errorf("%d keys of %d read, errors %v", len(settings), n, errs)
	}
}

// yamlQuote writes a flag's default as a YAML value.
func yamlQuote(v string) string {
	if v == "[]" {
		return v
	}
	return strconv.Quote(v)
}
