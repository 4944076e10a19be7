package engine

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
)

// TestAudit: every builtin of this OPA is refused, guarded or reviewed
// safe, and only the guarded and safe ones are in the capabilities.
func TestAudit(t *testing.T) {
	allowed := map[string]bool{}
	for _, b := range Capabilities().Builtins {
		allowed[b.Name] = true
	}
	counts := map[string]int{}
	for _, b := range ast.CapabilitiesForThisVersion().Builtins {
		verdict, why := Audit(b.Name)
		counts[verdict]++
		if why == "" {
			t.Errorf("%s: %s, with no reason", b.Name, verdict)
		}
		if why == unreviewed {
			t.Errorf("%s is not reviewed: review it (reviewed, guards or Forbidden)", b.Name)
		}
		if allowed[b.Name] != (verdict != "refused") {
			t.Errorf("%s: %s, but allowed is %v", b.Name, verdict, allowed[b.Name])
		}
		if b.Nondeterministic && verdict != "refused" {
			t.Errorf("%s is nondeterministic, and %s", b.Name, verdict)
		}
	}
	for name := range guards {
		if ast.BuiltinMap[name] == nil {
			t.Errorf("guarded builtin %s is not a builtin of this OPA", name)
		}
	}
	for _, names := range reviewed {
		for _, n := range names {
			if ast.BuiltinMap[n] == nil {
				t.Errorf("reviewed builtin %s is not a builtin of this OPA", n)
			}
			if _, g := guards[n]; g || IsForbidden(n) {
				t.Errorf("%s is reviewed safe and also guarded or refused", n)
			}
		}
	}
	t.Logf("builtins: %v", counts)
}

// evalExpr evaluates one expression as art22 does: in a rule, compiled
// sandboxed, with the guards.
func evalExpr(t *testing.T, body, expr string) (any, error) {
	t.Helper()
	src := "package art22.rules.t\n\nr contains {\"v\": v} if {\n" + body + "\n\tv := " + expr + "\n}\n"
	mods, err := ParseFiles([]File{{Name: "t.rego", Source: src}})
	if err != nil {
		t.Fatal(err)
	}
	e, err := Compile(context.Background(), mods, Options{})
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	hits, err := e.Eval(ctx, ast.NewObject())
	if err != nil {
		return nil, err
	}
	if len(hits) != 1 {
		return nil, fmt.Errorf("%d hits", len(hits))
	}
	return hits[0].Value["v"], nil
}

// stockExpr evaluates the expression with stock OPA.
func stockExpr(t *testing.T, body, expr string) any {
	t.Helper()
	q := strings.ReplaceAll(strings.TrimSpace(body), "\n", ";") + ";v := " + expr
	q = strings.TrimPrefix(q, ";")
	rs, err := rego.New(rego.Query(q), rego.StrictBuiltinErrors(true)).Eval(context.Background())
	if err != nil || len(rs) != 1 {
		t.Fatalf("stock OPA: %v %v", rs, err)
	}
	return rs[0].Bindings["v"]
}

// A 64 KiB string, and values whose parts are shared: a20 holds a string
// 2^20 times (18 MiB written out), built by builtins so that the evaluator
// keeps it shared, and big holds a20 eight times (150 MiB).
const bigString = `	s := sprintf("%65536s", [""])`

func shared(n int) (arrays, objects string) {
	var a, o strings.Builder
	a.WriteString("\ta0 := [\"xxxxxxxxxxxxxxxx\"]\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&a, "\ta%d := array.concat([a%d], [a%d])\n", i, i-1, i-1)
	}
	fmt.Fprintf(&a, "\tbig := [a%d, a%d, a%d, a%d, a%d, a%d, a%d, a%d]\n", n, n, n, n, n, n, n, n)
	fmt.Fprintf(&o, "%s\tobig := {\"a\": big, \"b\": big}\n", a.String())
	return a.String(), o.String()
}

// TestGuardsRefuse: every guarded builtin refuses a call whose result
// would pass its bound, quickly, naming the builtin, instead of taking the
// process's memory.
func TestGuardsRefuse(t *testing.T) {
	big, bigObj := shared(20)
	for _, tc := range []struct {
		name, body, expr, want string
	}{
		{"sprintf indexes", bigString, `sprintf(concat("", ["%[1]v" | some i in numbers.range(1, 1000)]), [s])`, "sprintf: its result could be as large as"},
		{"sprintf widths", "", `sprintf(concat("", ["%1000000d" | some i in numbers.range(1, 40)]), [1])`, "sprintf: its result could be as large as"},
		{"sprintf %q", bigString, `sprintf("%q", [concat("", [s | some i in numbers.range(1, 100)])])`, "sprintf: its result could be as large as"},
		{"sprintf shared", big, `sprintf("%v", [big])`, "sprintf: its result could be as large as"},
		{"concat", bigString, `concat(",", [s | some i in numbers.range(1, 1000)])`, "concat: its result would be"},
		{"replace", bigString, `replace(s, "", s)`, "replace: its result would be"},
		{"strings.replace_n", bigString, `strings.replace_n({"": s}, s)`, "strings.replace_n: its result would be"},
		{"regex.replace", bigString, `regex.replace(s, "", s)`, "regex.replace: its result would be"},
		{"regex.replace expansions", bigString, `regex.replace(s, " +", concat("", ["$0" | some i in numbers.range(1, 1000)]))`, "regex.replace: its result would be"},
		{"json.marshal", big, `json.marshal(big)`, "json.marshal: its arguments, written out, are more than"},
		{"json.marshal_with_options", big, `json.marshal_with_options(big, {"pretty": true})`, "json.marshal_with_options: its result, with its prefix and indentation"},
		{"yaml.marshal", bigObj, `yaml.marshal(obig)`, "yaml.marshal: its result, with indentation"},
		{"template string", big, `$"{big}"`, "internal.template_string: its arguments"},
		{"object.union", bigObj, `object.union(obig, obig)`, "object.union: its arguments"},
		{"object.union_n", bigObj, `object.union_n([obig, obig])`, "object.union_n: its arguments"},
		{"numbers.range", "", `numbers.range(1, 1e15)`, "numbers.range: the range would hold 1e+15 numbers"},
		{"numbers.range_step", "", `numbers.range_step(0, 1e300, 2)`, "numbers.range_step: the range would hold"},
		{"array.concat", big, `array.concat(big, big)`, "array.concat: its result, written out, is more than"},
		{"json.patch", big, `json.patch({}, [{"op": "add", "path": "/a", "value": big}])`, "json.patch: its result, written out, is more than"},
		{"product", "\tx := bits.lsh(1, 1000000)", `product([x | some i in numbers.range(1, 200)])`, "product: its numbers have more than 100000 digits in all"},
		{"product of a range", "", `product(numbers.range(1, 100000))`, "product: its numbers have more than 100000 digits in all"},
		{"regex.match", bigString, `regex.match(s, "x")`, "regex.match: a pattern of 64 KiB is more than the 16 KiB"},
		{"regex.replace pattern", bigString, `regex.replace("x", s, "y")`, "regex.replace: a pattern of 64 KiB"},
		{"glob.match", bigString, `glob.match(s, [], "x")`, "glob.match: a pattern of 64 KiB"},
		{"regex.globs_match", bigString, `regex.globs_match("a", s)`, "regex.globs_match: a pattern of 64 KiB"},
		{"array.flatten", "\tr := numbers.range(1, 50000)", `array.flatten([r | some i in numbers.range(1, 100)])`, "array.flatten: the result would hold 5000000 elements"},
		{"bits.lsh", "", `bits.lsh(1, 1e12)`, "bits.lsh: the result would have about"},
		{"units.parse", "", `units.parse("1e100000000")`, "units.parse: the number's exponent has more than three digits"},
		{"units.parse_bytes", "", `units.parse_bytes("1e100000000KB")`, "units.parse_bytes: the number's exponent"},
		{"time.clock named zone", "", `time.clock([0, "Asia/Tokyo"])`, `time.clock: time zone "Asia/Tokyo" is not allowed`},
		{"time.date named zone", "", `time.date([0, "Europe/Paris"])`, `time.date: time zone "Europe/Paris" is not allowed`},
		{"time.weekday named zone", "", `time.weekday([0, "America/New_York"])`, `time.weekday: time zone`},
		{"time.format named zone", "", `time.format([0, "Asia/Tokyo", "2006"])`, `time.format: time zone`},
		{"time.add_date named zone", "", `time.add_date(0, 1, 0, 0) == time.diff([0, "UTC"], [0, "Asia/Tokyo"])`, `time.diff: time zone "Asia/Tokyo"`},
		{"result too large", big, `big`, "the findings, written out, are more than"}, // no rule to name
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			v, err := evalExpr(t, tc.body, tc.expr)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %.200v, %v\nwant an error containing %q", v, err, tc.want)
			}
			if !strings.Contains(err.Error(), "t.rego:") && tc.name != "result too large" {
				t.Errorf("the error does not name the rule's file and line: %v", err)
			}
			// Generous: building the test's values takes seconds under -race.
			if d := time.Since(start); d > 30*time.Second {
				t.Errorf("refused after %s", d)
			}
		})
	}
}

// TestGuardsAsStock: within the bounds, the guarded builtins give stock
// OPA's results (in UTC).
func TestGuardsAsStock(t *testing.T) {
	for _, tc := range []struct{ body, expr string }{
		{"", `sprintf("%s-%d-%v-%5.2f", ["a", 1, {"k": [1]}, 3.14159])`},
		{bigString, `count(sprintf("%s|%s|%s|%s|%s", [s, s, s, s, s]))`},
		{"", `sprintf("%q %x %[1]v %%", ["a\u0000b"])`},
		{"", `concat(",", ["a", "b", "c"])`},
		{"", `concat("", {"a", "b"})`},
		{"", `replace("aXbX", "X", "Yz")`},
		{"", `replace("ab", "", "-")`},
		{"", `strings.replace_n({"a": "1", "b": "22"}, "abcab")`},
		{"", `regex.replace("abcb", "b", "[$0]")`},
		{"", `regex.replace("abc", "", "-")`},
		{"", `json.marshal({"a": [1, "x", null, true]})`},
		{"", `json.marshal_with_options({"a": [1, {"b": 2}]}, {"pretty": true, "indent": "  ", "prefix": "> "})`},
		{"", `yaml.marshal({"a": [1, {"b": "c"}]})`},
		{"\tx := 3", `$"x is {x}"`},
		{"", `object.union({"a": 1, "c": {"d": 1}}, {"b": 2, "c": {"e": 2}})`},
		{"", `object.union_n([{"a": 1}, {"b": 2}, {"a": 3}])`},
		{"", `numbers.range(5, 1)`},
		{"", `numbers.range_step(1, 10, 3)`},
		{"", `array.flatten([[1, 2], 3, [[4]]])`},
		{"", `array.concat([1, [2]], [[2], 1])`},
		{"", `json.patch({"a": {"b": 1}}, [{"op": "copy", "from": "/a", "path": "/c"}, {"op": "remove", "path": "/a/b"}])`},
		{"", `bits.lsh(3, 10)`},
		{"", `units.parse("10Ki")`},
		{"", `units.parse_bytes("1.5GB")`},
		{"", `units.parse("1e3m")`},
		{"", `time.clock([1700000000000000000, "UTC"])`},
		{"", `time.date(1700000000000000000)`},
		{"", `time.weekday([1700000000000000000, ""])`},
		{"", `time.format([1700000000000000000, "UTC", "2006-01-02 15:04 MST"])`},
		{"", `time.add_date(1700000000000000000, 1, 2, 3)`},
		{"", `time.diff([1700000000000000000, "UTC"], 1600000000000000000)`},
		{"", `time.parse_ns("2006-01-02", "2026-11-01")`},
		{"", `time.parse_ns("RFC3339", "2026-11-01T10:00:00+02:00")`},
		{"", `sprintf("%s", ["a"]) with sprintf as "mocked"`},
		{"", `[regex.match("^a+$", "aaa"), re_match("b", "abc"), regex.split(",", "a,b"), regex.find_n("a.", "abacad", 2)]`},
		{"", `[regex.find_all_string_submatch_n("a(.)", "abac", -1), regex.template_match("a{[0-9]+}", "a12", "{", "}"), regex.globs_match("a.*", "ab"), regex.is_valid("(")]`},
		{"", `[glob.match("*.rego", ["/"], "x.rego"), glob.match("a/**", [], "a/b/c")]`},
	} {
		t.Run(tc.expr, func(t *testing.T) {
			got, err := evalExpr(t, tc.body, tc.expr)
			if err != nil {
				t.Fatal(err)
			}
			want := stockExpr(t, tc.body, tc.expr)
			if !reflect.DeepEqual(normalise(got), normalise(want)) {
				t.Errorf("got %v, stock OPA gives %v", got, want)
			}
		})
	}
}

func normalise(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestTimeIsUTC: "Local" is UTC and a zone abbreviation is read in UTC,
// whatever the process's local zone.
func TestTimeIsUTC(t *testing.T) {
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	defer func(l *time.Location) { time.Local = l }(time.Local)
	exprs := []string{
		`time.clock([1700000000000000000, "Local"])`,
		`time.date([1700000000000000000, "Local"])`,
		`time.weekday([1700000000000000000, "Local"])`,
		`time.format([1700000000000000000, "Local", "2006-01-02 15:04 MST"])`,
		`time.diff([1700000000000000000, "Local"], [1600000000000000000, "Local"])`,
		`time.parse_ns("2006-01-02 15:04 MST", "2026-11-01 09:00 JST")`,
	}
	for _, expr := range exprs {
		time.Local = time.UTC
		utc, err1 := evalExpr(t, "", expr)
		want := stockExpr(t, "", strings.ReplaceAll(expr, `"Local"`, `"UTC"`))
		time.Local = tokyo
		jst, err2 := evalExpr(t, "", expr)
		if err1 != nil || err2 != nil || normalise(utc) != normalise(jst) || normalise(utc) != normalise(want) {
			t.Errorf("%s: TZ=UTC gives %v (%v), TZ=Asia/Tokyo %v (%v); UTC: %v", expr, utc, err1, jst, err2, want)
		}
	}
}

// TestEveryRefusal: a call of each refused builtin of this OPA fails to
// compile, with the builtin, its file:line and the reason.
func TestEveryRefusal(t *testing.T) {
	n := 0
	for _, b := range ast.CapabilitiesForThisVersion().Builtins {
		verdict, why := Audit(b.Name)
		if verdict != "refused" {
			continue
		}
		n++
		args := make([]string, b.Decl.Arity())
		for i := range args {
			args[i] = "null"
		}
		src := fmt.Sprintf("package art22.rules.t\n\nr contains {\"v\": x} if {\n\tx := %s(%s)\n}\n", b.Name, strings.Join(args, ", "))
		mods, err := ParseFiles([]File{{Name: "t.rego", Source: src}})
		if err != nil {
			// print and a few others are keywords or void: call them as statements.
			src = fmt.Sprintf("package art22.rules.t\n\nr contains {\"v\": 1} if {\n\t%s(%s)\n}\n", b.Name, strings.Join(args, ", "))
			if mods, err = ParseFiles([]File{{Name: "t.rego", Source: src}}); err != nil {
				t.Errorf("%s: %v", b.Name, err)
				continue
			}
		}
		_, err = Compile(context.Background(), mods, Options{})
		want := fmt.Sprintf("t.rego:4:7: rego_type_error: builtin %s is not allowed: it %s", b.Name, why)
		if err == nil || !strings.Contains(err.Error(), "t.rego:4:") || !strings.Contains(err.Error(), fmt.Sprintf("builtin %s is not allowed: it %s", b.Name, why)) {
			t.Errorf("%s: got %v\nwant %s", b.Name, err, want)
		}
	}
	if n != 32 {
		t.Errorf("%d builtins refused; docs/sandbox.md and the README say 32", n)
	}
}
