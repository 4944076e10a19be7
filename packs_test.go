package checker_test

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/art22/checker"
	"github.com/art22/checker/internal/engine"
	"github.com/art22/checker/policy"
)

const packMeta = `# METADATA
# title: Test rule
# description: A rule of a test pack.
# custom:
#   id: %s
#   severity: risk
#   articles: [GDPR Art. 22(3)]
#   remediation: Fix it.
#   humanReview: Everything.
#   sources: [{kind: guideline, title: Test guidance}]
`

// writePack writes a pack with a manifest and one module.
func writePack(t *testing.T, manifest, module string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "pack")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if manifest != "" {
		os.WriteFile(filepath.Join(dir, ".manifest"), []byte(manifest), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "rules.rego"), []byte(module), 0o644)
	return dir
}

const manifest = `{"roots": ["art22/rules/regulator"]}`

func rule(id, body string) string {
	imports := ""
	if strings.Contains(body, "lib.") {
		imports = "import data.art22.lib\n\n"
	}
	return "package art22.rules.regulator\n\n" + imports + fmt.Sprintf(packMeta, id) +
		"slow_review contains {\"message\": \"m\", \"path\": [\"decisions\", i], \"because\": [\"b\"]} if {\n" + body + "\n}\n"
}

func TestPackLoadsAndFires(t *testing.T) {
	dir := writePack(t, manifest, rule("REG-SLOW-REVIEW", "\tsome i, d in input.decisions\n\tlib.within_art22[d.id]"))
	c, err := checker.New(checker.WithAsOf(asOf), checker.WithRulePack(dir))
	if err != nil {
		t.Fatal(err)
	}
	r, ok := c.Rule("REG-SLOW-REVIEW")
	if !ok || r.Pack != dir || r.Area != "regulator" {
		t.Fatalf("pack rule: %+v", r)
	}
	reps, err := c.CheckFile(context.Background(), "examples/reference/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(reps[0].Findings) != 1 || reps[0].Findings[0].RuleID != "REG-SLOW-REVIEW" {
		t.Errorf("findings: %+v", reps[0].Findings)
	}
}

// TestPackRefused: every way a pack can be wrong stops loading, with the reason.
func TestPackRefused(t *testing.T) {
	ok := rule("REG-X", "\tsome i, d in input.decisions")
	tests := []struct {
		name, manifest, module, want string
	}{
		{"no manifest", "", ok, `no .manifest; add one that declares the pack's namespace, e.g. {"roots": ["art22/rules/pack"]}`},
		{"root outside art22/rules", `{"roots": ["acme"]}`, ok, `root "acme" must be a namespace under art22/rules/`},
		{"root over ours", `{"roots": ["art22/rules/fairness"]}`, strings.Replace(ok, "regulator", "fairness", 1), "root art22.rules.fairness overlaps art22's root art22.rules.fairness"},
		{"package outside the namespace", manifest, strings.Replace(ok, "package art22.rules.regulator", "package art22.rules.other", 1), "rules.rego:1:1: rego_compile_error: package art22.rules.other is outside rule pack"},
		{"missing metadata", manifest, "package art22.rules.regulator\n\nx contains {\"message\": \"m\", \"path\": [], \"because\": [\"b\"]} if { input.controller.name }\n", "has no METADATA annotation"},
		{"duplicate id", manifest, rule("ART30-ROPA", "\tsome i, d in input.decisions"), "rule id ART30-ROPA is used twice"},
		{"compile error", manifest, rule("REG-X", "\tsome i, d in input.decisions\n\tunknown_function(d)"), "rego_type_error: undefined function unknown_function"},
		{"typo in a field", manifest, rule("REG-X", "\tsome i, d in input.decisions\n\td.automaton == \"x\""), "rego_type_error: undefined ref: d.automaton"},
		{"parse error", manifest, "package art22.rules.regulator\n\nx contains if {\n", "rego_parse_error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writePack(t, tt.manifest, tt.module)
			_, err := checker.New(checker.WithRulePack(dir))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v\nwant an error containing %q", err, tt.want)
			}
		})
	}
}

// TestPackSandbox: a pack that calls any forbidden builtin fails to load,
// naming the builtin and its file:line.
func TestPackSandbox(t *testing.T) {
	calls := map[string]string{
		"http.send":              `http.send({"method": "GET", "url": "https://example.com"})`,
		"net.lookup_ip_addr":     `net.lookup_ip_addr("example.com")`,
		"net.cidr_contains":      `net.cidr_contains("10.0.0.0/8", "10.0.0.1")`,
		"opa.runtime":            `opa.runtime()`,
		"time.now_ns":            `time.now_ns()`,
		"rand.intn":              `rand.intn("x", 10)`,
		"uuid.rfc4122":           `uuid.rfc4122("x")`,
		"io.jwt.decode_verify":   `io.jwt.decode_verify("x", {})`,
		"io.jwt.encode_sign":     `io.jwt.encode_sign({}, {}, {})`,
		"io.jwt.encode_sign_raw": `io.jwt.encode_sign_raw("{}", "{}", "{}")`,
		"crypto.x509.parse_and_verify_certificates":              `crypto.x509.parse_and_verify_certificates("x")`,
		"crypto.x509.parse_and_verify_certificates_with_options": `crypto.x509.parse_and_verify_certificates_with_options("x", {})`,
		"providers.aws.sign_req":                                 `providers.aws.sign_req({}, {}, 0)`,
		"trace":                                                  `trace("x")`,
		"json.verify_schema":                                     `json.verify_schema({"$ref": "file:///etc/passwd"})`,
		"json.match_schema":                                      `json.match_schema({}, {"$ref": "file:///etc/passwd"})`,
		"strings.render_template":                                `strings.render_template("{{range 2000000000}}x{{end}}", {})`,
		"graph.reachable_paths":                                  `graph.reachable_paths({"a": ["b"]}, {"a"})`,
		"internal.print":                                         `internal.print([["x"]])`,
		"graphql.parse_schema":                                   `graphql.parse_schema("type Query { a: Int }")`,
		"rego.parse_module":                                      `rego.parse_module("x.rego", "package x")`,
	}
	for name := range engine.Forbidden {
		if _, ok := calls[name]; !ok {
			t.Errorf("no sandbox test for forbidden builtin %s", name)
		}
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			module := rule("REG-X", "\tsome i, d in input.decisions\n\tx := "+call+"\n\tx")
			dir := writePack(t, manifest, module)
			_, err := checker.New(checker.WithRulePack(dir))
			line := strings.Count(module[:strings.Index(module, "x := ")], "\n") + 1
			want := regexp.MustCompile(regexp.QuoteMeta(filepath.Join(dir, "rules.rego")) + fmt.Sprintf(`:%d:\d+: rego_type_error: builtin %s is not allowed: it `, line, regexp.QuoteMeta(name)))
			if err == nil || !want.MatchString(err.Error()) {
				t.Errorf("got %v\nwant %s", err, want)
			}
		})
	}
}

// TestTwoPacksCannotOverlap refuses packs that claim the same namespace.
func TestTwoPacksCannotOverlap(t *testing.T) {
	a := writePack(t, manifest, rule("REG-A", "\tsome i, d in input.decisions"))
	b := writePack(t, `{"roots": ["art22/rules/regulator/sub"]}`, strings.Replace(rule("REG-B", "\tsome i, d in input.decisions"), "package art22.rules.regulator", "package art22.rules.regulator.sub", 1))
	_, err := checker.New(checker.WithRulePack(a), checker.WithRulePack(b))
	if err == nil || !strings.Contains(err.Error(), "overlaps root art22.rules.regulator") {
		t.Errorf("got %v", err)
	}
}

var _ = slices.Contains[[]string]
var _ = policy.APIVersion

// TestPackFiles: a pack's files are read within its directory, only if
// they are regular files within the size limit, and never block.
func TestPackFiles(t *testing.T) {
	ok := rule("REG-X", "\tsome i, d in input.decisions")
	newPack := func(t *testing.T) string { return writePack(t, manifest, ok) }
	for _, tc := range []struct {
		name  string
		setup func(t *testing.T) string // returns the directory
		want  string
	}{
		{"no such directory", func(t *testing.T) string { return filepath.Join(t.TempDir(), "nonexistent") }, "rule pack DIR: no such directory"},
		{"not a directory", func(t *testing.T) string {
			f := filepath.Join(t.TempDir(), "file")
			os.WriteFile(f, []byte("x"), 0o644)
			return f
		}, "rule pack DIR: not a directory"},
		{"manifest is /dev/zero", func(t *testing.T) string {
			dir := newPack(t)
			os.Remove(filepath.Join(dir, ".manifest"))
			os.Symlink("/dev/zero", filepath.Join(dir, ".manifest"))
			return dir
		}, "rule pack DIR: .manifest: a symbolic link to /dev/zero, outside the pack's directory or to nothing; a pack reads only its own files"},
		{"manifest links to a device inside", func(t *testing.T) string {
			dir := newPack(t)
			if err := syscall.Mknod(filepath.Join(dir, "null"), syscall.S_IFCHR|0o666, int(0x103)); err != nil {
				t.Skipf("mknod: %v", err)
			}
			os.Remove(filepath.Join(dir, ".manifest"))
			os.Symlink("null", filepath.Join(dir, ".manifest"))
			return dir
		}, "rule pack DIR: .manifest: not a regular file (a character device); a pack holds regular files"},
		{"rego is a FIFO", func(t *testing.T) string {
			dir := newPack(t)
			if err := syscall.Mkfifo(filepath.Join(dir, "hang.rego"), 0o644); err != nil {
				t.Skipf("mkfifo: %v", err)
			}
			return dir
		}, "rule pack DIR: hang.rego: not a regular file (a FIFO); a pack holds regular files"},
		{"rego links outside", func(t *testing.T) string {
			dir := newPack(t)
			outside := filepath.Join(filepath.Dir(dir), "outside.rego")
			os.WriteFile(outside, []byte(ok), 0o644)
			os.Symlink("../outside.rego", filepath.Join(dir, "link.rego"))
			return dir
		}, "rule pack DIR: link.rego: a symbolic link to ../outside.rego, outside the pack's directory or to nothing; a pack reads only its own files"},
		{"rego too large", func(t *testing.T) string {
			dir := newPack(t)
			f, _ := os.Create(filepath.Join(dir, "huge.rego"))
			f.Truncate(checker.MaxPackFileBytes + 1)
			f.Close()
			return dir
		}, "rule pack DIR: huge.rego: 8388609 bytes, larger than the 8 MiB a pack's file may be"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := tc.setup(t)
			done := make(chan error, 1)
			go func() {
				_, err := checker.New(checker.WithRulePack(dir))
				done <- err
			}()
			select {
			case err := <-done:
				want := strings.ReplaceAll(tc.want, "DIR", dir)
				if err == nil || err.Error() != want {
					t.Errorf("got %v\nwant %s", err, want)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("loading the pack blocked")
			}
		})
	}
	// The same checks on a pack given as a file system.
	for mode, want := range map[fs.FileMode]string{
		fs.ModeNamedPipe:  "rule pack fs: hang.rego: not a regular file (a FIFO); a pack holds regular files",
		fs.ModeCharDevice: "rule pack fs: hang.rego: not a regular file (a character device); a pack holds regular files",
	} {
		fsys := fstest.MapFS{".manifest": {Data: []byte(manifest)}, "rules.rego": {Data: []byte(ok)}, "hang.rego": {Mode: mode}}
		if _, err := checker.New(checker.WithRulePackFS("fs", fsys)); err == nil || err.Error() != want {
			t.Errorf("%v: got %v, want %s", mode, err, want)
		}
	}
	big := fstest.MapFS{".manifest": {Data: []byte(manifest)}, "rules.rego": {Data: []byte(ok)}, "big.rego": {Data: make([]byte, checker.MaxPackFileBytes+1)}}
	if _, err := checker.New(checker.WithRulePackFS("fs", big)); err == nil || !strings.Contains(err.Error(), "big.rego: 8388609 bytes, larger than the 8 MiB") {
		t.Errorf("large file: got %v", err)
	}
	// A link that stays inside the pack is followed.
	dir := writePack(t, manifest, ok)
	os.Rename(filepath.Join(dir, "rules.rego"), filepath.Join(dir, "real.rego.txt"))
	os.Symlink("real.rego.txt", filepath.Join(dir, "rules.rego"))
	if _, err := checker.New(checker.WithRulePack(dir)); err != nil {
		t.Errorf("a link inside the pack: %v", err)
	}
}

// TestPackProblemsAllAtOnce: every metadata and finding-shape problem of
// every rule is reported in one error, each at its file:line.
func TestPackProblemsAllAtOnce(t *testing.T) {
	src := `package art22.rules.regulator

# METADATA
# title: First
# description: d
# custom:
#   id: reg-lower
#   severity: grave
#   articles: [GDPR Art. 22(3)]
#   remediation: r
#   sources: [{kind: guideline, title: t}]
#   colour: blue
first contains {"message": "m", "path": "decisions/0"} if {
	some d in input.decisions
	d.id == "x"
}

# METADATA
# title: Second
# custom:
#   id: REG-SECOND
#   severity: risk
#   articles: [GDPR Art. 22(3)]
#   sources: [{kind: blog, title: t}]
second contains finding if {
	some i, d in input.decisions
	finding := {"message": "", "path": ["decisions", i, true], "because": "one text", "extra": 1}
}
`
	dir := writePack(t, manifest, src)
	_, err := checker.New(checker.WithRulePack(dir))
	if err == nil {
		t.Fatal("loaded")
	}
	f := filepath.Join(dir, "rules.rego")
	for _, want := range []string{
		f + `:3:1: rego_compile_error: rule data.art22.rules.regulator.first: unknown custom field "colour"`,
		f + `:3:1: rego_compile_error: rule data.art22.rules.regulator.first: id "reg-lower" must be upper case words`,
		f + `:3:1: rego_compile_error: rule data.art22.rules.regulator.first: severity "grave" must be violation, risk or advice`,
		f + `:13:16: rego_compile_error: rule data.art22.rules.regulator.first: the finding has no because`,
		f + `:13:41: rego_compile_error: rule data.art22.rules.regulator.first: the finding has path "decisions/0", which is not a JSON Pointer`,
		f + `:18:1: rego_compile_error: rule data.art22.rules.regulator.second: METADATA has no description`,
		f + `:18:1: rego_compile_error: rule data.art22.rules.regulator.second: METADATA custom has no remediation`,
		f + `:18:1: rego_compile_error: rule data.art22.rules.regulator.second: source kind "blog" must be one of`,
		f + `:27:84: rego_compile_error: rule data.art22.rules.regulator.second: the finding has key "extra"`,
		f + `:27:25: rego_compile_error: rule data.art22.rules.regulator.second: the finding has an empty message`,
		f + `:27:54: rego_compile_error: rule data.art22.rules.regulator.second: the finding has path element true; it must be a key`,
		f + `:27:72: rego_compile_error: rule data.art22.rules.regulator.second: the finding has because "one text", one text; it must be an array of texts`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q", want)
		}
	}
	if t.Failed() {
		t.Logf("got:\n%v", err)
	}
}

// TestRunTestsWithPackFS: the test runner takes New's options, a pack given
// as a file system too, and loads it as New does.
func TestRunTestsWithPackFS(t *testing.T) {
	ok := rule("REG-X", "\tsome i, d in input.decisions")
	test := "package art22.rules.regulator.test\n\nimport data.art22.fixture.baseline\nimport data.art22.rules.regulator\n\ntest_slow_review_fires if count(regulator.slow_review) == 1 with input as baseline\n"
	fsys := fstest.MapFS{".manifest": {Data: []byte(manifest)}, "rules.rego": {Data: []byte(ok)}, "rules_test.rego": {Data: []byte(test)}}
	rep, err := checker.RunTests(context.Background(), checker.TestOptions{Coverage: true}, checker.WithRulePackFS("fs", fsys))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Results) != 1 || !rep.Results[0].Pass || rep.Results[0].File != "fs/rules_test.rego" || len(rep.Unexercised) != 0 {
		t.Errorf("results: %+v", rep)
	}
	if len(rep.Coverage) != 1 || rep.Coverage[0].File != "fs/rules.rego" || rep.Coverage[0].Percent == 0 {
		t.Errorf("coverage: %+v", rep.Coverage)
	}
	// A malformed finding fails the tests as it fails New.
	bad := strings.Replace(ok, `"because": ["b"]`, `"because": []`, 1)
	fsys["rules.rego"] = &fstest.MapFile{Data: []byte(bad)}
	if _, err := checker.RunTests(context.Background(), checker.TestOptions{}, checker.WithRulePackFS("fs", fsys)); err == nil || !strings.Contains(err.Error(), "fs/rules.rego:13:") || !strings.Contains(err.Error(), "the finding has an empty because") {
		t.Errorf("malformed finding: %v", err)
	}
	// Two packs whose roots overlap are refused, as New refuses them.
	if _, err := checker.RunTests(context.Background(), checker.TestOptions{}, checker.WithRulePackFS("a", fsys), checker.WithRulePackFS("b", fsys)); err == nil || !strings.Contains(err.Error(), "rule pack b: root art22.rules.regulator overlaps root art22.rules.regulator of rule pack a") {
		t.Errorf("overlap: %v", err)
	}
}

// TestMetadataAndCompileErrorsTogether: a pack with a type error and a rule
// with incomplete metadata is told both at once.
func TestMetadataAndCompileErrorsTogether(t *testing.T) {
	src := rule("REG-X", "\tsome i, d in input.decisions\n\td.automaton == \"x\"")
	src = strings.Replace(src, "#   remediation: Fix it.\n", "", 1)
	_, err := checker.New(checker.WithRulePack(writePack(t, manifest, src)))
	if err == nil || !strings.Contains(err.Error(), "METADATA custom has no remediation") || !strings.Contains(err.Error(), "rego_type_error: undefined ref: d.automaton") {
		t.Errorf("got %v", err)
	}
}

// TestMetadataDecodedStrictly: the custom section is decoded into a
// struct: unknown fields, values of the wrong type and unknown source
// fields are each refused, all at once.
func TestMetadataDecodedStrictly(t *testing.T) {
	src := strings.Replace(rule("REG-X", "\tsome i, d in input.decisions"), "#   sources: [{kind: guideline, title: Test guidance}]\n",
		"#   sources: [{kind: guideline, title: Test guidance, link: x}]\n#   countries: IE\n#   humanreview: typo\n", 1)
	_, err := checker.New(checker.WithRulePack(writePack(t, manifest, src)))
	for _, want := range []string{
		`METADATA custom countries must be a non-empty list of country codes`,
		`unknown custom field "humanreview"; allowed: id, severity, articles, remediation, sources, appliesFrom, countries, humanReview, example`,
		`custom sources: each source is a mapping with kind, title and optionally url (unknown field "link")`,
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in\n%v", want, err)
		}
	}
}
