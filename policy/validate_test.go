package policy

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/art22/checker/internal/synth"
	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"
)

// toYAML writes a declaration built in Go as the YAML file that says the
// same: a zero field is left out (but a pointer is written, "" included),
// a list is written even when empty, every text is double-quoted (control
// characters escaped, so that the file reads back the same value).
func toYAML(t *testing.T, d *Declaration) []byte {
	t.Helper()
	b, err := yaml.Marshal(toNode(reflect.ValueOf(d).Elem()))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func toNode(v reflect.Value) *yaml.Node {
	text := func(s string) *yaml.Node {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Style: yaml.DoubleQuotedStyle, Value: s}
	}
	switch v.Type() {
	case durationType:
		return text(v.Interface().(Duration).Text)
	case moneyType:
		return text(v.Interface().(Money).text())
	}
	switch v.Kind() {
	case reflect.Struct:
		m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		for _, fi := range infoFor(v.Type()).fields {
			fv := v.FieldByIndex(fi.index)
			if fv.IsZero() && !fi.pointer {
				continue
			}
			m.Content = append(m.Content, text(fi.name), toNode(fv))
		}
		return m
	case reflect.Slice:
		s := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle}
		for i := range v.Len() {
			s.Content = append(s.Content, toNode(v.Index(i)))
		}
		if v.Len() > 0 && v.Index(0).Kind() == reflect.Struct {
			s.Style = 0
		}
		return s
	case reflect.String:
		return text(v.String())
	case reflect.Bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: fmt.Sprint(v.Bool())}
	}
	panic("toNode: " + v.Type().String())
}

// goBuilt loads a declaration and forgets its file: it is then a
// declaration built in Go.
func goBuilt(t *testing.T, file string) *Declaration {
	t.Helper()
	ds, err := LoadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	d := *ds[0]
	d.src = nil
	return &d
}

// loadable lists the files of the repository that load.
func loadable(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, glob := range []string{"../examples/*/*.yaml", "../testdata/*/*.yaml", "testdata/fuzz/FuzzLoad/*"} {
		m, _ := filepath.Glob(glob)
		files = append(files, m...)
	}
	return files
}

// TestValidateLoaded: a declaration that loads is valid, every one the
// repository holds and a large synthetic one; and written back as YAML it
// loads again (the writer the next test relies on).
func TestValidateLoaded(t *testing.T) {
	n := 0
	check := func(name string, data []byte) {
		ds, err := Load(name, data)
		if err != nil {
			return // not a declaration, or a bad one
		}
		for i, d := range ds {
			n++
			if err := d.Validate(); err != nil {
				t.Errorf("%s #%d loads but does not validate:\n%v", name, i, err)
			}
			g := *d
			g.src = nil
			if err := g.Validate(); err != nil {
				t.Errorf("%s #%d, built in Go, does not validate:\n%v", name, i, err)
			}
			if _, err := Load(filepath.Join(filepath.Dir(name), "again.yaml"), toYAML(t, &g)); err != nil {
				t.Errorf("%s #%d written as YAML does not load again:\n%v", name, i, err)
			}
		}
	}
	for _, f := range loadable(t) {
		if b, err := os.ReadFile(f); err == nil {
			check(f, b)
		}
	}
	check("synth.yaml", synth.Declaration(200<<10, 1))
	if n < 20 {
		t.Errorf("only %d declarations validated", n)
	}
}

// firstAt makes the place a duplicate id was first defined comparable:
// loading gives a line, Validate of a declaration built in Go a pointer.
var firstAt = regexp.MustCompile(`\(first defined at [^)]*\)`)

// summary is what must agree between loading and Validate: the code, the
// field and the message of each error.
func summary(t *testing.T, err error) []string {
	t.Helper()
	var errs Errors
	if !errors.As(err, &errs) {
		t.Fatalf("%T, want Errors: %v", err, err)
	}
	var out []string
	for _, e := range errs {
		out = append(out, fmt.Sprintf("%s %s: %s", e.Code, e.Field, firstAt.ReplaceAllString(e.Message, "(first defined at …)")))
	}
	slices.Sort(out)
	return out
}

// TestValidateLikeLoading changes the reference declaration in Go, each
// way a declaration can be wrong, and checks that Validate refuses it with
// the errors loading gives for the same declaration written in YAML.
func TestValidateLikeLoading(t *testing.T) {
	tests := []struct {
		name   string
		change func(d *Declaration)
		codes  []Code
	}{
		{"enum", func(d *Declaration) { d.Products[0].Line = "lfe" }, []Code{CodeEnum}},
		{"enum in a list", func(d *Declaration) { d.DataCategories[0].Subjects = []Subject{"applcant"} }, []Code{CodeEnum}},
		{"empty enum in a list", func(d *Declaration) { d.DataCategories[0].Subjects = []Subject{""} }, []Code{CodeEnum}},
		{"dangling reference", func(d *Declaration) { d.Purposes[0].Categories = []ID{"smokng"} }, []Code{CodeDanglingRef}},
		{"dangling single reference", func(d *Declaration) { d.Decisions[0].Product = "nope" }, []Code{CodeDanglingRef}},
		{"required text left out", func(d *Declaration) { d.Controller.Name = "" }, []Code{CodeRequired}},
		{"required text blank", func(d *Declaration) { d.Controller.Name = " \t " }, []Code{CodeControlCharacter}},
		{"required text spaces", func(d *Declaration) { d.Products[0].Name = "   " }, []Code{CodeBlank}},
		{"required enum left out", func(d *Declaration) { d.Decisions[0].Automation = "" }, []Code{CodeRequired}},
		{"required list left out", func(d *Declaration) { d.Products[0].Countries = nil }, []Code{CodeRequired}},
		{"required list empty", func(d *Declaration) { d.Products[0].Countries = []Country{} }, []Code{CodeMinItems}},
		{"required struct left out", func(d *Declaration) { d.Controller = Controller{} }, []Code{CodeRequired}},
		{"a zero entry", func(d *Declaration) { d.Products = append(d.Products, Product{}) }, []Code{CodeRequired, CodeRequired, CodeRequired, CodeRequired}},
		{"country", func(d *Declaration) { d.Controller.Country = "UK" }, []Code{CodeInvalid}},
		{"date", func(d *Declaration) { d.Controller.RecordOfProcessing.LastReviewed = "2026-13-01" }, []Code{CodeInvalid}},
		{"date range", func(d *Declaration) { d.Controller.RecordOfProcessing.LastReviewed = "2999-01-01" }, []Code{CodeDateRange}},
		{"id", func(d *Declaration) { d.Purposes[0].ID = "bad id" }, nil},
		{"duplicate id", func(d *Declaration) { d.Purposes[1].ID = d.Purposes[0].ID }, nil},
		{"control character", func(d *Declaration) { d.Controller.Name = "a\x1bb" }, []Code{CodeControlCharacter}},
		{"bidirectional control", func(d *Declaration) { d.Controller.Name = "a\u202eb" }, []Code{CodeControlCharacter}},
		{"line break in a one-line value", func(d *Declaration) { d.Controller.LeadAuthority = "a\nb" }, []Code{CodeControlCharacter}},
		{"control character in a list", func(d *Declaration) {
			d.Products[0].GeneticThresholds = []GeneticThreshold{{Country: "DE", Conditions: []string{"x\x00"}}}
		}, []Code{CodeControlCharacter, CodeRequired}},
		{"duration", func(d *Declaration) { d.Rights.ResponseTime = Duration{Text: "1 mnth"} }, []Code{CodeInvalid}},
		{"amount", func(d *Declaration) {
			d.Products[0].GeneticThresholds = []GeneticThreshold{{Country: "DE", SumInsuredAbove: Money{Currency: "eur", Amount: 5}}}
		}, []Code{CodeInvalid, CodeRequired}}, // the amount refused, none is given
		{"claim needs its subject", func(d *Declaration) {
			d.Disclosures[0].Covers = append(d.Disclosures[0].Covers, Claim{Topic: ClaimFactorApplied, Purpose: d.Purposes[0].ID, Quote: "x"})
		}, []Code{CodeRequired, CodeConflict}},
		{"waiver approved by its owner", func(d *Declaration) {
			d.Waivers = append(d.Waivers, Waiver{Rule: "ART30-ROPA", Path: "controller", Reason: "r", Owner: "DPO", Approver: "dpo", Expires: "2027-01-01"})
		}, []Code{CodeInvalid, CodeConflict}},
		{"exclusion of an area and rules", func(d *Declaration) {
			d.OutOfScope = append(d.OutOfScope, Exclusion{Area: AreaSecurity, Rules: []string{"ART30-ROPA"}, Reason: "r"})
		}, []Code{CodeConflict}},
		{"exclusion of rules without owner", func(d *Declaration) {
			d.OutOfScope = append(d.OutOfScope, Exclusion{Rules: []string{"ART30-ROPA"}, Reason: "r"})
		}, []Code{CodeRequired, CodeRequired, CodeRequired}},
		{"unsupported apiVersion", func(d *Declaration) { d.APIVersion = "art22/v2" }, []Code{CodeAPIVersion}},
		{"no apiVersion", func(d *Declaration) { d.APIVersion = "" }, []Code{CodeAPIVersion}},
		{"more errors than listed", func(d *Declaration) {
			for i := range 150 {
				d.Products = append(d.Products, Product{ID: ID(fmt.Sprint("p", i)), Name: "P", Line: "x", Countries: []Country{"IS"}})
			}
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := goBuilt(t, "../examples/reference/declaration.yaml")
			tt.change(d)
			err := d.Validate()
			if err == nil {
				t.Fatal("valid")
			}
			_, lerr := Load("go.yaml", toYAML(t, d))
			if lerr == nil {
				t.Fatalf("the same declaration written in YAML loads; Validate says:\n%v", err)
			}
			if diff := cmp.Diff(summary(t, lerr), summary(t, err)); diff != "" {
				t.Errorf("Validate differs from loading (-loading +Validate):\n%s", diff)
			}
			var errs Errors
			errors.As(err, &errs)
			var codes []Code
			for _, e := range errs {
				codes = append(codes, e.Code)
				if e.Position != (Position{}) || (e.Pointer == "" && e.Code != CodeOmitted) {
					t.Errorf("%v: at %v, pointer %q; want a pointer and no position", e, e.Position, e.Pointer)
				}
			}
			if tt.codes != nil && !slices.Equal(codes, tt.codes) {
				t.Errorf("codes %v, want %v", codes, tt.codes)
			}
		})
	}
}

// TestValidatePointers checks how errors of a declaration built in Go read.
func TestValidatePointers(t *testing.T) {
	d := goBuilt(t, "../examples/reference/declaration.yaml")
	d.Products[0].Line = "lfe"
	d.Purposes[0].Categories = []ID{"smokng", "identity"}
	d.Purposes[1].ID = d.Purposes[0].ID
	got := strings.Split(d.Validate().Error(), "\n")
	want := []string{
		`/products/0/line: unknown value "lfe"; allowed: life, critical-illness, health, income-protection, accident, motor, home, travel, other; did you mean life?`,
		`/purposes/1/id: duplicate id "underwriting" in purposes (first defined at /purposes/0/id)`,
		`/purposes/0/categories/0: unknown data category "smokng"; did you mean smoking?`,
		`/disclosures/0/covers/3/purpose: unknown purpose "administration"; declared: underwriting`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestValidateLoadedChanged checks that a loaded declaration changed in Go
// is refused at the places of its file.
func TestValidateLoadedChanged(t *testing.T) {
	ds, err := LoadFile("../examples/reference/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	d := ds[0]
	d.Products[0].Line = "lfe"
	d.Products[0].Name = ""
	err = d.Validate()
	var errs Errors
	if !errors.As(err, &errs) || len(errs) != 2 {
		t.Fatalf("%v", err)
	}
	// The name, emptied in Go, is still written in the file: there.
	named, _ := d.Locate("/products/0/name")
	line, _ := d.Locate("/products/0/line")
	if errs[0].Position != named || errs[0].Code != CodeRequired || errs[1].Position != line || errs[1].Code != CodeEnum || named.Line == 0 {
		t.Errorf("got %v; want the missing name at %v, the line at %v", err, named, line)
	}
}

func TestParseDurationMoney(t *testing.T) {
	d, err := ParseDuration("72 hours")
	if err != nil || d.Hours != 72 || d.Text != "72 hours" {
		t.Errorf("ParseDuration: %+v, %v", d, err)
	}
	if _, err := ParseDuration("72 hourz"); err == nil {
		t.Error("ParseDuration accepts 72 hourz")
	}
	if _, err := ParseDuration("7\x1b days"); err == nil {
		t.Error("ParseDuration accepts a control character")
	}
	m, err := ParseMoney("EUR 300,000")
	if err != nil || m != (Money{Currency: "EUR", Amount: 300000}) {
		t.Errorf("ParseMoney: %+v, %v", m, err)
	}
	dd := goBuilt(t, "../examples/reference/declaration.yaml")
	dd.Rights.ResponseTime = Duration{Text: "1 month", Hours: 1}
	if err := dd.Validate(); err == nil || !strings.Contains(err.Error(), "policy.ParseDuration") {
		t.Errorf("a duration whose hours are not its text's: %v", err)
	}
	dd.Rights.ResponseTime, _ = ParseDuration("1 month")
	if err := dd.Validate(); err != nil {
		t.Errorf("a parsed duration: %v", err)
	}
}
