package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/art22/checker/report"
	"go.yaml.in/yaml/v3"
)

// The CI recipes of the repository (action.yml, the GitLab CI template)
// are run here as CI would run them, with art22 and go replaced by scripts
// that record their arguments; the art22 commands recorded are then run
// through the CLI, from a clean copy of the examples with no waivers file.

// strictYAML decodes a file, refusing fields v does not have.
func strictYAML(t *testing.T, path string, v any) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return b
}

// recorders writes, in a new directory, scripts named art22 and go that
// record their arguments (NUL-separated, one call a line of the log) and
// the directory they ran in; art22 check exits with code. It returns the
// directory and the log.
func recorders(t *testing.T, code string) (bin, log string) {
	t.Helper()
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	bin = t.TempDir()
	log = filepath.Join(bin, "calls")
	for _, name := range []string{"art22", "go"} {
		script := "#!/bin/sh\n{ printf '" + name + "\\0%s\\0' \"$PWD\"; printf '%s\\0' \"$@\"; printf '\\n'; } >> " + log + "\n"
		if name == "go" {
			script += "[ \"$1\" = env ] && echo \"$HOME/go\"\n"
		}
		if name == "art22" {
			script += "[ \"$1\" = check ] && exit " + code + "\n"
		}
		script += "exit 0\n"
		if err := os.WriteFile(filepath.Join(bin, name), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return bin, log
}

type call struct {
	prog, dir string
	args      []string
}

func calls(t *testing.T, log string) []call {
	t.Helper()
	b, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	var out []call
	for line := range strings.SplitSeq(strings.TrimSuffix(string(b), "\n"), "\n") {
		f := strings.Split(strings.TrimSuffix(line, "\x00"), "\x00")
		out = append(out, call{prog: f[0], dir: f[1], args: f[2:]})
	}
	return out
}

// ciWorkspace is a clean copy of the examples laid out as the recipes
// assume: declarations in underwriting/, no waivers file, no configuration.
func ciWorkspace(t *testing.T) string {
	t.Helper()
	work := t.TempDir()
	if err := os.MkdirAll(filepath.Join(work, "underwriting"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"examples/reference/declaration.yaml", "examples/tm/declaration.yaml"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		writeExample(t, f, filepath.Join(work, "underwriting", filepath.Base(filepath.Dir(f))+".yaml"), b)
	}
	return work
}

// runRecorded runs an art22 command recorded by a recipe through the CLI,
// in dir; a format this build does not have yet (codequality, added beside
// this) is left out, with a log line.
func runRecorded(t *testing.T, dir string, args []string) (int, string) {
	t.Helper()
	var kept []string
	for i := 0; i < len(args); i++ {
		if args[i] == "--format" && i+1 < len(args) {
			name, _, _ := strings.Cut(args[i+1], "=")
			if !slices.Contains(report.Names(), name) {
				t.Logf("--format %s: not in this build (formats: %v); left out", args[i+1], report.Names())
				i++
				continue
			}
		}
		kept = append(kept, args[i])
	}
	wd, _ := os.Getwd()
	t.Chdir(dir)
	defer t.Chdir(wd)
	code, _, errs := run(t, kept...)
	return code, errs
}

type actionFile struct {
	Name        string
	Description string
	Author      string
	Branding    map[string]string
	Inputs      map[string]struct {
		Description string
		Required    bool
		Default     *string
	}
	Outputs map[string]struct{ Description, Value string }
	Runs    struct {
		Using string
		Steps []struct {
			ID, Name, Uses, If, Shell, Run string
			Env                            map[string]string
			With                           map[string]string
		}
	}
}

// TestGitHubAction: action.yml is a composite action whose inputs are all
// used, that installs art22 (go install ...@version, or from the action's
// checkout), runs art22 check with a valid command and exposes its exit
// code.
func TestGitHubAction(t *testing.T) {
	chdirRoot(t)
	var action actionFile
	src := strictYAML(t, "action.yml", &action)
	if action.Runs.Using != "composite" || action.Name == "" || action.Description == "" {
		t.Fatalf("not a composite action: %+v", action)
	}
	for _, in := range []string{"paths", "fail-on", "waivers", "rules", "formats", "version"} {
		if _, ok := action.Inputs[in]; !ok {
			t.Errorf("no input %s", in)
		}
	}
	if !action.Inputs["paths"].Required {
		t.Errorf("paths is not required")
	}
	// Every input is used, and every input used is declared.
	_, steps, _ := strings.Cut(string(src), "\nruns:")
	used := map[string]bool{}
	for _, m := range regexp.MustCompile(`inputs\.([a-z-]+)`).FindAllStringSubmatch(steps, -1) {
		used[m[1]] = true
		if _, ok := action.Inputs[m[1]]; !ok {
			t.Errorf("inputs.%s is used and not declared", m[1])
		}
	}
	for in, def := range action.Inputs {
		if !used[in] {
			t.Errorf("input %s is not used", in)
		}
		if def.Description == "" {
			t.Errorf("input %s has no description", in)
		}
	}
	if action.Outputs["exit-code"].Value != "${{ steps.check.outputs.exit-code }}" {
		t.Errorf("exit-code output: %+v", action.Outputs)
	}
	var uses []string
	for _, s := range action.Runs.Steps {
		if s.Uses != "" {
			uses = append(uses, s.Uses)
		}
	}
	if !slices.Equal(uses, []string{"actions/setup-go@v6", "actions/cache@v5"}) {
		t.Errorf("actions used: %v", uses)
	}

	// The steps' scripts, with inputs as a workflow gives them.
	expand := func(env map[string]string, inputs map[string]string, github map[string]string) []string {
		var out []string
		for k, v := range env {
			v = regexp.MustCompile(`\$\{\{ (inputs|github)\.([a-z_-]+) \}\}`).ReplaceAllStringFunc(v, func(e string) string {
				m := regexp.MustCompile(`\$\{\{ (inputs|github)\.([a-z_-]+) \}\}`).FindStringSubmatch(e)
				if m[1] == "inputs" {
					if v, ok := inputs[m[2]]; ok {
						return v
					}
					return *action.Inputs[m[2]].Default
				}
				return github[m[2]]
			})
			out = append(out, k+"="+v)
		}
		return out
	}
	step := func(id string) (script string, env map[string]string) {
		for _, s := range action.Runs.Steps {
			if s.ID == id || s.Name == id {
				if s.Shell != "bash" {
					t.Errorf("step %s: shell %q", id, s.Shell)
				}
				return s.Run, s.Env
			}
		}
		t.Fatalf("no step %s", id)
		return "", nil
	}
	bash := func(script string, env []string, dir, bin string) (int, string) {
		t.Helper()
		ghOut := filepath.Join(t.TempDir(), "output")
		ghPath := filepath.Join(t.TempDir(), "path")
		cmd := exec.Command("bash", "-e", "-c", script)
		cmd.Dir = dir
		cmd.Env = append(env, "PATH="+bin+":"+os.Getenv("PATH"), "HOME="+t.TempDir(), "GITHUB_OUTPUT="+ghOut, "GITHUB_PATH="+ghPath)
		out, err := cmd.CombinedOutput()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(ghOut)
		t.Logf("%s", out)
		return code, string(b)
	}

	// Install: the version asked for, or the action's checkout at its ref.
	root, _ := os.Getwd()
	script, env := step("Install art22")
	for _, tc := range []struct {
		version, ref string
		want         call
	}{
		{"v0.4.1", "v1", call{"go", "", []string{"install", "github.com/art22/checker/cmd/art22@v0.4.1"}}},
		{"", "v1", call{"go", root, []string{"install", "-trimpath", "-ldflags", "-X github.com/art22/checker/internal/version.Override=v1", "./cmd/art22"}}},
		{"", "", call{"go", root, []string{"install", "-trimpath", "-ldflags", "-X github.com/art22/checker/internal/version.Override=devel", "./cmd/art22"}}},
	} {
		bin, log := recorders(t, "0")
		work := t.TempDir()
		if code, _ := bash(script, expand(env, map[string]string{"version": tc.version}, map[string]string{"action_ref": tc.ref, "action_path": root}), work, bin); code != 0 {
			t.Fatalf("install: exit %d", code)
		}
		got := calls(t, log)[0]
		if tc.want.dir == "" {
			tc.want.dir = work
		}
		if got.prog != tc.want.prog || got.dir != tc.want.dir || !slices.Equal(got.args, tc.want.args) {
			t.Errorf("version %q ref %q: %+v, want %+v", tc.version, tc.ref, got, tc.want)
		}
	}

	// Check: a newcomer's inputs (no waivers file), then every input.
	script, env = step("art22 check")
	for _, tc := range []struct {
		inputs map[string]string
		setup  func(work string)
		flags  []string // flags the command must have
		files  []string // reports it must write
	}{
		{inputs: map[string]string{"paths": "underwriting/", "fail-on": "violation", "formats": "text sarif=art22.sarif"},
			flags: []string{"--fail-on", "--format"}, files: []string{"art22.sarif"}},
		{inputs: map[string]string{"paths": "underwriting/reference.yaml\nunderwriting/tm.yaml", "waivers": "underwriting/waivers.yaml", "rules": "packs/rule-pack", "config": "ci.yaml",
			"formats": "text\nsarif=art22.sarif\njunit=art22-junit.xml"},
			setup: func(work string) {
				writeFile(t, filepath.Join(work, "underwriting", "waivers.yaml"), "apiVersion: art22.waivers/v1\nwaivers: []\n")
				writeFile(t, filepath.Join(work, "ci.yaml"), "fail-on: violation\n")
				if err := os.CopyFS(filepath.Join(work, "packs", "rule-pack"), os.DirFS(filepath.Join(root, "examples", "rule-pack"))); err != nil {
					t.Fatal(err)
				}
			},
			flags: []string{"--waivers", "--rules", "--config", "--format"}, files: []string{"art22.sarif", "art22-junit.xml"}},
	} {
		work := ciWorkspace(t)
		if tc.setup != nil {
			tc.setup(work)
		}
		for _, fail := range []string{"true", "false"} {
			bin, log := recorders(t, "1")
			tc.inputs["fail"] = fail
			code, out := bash(script, expand(env, tc.inputs, nil), work, bin)
			if want := map[string]int{"true": 1, "false": 0}[fail]; code != want || out != "exit-code=1\n" {
				t.Errorf("fail %s: step exit %d, output %q", fail, code, out)
			}
			c := calls(t, log)
			if len(c) != 1 || c[0].prog != "art22" || c[0].args[0] != "check" {
				t.Fatalf("calls: %+v", c)
			}
			for _, f := range tc.flags {
				if !slices.Contains(c[0].args, f) {
					t.Errorf("%v: no %s", c[0].args, f)
				}
			}
			if fail == "false" {
				continue
			}
			code, errs := runRecorded(t, work, c[0].args)
			if code == ExitError {
				t.Errorf("art22 %s: exit 2\n%s", strings.Join(c[0].args, " "), errs)
			}
			for _, f := range tc.files {
				if _, err := os.Stat(filepath.Join(work, f)); err != nil {
					t.Errorf("art22 %s did not write %s", strings.Join(c[0].args, " "), f)
				}
			}
		}
	}
}

type gitlabTemplate struct {
	Variables map[string]string
	Job       struct {
		Stage     string
		Image     string
		Variables map[string]string
		Cache     struct {
			Key   string
			Paths []string
		}
		Script    []string
		Artifacts struct {
			When    string
			Paths   []string
			Reports map[string]string
		}
	} `yaml:"art22"`
}

// TestGitLabTemplate: the template to include runs a valid art22 command
// whose code-quality and JUnit reports are the files its artifacts name,
// and caches Go's caches inside the project directory.
func TestGitLabTemplate(t *testing.T) {
	chdirRoot(t)
	var tpl gitlabTemplate
	strictYAML(t, "ci/gitlab/art22.gitlab-ci.yml", &tpl)
	if tpl.Job.Artifacts.When != "always" || tpl.Job.Artifacts.Reports["codequality"] == "" || tpl.Job.Artifacts.Reports["junit"] == "" {
		t.Errorf("artifacts: %+v", tpl.Job.Artifacts)
	}
	for _, p := range tpl.Job.Cache.Paths {
		if v := tpl.Job.Variables["GOPATH"]; p != ".go/pkg/mod" && p != ".go-build" || v != "$CI_PROJECT_DIR/.go" {
			t.Errorf("cache path %s with GOPATH %s", p, v)
		}
	}
	if !strings.Contains(tpl.Job.Cache.Key, "$ART22_VERSION") {
		t.Errorf("cache key %q is not the art22 version's", tpl.Job.Cache.Key)
	}
	for _, tc := range []struct {
		vars  map[string]string
		setup func(work string)
	}{
		{vars: map[string]string{}},
		{vars: map[string]string{"ART22_VERSION": "v0.4.1", "ART22_FAIL_ON": "violation", "ART22_WAIVERS": "underwriting/waivers.yaml"},
			setup: func(work string) {
				writeFile(t, filepath.Join(work, "underwriting", "waivers.yaml"), "apiVersion: art22.waivers/v1\nwaivers: []\n")
			}},
	} {
		work := ciWorkspace(t)
		if tc.setup != nil {
			tc.setup(work)
		}
		bin, log := recorders(t, "1")
		env := []string{"PATH=" + bin + ":" + os.Getenv("PATH"), "CI_PROJECT_DIR=" + work, "HOME=" + t.TempDir()}
		vars := map[string]string{}
		for k, v := range tpl.Variables {
			vars[k] = v
		}
		for k, v := range tc.vars {
			vars[k] = v
		}
		for k, v := range tpl.Job.Variables {
			vars[k] = strings.ReplaceAll(v, "$CI_PROJECT_DIR", work)
		}
		for k, v := range vars {
			env = append(env, k+"="+v)
		}
		// GitLab runs the lines in one shell, stopping at the first failure.
		cmd := exec.Command("sh", "-e", "-c", strings.Join(tpl.Job.Script, "\n"))
		cmd.Dir, cmd.Env = work, env
		// art22 is found where go install puts it.
		os.MkdirAll(filepath.Join(work, ".go", "bin"), 0o755)
		os.Rename(filepath.Join(bin, "art22"), filepath.Join(work, ".go", "bin", "art22"))
		out, err := cmd.CombinedOutput()
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
			t.Fatalf("script: %v (want exit 1, art22's)\n%s", err, out)
		}
		c := calls(t, log)
		if len(c) != 3 || c[0].prog != "go" || !slices.Equal(c[0].args, []string{"install", "github.com/art22/checker/cmd/art22@" + vars["ART22_VERSION"]}) || c[2].prog != "art22" {
			t.Fatalf("calls: %+v", c)
		}
		args := c[2].args
		for kind, file := range tpl.Job.Artifacts.Reports {
			if !slices.Contains(args, kind+"="+file) {
				t.Errorf("%v: no --format %s=%s for the %s report", args, kind, file, kind)
			}
		}
		for _, v := range []string{"ART22_FAIL_ON", "ART22_WAIVERS"} {
			if vars[v] != "" && !slices.Contains(args, vars[v]) {
				t.Errorf("%s=%s: not in %v", v, vars[v], args)
			}
		}
		code, errs := runRecorded(t, work, args)
		if code == ExitError {
			t.Errorf("art22 %s: exit 2\n%s", strings.Join(args, " "), errs)
		}
		for _, f := range append(tpl.Job.Artifacts.Paths, tpl.Job.Artifacts.Reports["junit"]) {
			if _, err := os.Stat(filepath.Join(work, f)); err != nil {
				t.Errorf("art22 %s did not write %s", strings.Join(args, " "), f)
			}
		}
	}
}

// TestCIDocWorkflow: the GitHub workflow of docs/ci.md parses, uses the
// current majors of the actions, has the permissions code scanning needs
// (actions: read on private repositories), uploads only reports that were
// written, keys its cache on the art22 version, and its art22 command is
// valid on a repository with no waivers file.
func TestCIDocWorkflow(t *testing.T) {
	chdirRoot(t)
	doc, err := os.ReadFile("docs/ci.md")
	if err != nil {
		t.Fatal(err)
	}
	var blocks []string
	for _, block := range strings.Split(string(doc), "```yaml\n")[1:] {
		body, _, _ := strings.Cut(block, "```")
		blocks = append(blocks, body)
		var v any
		if err := yaml.Unmarshal([]byte(body), &v); err != nil {
			t.Errorf("a YAML block of docs/ci.md does not parse: %v\n%s", err, body)
		}
	}
	var wf struct {
		Permissions map[string]string
		Env         map[string]string
		Jobs        map[string]struct {
			Steps []struct {
				Name, Uses, If, Run string
				With                map[string]string
			}
		}
	}
	found := false
	for _, b := range blocks {
		if strings.HasPrefix(b, "name: art22\n") {
			found = true
			if err := yaml.Unmarshal([]byte(b), &wf); err != nil {
				t.Fatal(err)
			}
		}
	}
	if !found {
		t.Fatal("docs/ci.md has no workflow (name: art22)")
	}
	for k, v := range map[string]string{"contents": "read", "actions": "read", "security-events": "write"} {
		if wf.Permissions[k] != v {
			t.Errorf("permissions: %s: %q, want %s", k, wf.Permissions[k], v)
		}
	}
	want := map[string]string{"actions/checkout": "v5", "actions/setup-go": "v6", "actions/cache": "v5",
		"actions/upload-artifact": "v6", "github/codeql-action/upload-sarif": "v4"}
	var command string
	for _, s := range wf.Jobs["check"].Steps {
		if s.Uses != "" {
			name, ver, _ := strings.Cut(s.Uses, "@")
			if want[name] != ver {
				t.Errorf("%s: want @%s", s.Uses, want[name])
			}
			delete(want, name)
		}
		switch s.Uses {
		case "github/codeql-action/upload-sarif@v4":
			if s.If != "always() && hashFiles('"+s.With["sarif_file"]+"') != ''" {
				t.Errorf("the SARIF upload runs %q", s.If)
			}
		case "actions/cache@v5":
			if !strings.Contains(s.With["key"], "${{ env.ART22_VERSION }}") || strings.Contains(s.With["key"], "go.sum") {
				t.Errorf("cache key %q", s.With["key"])
			}
		case "actions/setup-go@v6":
			if s.With["cache"] != "false" {
				t.Errorf("setup-go caches on go.sum")
			}
		}
		if strings.HasPrefix(s.Run, "go install ") && !strings.Contains(s.Run, "@${{ env.ART22_VERSION }}") {
			t.Errorf("go install not at ART22_VERSION: %s", s.Run)
		}
		if strings.HasPrefix(s.Run, "art22 ") {
			command = strings.ReplaceAll(s.Run, "\\\n", "")
		}
	}
	if len(want) > 0 {
		t.Errorf("actions not used: %v", want)
	}
	if wf.Env["ART22_VERSION"] == "" {
		t.Errorf("no ART22_VERSION")
	}
	work := ciWorkspace(t)
	code, errs := runRecorded(t, work, strings.Fields(command)[1:])
	if code == ExitError {
		t.Errorf("the workflow's %s: exit 2\n%s", command, errs)
	}
	if _, err := os.Stat(filepath.Join(work, "art22.sarif")); err != nil {
		t.Errorf("the workflow's command wrote no art22.sarif")
	}
}
