package checker_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/art22/checker"
	"github.com/art22/checker/internal/engine"
	"github.com/art22/checker/policy"
)

// FuzzPack compiles random rule packs, built from a grammar of builtins
// and argument shapes (hostile ones among them: file references, time
// zones, huge widths, ranges and shifts, values that share their parts),
// beside art22's rules, and checks the reference declaration with each.
// Whatever the pack, the check must not crash, must return within its
// budget (plus the grace Eval gives a builtin call), must not read the
// canary file or the canary environment variable, must not leave a
// builtin call running for more than 5 s after it returns, and must not show a
// time in the process's local zone: the tests of this package run with a
// local zone of their own (TestMain), whose name and offset no rule may
// ever print.
func FuzzPack(f *testing.F) {
	for _, seed := range [][]byte{
		{},
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
		{3, 0, 7, 1, 9, 2, 11, 4, 13, 5, 17, 6},
		[]byte("sprintf concat json.marshal time.clock"),
		{255, 254, 253, 252, 251, 250, 249, 248, 247, 246, 245, 244},
		{1, 40, 2, 41, 3, 42, 4, 43, 5, 44, 6, 45, 7, 46},
	} {
		f.Add(seed)
	}
	canary, secret := writeCanary(f)
	decls, err := policy.LoadFile("examples/reference/declaration.yaml")
	if err != nil {
		f.Fatal(err)
	}
	const budget = 300 * time.Millisecond
	// A fuzz worker gives one input 10 s in all before it gives up.
	const leftBehind = 5 * time.Second
	f.Fuzz(func(t *testing.T, data []byte) {
		src := genPack(data, canary)
		fsys := fstest.MapFS{
			".manifest":  {Data: []byte(`{"roots": ["art22/rules/fuzz"]}`)},
			"rules.rego": {Data: []byte(src)},
		}
		c, err := checker.New(checker.WithAsOf(asOf), checker.WithRulePackFS("fuzz", fsys),
			checker.WithTimeout(budget), checker.WithMemoryLimit(1<<30))
		if err != nil {
			sandboxed(t, src, err.Error(), secret)
			return
		}
		start := time.Now()
		rep, err := c.Check(context.Background(), decls[0])
		d := time.Since(start)
		if d > budget+engine.StopGrace+time.Second {
			t.Fatalf("check took %s, budget %s\n%s", d, budget, src)
		}
		if d >= budget+engine.StopGrace/2 {
			// The check may have left a builtin call running: it must end
			// soon, or such calls pile up and take the process down.
			for wait := time.Now(); evaluating(); time.Sleep(10 * time.Millisecond) {
				if time.Since(wait) > leftBehind {
					t.Fatalf("a builtin call ran on for more than %s after its check returned\n%s", leftBehind, src)
				}
			}
		}
		if err != nil {
			sandboxed(t, src, err.Error(), secret)
			return
		}
		b, _ := json.Marshal(rep)
		sandboxed(t, src, string(b), secret)
	})
}

// writeCanary writes a file whose content, and an environment variable
// whose value, no rule may ever see.
func writeCanary(tb testing.TB) (path, secret string) {
	secret = fmt.Sprintf("canary-%d", time.Now().UnixNano())
	dir, err := os.MkdirTemp("", "art22-canary")
	if err != nil {
		tb.Fatal(err)
	}
	path = filepath.Join(dir, "secret.json")
	if err := os.WriteFile(path, []byte(`{"secret": "`+secret+`"}`), 0o644); err != nil {
		tb.Fatal(err)
	}
	os.Setenv("ART22_CANARY", secret)
	return path, secret
}

// evaluating reports whether an evaluation is still running: a goroutine
// in Engine.Eval's evaluation.
func evaluating() bool {
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			return strings.Contains(string(buf[:n]), "internal/engine.(*Engine).Eval.func")
		}
		buf = make([]byte, 2*len(buf))
	}
}

// sandboxed fails the test if the output shows the canary's secret or a
// time in the local zone.
func sandboxed(t *testing.T, src, out, secret string) {
	t.Helper()
	if strings.Contains(out, secret) || strings.Contains(out, strings.TrimPrefix(secret, "canary-")) {
		t.Fatalf("the pack read the canary:\n%s\n%s", out, src)
	}
	for _, local := range localZoneMarks {
		if strings.Contains(out, local) {
			t.Fatalf("the output shows a time in the process's local zone (%s):\n%s\n%s", local, out, src)
		}
	}
}

// The grammar. A pack is one rule whose body binds variables, each to a
// builtin called on earlier variables or literals, and emits a finding
// that holds them all.

type kind int

const (
	kString kind = iota
	kNumber
	kArray
	kObject
	kAny
	kTime    // a number, or [number, zone(, layout)]
	kStrings // an array of strings
	kNumbers // an array of numbers
)

type builtin struct {
	name string
	args []kind
	out  kind
}

var fuzzBuiltins = []builtin{
	{"sprintf", []kind{kString, kArray}, kString},
	{"concat", []kind{kString, kStrings}, kString},
	{"replace", []kind{kString, kString, kString}, kString},
	{"strings.replace_n", []kind{kObject, kString}, kString},
	{"regex.replace", []kind{kString, kString, kString}, kString},
	{"json.marshal", []kind{kAny}, kString},
	{"json.marshal_with_options", []kind{kAny, kObject}, kString},
	{"yaml.marshal", []kind{kAny}, kString},
	{"json.unmarshal", []kind{kString}, kAny},
	{"yaml.unmarshal", []kind{kString}, kAny},
	{"object.union", []kind{kObject, kObject}, kObject},
	{"object.union_n", []kind{kArray}, kObject},
	{"numbers.range", []kind{kNumber, kNumber}, kNumbers},
	{"numbers.range_step", []kind{kNumber, kNumber, kNumber}, kNumbers},
	{"array.flatten", []kind{kArray}, kArray},
	{"array.concat", []kind{kArray, kArray}, kArray},
	{"bits.lsh", []kind{kNumber, kNumber}, kNumber},
	{"format_int", []kind{kNumber, kNumber}, kString},
	{"time.clock", []kind{kTime}, kArray},
	{"time.date", []kind{kTime}, kArray},
	{"time.weekday", []kind{kTime}, kString},
	{"time.format", []kind{kTime}, kString},
	{"time.add_date", []kind{kNumber, kNumber, kNumber, kNumber}, kNumber},
	{"time.diff", []kind{kTime, kTime}, kArray},
	{"time.parse_ns", []kind{kString, kString}, kNumber},
	{"time.parse_rfc3339_ns", []kind{kString}, kNumber},
	{"units.parse", []kind{kString}, kNumber},
	{"units.parse_bytes", []kind{kString}, kNumber},
	{"upper", []kind{kString}, kString},
	{"split", []kind{kString, kString}, kStrings},
	{"strings.reverse", []kind{kString}, kString},
	{"substring", []kind{kString, kNumber, kNumber}, kString},
	{"regex.match", []kind{kString, kString}, kAny},
	{"regex.find_n", []kind{kString, kString, kNumber}, kStrings},
	{"glob.match", []kind{kString, kStrings, kString}, kAny},
	{"base64.decode", []kind{kString}, kString},
	{"base64.encode", []kind{kString}, kString},
	{"hex.encode", []kind{kString}, kString},
	{"urlquery.encode", []kind{kString}, kString},
	{"crypto.sha256", []kind{kString}, kString},
	{"io.jwt.decode", []kind{kString}, kArray},
	{"object.keys", []kind{kObject}, kAny},
	{"json.patch", []kind{kAny, kArray}, kAny},
	{"count", []kind{kAny}, kNumber},
	{"sort", []kind{kArray}, kArray},
	{"walk", []kind{kAny}, kArray},
	{"to_number", []kind{kString}, kNumber},
	{"abs", []kind{kNumber}, kNumber},
	{"floor", []kind{kNumber}, kNumber},
	{"sum", []kind{kNumbers}, kNumber},
	{"product", []kind{kNumbers}, kNumber},
	{"semver.compare", []kind{kString, kString}, kNumber},
	{"uuid.parse", []kind{kString}, kObject},
}

// fuzzRefused are refused: a pack that calls one must fail to load, and
// never read anything.
var fuzzRefused = []builtin{
	{"json.match_schema", []kind{kAny, kAny}, kArray},
	{"json.verify_schema", []kind{kAny}, kArray},
	{"strings.render_template", []kind{kString, kObject}, kString},
	{"opa.runtime", nil, kObject},
	{"http.send", []kind{kObject}, kObject},
	{"time.now_ns", nil, kNumber},
	{"graphql.parse_schema", []kind{kString}, kAny},
	{"graph.reachable_paths", []kind{kObject, kAny}, kAny},
	{"net.lookup_ip_addr", []kind{kString}, kAny},
	{"rego.parse_module", []kind{kString, kString}, kObject},
}

// fuzzStrings are string literals, hostile ones among them; CANARY is
// replaced by the canary file's path.
var fuzzStrings = []string{
	"", "x", "%v", "%[1]v%[1]v%[1]v%[1]v%[1]v%[1]v%[1]v%[1]v", "%1000000d%1000000d%1000000d", "%*d",
	"Local", "UTC", "Asia/Tokyo", "Europe/Paris", "../../etc/passwd", "CANARY", "file://CANARY",
	`{"$ref": "file://CANARY"}`, `{"$ref": "file:///proc/self/environ"}`, "/proc/self/environ", "file:///dev/zero",
	"2006-01-02 15:04 MST", "2026-11-01 09:00 JST", "RFC3339", "2026-11-01T00:00:00Z",
	"1e1000000", "1e308", "10KiB", "1e400Gi", "a: &a [x,x,x,x]\nb: &b [*a,*a,*a,*a]\nc: [*b,*b,*b,*b]",
	`[[[[[[[[[[1]]]]]]]]]]`, "(a*)*$", "", "*", "{{range 10}}x{{end}}", "package p\nx := 1",
	"eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.", "1.2.3", "00000000-0000-0000-0000-000000000000",
	"type Query { a: Int }", "\x00\x01", "ẞß",
}

var fuzzNumbers = []string{"0", "1", "-1", "2", "10", "1000", "1e6", "1e15", "1e300", "0.5", "64", "1000000", "1e100", "1024"}

var fuzzInputs = map[kind][]string{
	kString: {"input.controller.name", "input.evaluation.asOf", "input.decisions[0].id"},
	kNumber: {"count(input.decisions)", "count(input.dataCategories)"},
	kArray:  {"input.decisions", "input.dataCategories"},
	kObject: {"input.controller", "input.decisions[0]", "input"},
}

type byteReader struct {
	data []byte
	i    int
}

func (r *byteReader) next(n int) int {
	if n <= 0 {
		return 0
	}
	if r.i >= len(r.data) {
		return 0
	}
	b := int(r.data[r.i])
	r.i++
	return b % n
}

func genPack(data []byte, canary string) string {
	r := &byteReader{data: data}
	type v struct {
		name string
		k    kind
	}
	var vars []v
	var body []string
	var lit func(k kind, depth int) string
	lit = func(k kind, depth int) string {
		switch k {
		case kString:
			if r.next(4) == 0 {
				if in := fuzzInputs[kString]; len(in) > 0 {
					return in[r.next(len(in))]
				}
			}
			s := strings.ReplaceAll(fuzzStrings[r.next(len(fuzzStrings))], "CANARY", canary)
			return fmt.Sprintf("%q", s)
		case kNumber:
			return fuzzNumbers[r.next(len(fuzzNumbers))]
		case kTime:
			ns := fuzzNumbers[r.next(4)]
			switch r.next(3) {
			case 0:
				return ns
			case 1:
				return fmt.Sprintf("[%s, %q]", ns, []string{"Local", "UTC", "", "Asia/Tokyo"}[r.next(4)])
			}
			return fmt.Sprintf("[%s, %q, %q]", ns, []string{"Local", "UTC"}[r.next(2)], []string{"2006-01-02 15:04 MST", "Kitchen", "RFC3339"}[r.next(3)])
		case kStrings, kNumbers:
			el := kString
			if k == kNumbers {
				el = kNumber
			}
			parts := make([]string, r.next(4))
			for i := range parts {
				parts[i] = lit(el, depth+1)
			}
			return "[" + strings.Join(parts, ", ") + "]"
		case kObject:
			if r.next(4) == 0 {
				return fuzzInputs[kObject][r.next(len(fuzzInputs[kObject]))]
			}
			parts := make([]string, r.next(3))
			for i := range parts {
				parts[i] = fmt.Sprintf("%q: %s", fmt.Sprintf("k%d", r.next(3)), lit(kString, depth+1))
			}
			return "{" + strings.Join(parts, ", ") + "}"
		case kArray:
			return lit([]kind{kStrings, kNumbers}[r.next(2)], depth)
		}
		in := fuzzInputs[kObject]
		in = append(in, fuzzInputs[kArray]...)
		return in[r.next(len(in))]
	}
	var arg func(k kind, depth int) string
	arg = func(k kind, depth int) string {
		// An earlier variable of the kind, or any, or a composite of them
		// (shared parts), or a literal.
		var fit []v
		for _, x := range vars {
			if x.k == k || k == kAny || x.k == kAny || (k == kArray && (x.k == kStrings || x.k == kNumbers)) {
				fit = append(fit, x)
			}
		}
		switch c := r.next(5); {
		case c <= 1 && len(fit) > 0:
			return fit[r.next(len(fit))].name
		case c == 2 && depth < 2 && (k == kArray || k == kAny || k == kStrings || k == kNumbers):
			n := r.next(4) + 1
			parts := make([]string, n)
			el := kAny
			switch k {
			case kStrings:
				el = kString
			case kNumbers:
				el = kNumber
			}
			for i := range parts {
				parts[i] = arg(el, depth+1)
			}
			return "[" + strings.Join(parts, ", ") + "]"
		case c == 3 && depth < 2 && (k == kObject || k == kAny):
			n := r.next(3) + 1
			parts := make([]string, n)
			for i := range parts {
				parts[i] = fmt.Sprintf("%q: %s", fmt.Sprintf("k%d", i), arg(kAny, depth+1))
			}
			return "{" + strings.Join(parts, ", ") + "}"
		}
		return lit(k, depth)
	}
	n := r.next(8) + 1
	for i := range n {
		b := fuzzBuiltins[r.next(len(fuzzBuiltins))]
		if r.next(16) == 15 {
			b = fuzzRefused[r.next(len(fuzzRefused))]
		}
		args := make([]string, len(b.args))
		for j, k := range b.args {
			args[j] = arg(k, 0)
		}
		name := fmt.Sprintf("v%d", i)
		body = append(body, fmt.Sprintf("\t%s := %s(%s)", name, b.name, strings.Join(args, ", ")))
		vars = append(vars, v{name, b.out})
	}
	names := make([]string, len(vars))
	for i, x := range vars {
		names[i] = x.name
	}
	schemas := ""
	if r.next(16) == 15 {
		schemas = fmt.Sprintf("# schemas:\n#   - input: {\"$ref\": \"file://%s\"}\n", canary)
	}
	return fmt.Sprintf(`package art22.rules.fuzz

# METADATA
# title: Fuzzed rule
# description: A rule FuzzPack generated.
%s# custom:
#   id: FUZZ-RULE
#   severity: advice
#   articles: [GDPR Art. 22(3)]
#   remediation: None.
#   sources: [{kind: guideline, title: art22 fuzz}]
fuzzed contains {"message": sprintf("%%v", [[%s]]), "path": ["controller"], "because": ["fuzzed"]} if {
%s
}
`, schemas, strings.Join(names, ", "), strings.Join(body, "\n"))
}

// TestGenPack shows that the grammar makes packs that load and evaluate,
// and packs that are refused.
func TestGenPack(t *testing.T) {
	canary, _ := writeCanary(t)
	loaded, refused := 0, 0
	for i := range 20 {
		data := []byte(fmt.Sprint(i*7919, i*104729, i))
		src := genPack(data, canary)
		_, err := checker.New(checker.WithRulePackFS("fuzz", fstest.MapFS{
			".manifest":  {Data: []byte(`{"roots": ["art22/rules/fuzz"]}`)},
			"rules.rego": {Data: []byte(src)},
		}))
		if err != nil {
			refused++
		} else {
			loaded++
		}
	}
	if loaded == 0 || refused == 0 {
		t.Errorf("of 20 generated packs, %d loaded and %d were refused: the grammar should make both", loaded, refused)
	}
}
