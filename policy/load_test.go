package policy

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// minimal is the smallest valid declaration; tests build on it.
const minimal = `apiVersion: art22/v1
controller:
  name: Example
  country: IS
products:
  - id: life
    name: Life
    line: life
    countries: [IS]
dataCategories:
  - id: smoking
    name: Smoking
    about: smoking
    class: health
purposes:
  - id: uw
    name: Underwriting
    type: underwriting
    categories: [smoking]
`

func loadErrors(t *testing.T, src string) []string {
	t.Helper()
	_, err := Load("d.yaml", []byte(src))
	if err == nil {
		t.Fatalf("loading succeeded, want errors")
	}
	var errs Errors
	if !errors.As(err, &errs) {
		t.Fatalf("error is %T, want Errors: %v", err, err)
	}
	out := make([]string, len(errs))
	for i, e := range errs {
		out[i] = e.Error()
	}
	return out
}

// loadCodes returns the codes of the errors of loading src.
func loadCodes(t *testing.T, src string) []Code {
	t.Helper()
	_, err := Load("d.yaml", []byte(src))
	var errs Errors
	if !errors.As(err, &errs) {
		t.Fatalf("error is %T, want Errors: %v", err, err)
	}
	out := make([]Code, len(errs))
	for i, e := range errs {
		out[i] = e.Code
	}
	return out
}

func TestLoadMinimal(t *testing.T) {
	ds, err := Load("d.yaml", []byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 1 || ds[0].Controller.Name != "Example" || ds[0].File() != "d.yaml" {
		t.Fatalf("got %+v", ds)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		codes []Code
		src   string
		want  []string
	}{
		{
			name:  "unknown field with suggestion",
			codes: []Code{CodeUnknownField},
			src:   strings.Replace(minimal, "    class: health\n", "    class: health\n    clas: health\n", 1),
			want:  []string{`d.yaml:15:5: dataCategories[0].clas: unknown field "clas"; did you mean class?`},
		},
		{
			name:  "unknown top-level field lists the allowed ones",
			codes: []Code{CodeUnknownField},
			src:   minimal + "extra: 1\n",
			want:  []string{`d.yaml:20:1: extra: unknown field "extra"; allowed: apiVersion, controller, products, dataCategories, purposes, decisions, consents, disclosures, access, recipients, security, rights, assessments, waivers, outOfScope`},
		},
		{
			name:  "enum typo names the allowed values",
			codes: []Code{CodeEnum},
			src:   strings.Replace(minimal, "class: health", "class: helth", 1),
			want:  []string{`d.yaml:14:12: dataCategories[0].class: unknown value "helth"; allowed: ordinary, health, genetic, biometric, racial-or-ethnic-origin, political-opinions, religious-or-philosophical-beliefs, trade-union-membership, sex-life-or-sexual-orientation, criminal-convictions; did you mean health?`},
		},
		{
			name:  "dangling reference",
			codes: []Code{CodeDanglingRef},
			src:   strings.Replace(minimal, "categories: [smoking]", "categories: [smokng]", 1),
			want:  []string{`d.yaml:19:18: purposes[0].categories[0]: unknown data category "smokng"; did you mean smoking?`},
		},
		{
			name:  "duplicate id",
			codes: []Code{CodeDuplicateID},
			src:   minimal + "  - id: uw\n    name: Again\n    type: claims\n    categories: [smoking]\n",
			want:  []string{`d.yaml:20:9: purposes[1].id: duplicate id "uw" in purposes (first defined at line 16)`},
		},
		{
			name:  "duplicate key",
			codes: []Code{CodeDuplicateKey},
			src:   strings.Replace(minimal, "  name: Example\n", "  name: Example\n  name: Again\n", 1),
			want:  []string{`d.yaml:4:3: controller.name: duplicate key "name" (first at line 3)`},
		},
		{
			name:  "wrong types",
			codes: []Code{CodeType, CodeType},
			src:   strings.Replace(strings.Replace(minimal, "countries: [IS]", "countries: IS", 1), "name: Smoking", "name: [a]", 1),
			want: []string{
				`d.yaml:9:16: products[0].countries: expected a list, got the text "IS"`,
				`d.yaml:12:11: dataCategories[0].name: expected text, got a list`,
			},
		},
		{
			name:  "missing required field",
			codes: []Code{CodeRequired},
			src:   strings.Replace(minimal, "    line: life\n", "", 1),
			want:  []string{`d.yaml:6:5: products[0].line: missing required field "line"`},
		},
		{
			name:  "boolean where text is expected",
			codes: []Code{CodeType},
			src:   strings.Replace(minimal, "name: Example", "name: true", 1),
			want:  []string{`d.yaml:3:9: controller.name: expected text, got a boolean (true); put it in quotes if it is meant as text`},
		},
		{
			name:  "every error of the file is reported",
			codes: []Code{CodeEnum, CodeEnum},
			src:   strings.Replace(strings.Replace(minimal, "line: life", "line: lif", 1), "about: smoking", "about: smokng", 1),
			want: []string{
				`d.yaml:8:11: products[0].line: unknown value "lif"; allowed: life, critical-illness, health, income-protection, accident, motor, home, travel, other; did you mean life?`,
				`d.yaml:13:12: dataCategories[0].about: unknown value "smokng"; allowed: ` + strings.Join(Topic("").allowed(), ", ") + `; did you mean smoking?`,
			},
		},
		{
			name:  "not a declaration",
			codes: []Code{CodeAPIVersion},
			src:   "kind: Deployment\nmetadata: {}\n",
			want:  []string{`d.yaml:1:1: apiVersion: not an art22 declaration: the document has no apiVersion (expected apiVersion: art22/v1)`},
		},
		{
			name:  "unsupported version",
			codes: []Code{CodeAPIVersion},
			src:   strings.Replace(minimal, "art22/v1", "art22/v2", 1),
			want:  []string{`d.yaml:1:13: apiVersion: unsupported apiVersion "art22/v2"; this version of art22 reads art22/v1`},
		},
		{
			name:  "tab indentation",
			codes: []Code{CodeSyntax},
			src:   strings.Replace(minimal, "  country: IS", "\tcountry: IS", 1),
			want:  []string{`d.yaml:4:1: invalid YAML: a tab is used for indentation; indent with spaces`},
		},
		{
			name:  "syntax error",
			codes: []Code{CodeSyntax},
			src:   minimal + "bad: [1, 2\n",
			want:  []string{`d.yaml:20: invalid YAML: did not find expected ',' or ']'`},
		},
		{
			name:  "empty file",
			codes: []Code{CodeEmpty},
			src:   "\n\n",
			want:  []string{`d.yaml: file is empty: it holds no declaration`},
		},
		{
			name:  "comments only",
			codes: []Code{CodeEmpty},
			src:   "# nothing here\n",
			want:  []string{`d.yaml: file holds no declaration (only comments or empty documents)`},
		},
		{
			name:  "claim topic needs its subject",
			codes: []Code{CodeRequired, CodeConflict},
			src: minimal + `disclosures:
  - id: cert
    name: Certificate
    kind: policy-certificate
    stage: at-decision
    text: "Smoker: yes"
    covers:
      - topic: factor-applied
        quote: Smoker
      - topic: adm-logic
        purpose: uw
        quote: Smoker
`,
			want: []string{
				`d.yaml:27:16: disclosures[0].covers[0].topic: topic factor-applied must name the factor it concerns (add factor: ID)`,
				`d.yaml:30:18: disclosures[0].covers[1].purpose: purpose does not apply to topic adm-logic`,
			},
		},
		{
			name:  "bad scalars",
			codes: []Code{CodeInvalid, CodeInvalid},
			src: minimal + `waivers:
  - rule: ART30-ROPA
    path: controller
    reason: r
    owner: o
    approver: a
    expires: 2026-13-01
`,
			want: []string{
				`d.yaml:22:11: waivers[0].path: "controller" is not a JSON Pointer: it must start with / (e.g. /decisions/0/factors/1)`,
				`d.yaml:26:14: waivers[0].expires: "2026-13-01" is not a date: write it as YYYY-MM-DD`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := loadErrors(t, tt.src)
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("errors (-want +got):\n%s", d)
			}
			if d := cmp.Diff(tt.codes, loadCodes(t, tt.src)); d != "" {
				t.Errorf("codes (-want +got):\n%s", d)
			}
		})
	}
}

func TestAliasBombIsBounded(t *testing.T) {
	// Each level merges the previous one ten times: 10^8 merges if expanded.
	src := "apiVersion: art22/v1\nx0: &m0 {name: x, country: IS}\n"
	for i := 1; i <= 8; i++ {
		src += fmt.Sprintf("x%d: &m%d {<<: [%s]}\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*m%d, ", i-1), 10), ", "))
	}
	src += "controller: {<<: *m8}\n"
	start := time.Now()
	_, err := Limits{MaxBytes: 1 << 20, MaxDocuments: 10, MaxNodes: 100_000}.Load("bomb.yaml", []byte(src))
	if err == nil || err.Error() != "bomb.yaml:2:5: aliases and merge keys expand the declaration to more than 11250 YAML nodes, over ten times what is written: this guards against alias bombs" {
		t.Fatalf("got %v, want the alias ratio limit", err)
	}
	// With a node limit below the ratio, the limit itself is named.
	_, err = Limits{MaxBytes: 1 << 20, MaxDocuments: 10, MaxNodes: 5_000}.Load("bomb.yaml", []byte(src))
	var errs Errors
	if !errors.As(err, &errs) || len(errs) != 1 || errs[0].Code != CodeLimit || errs[0].Limit != "MaxNodes" {
		t.Fatalf("got %v, want one MaxNodes error", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d) // a guard against the exponential case, not a benchmark
	}
}

func TestMultipleDocuments(t *testing.T) {
	src := minimal + "---\n" + strings.Replace(minimal, "name: Example", "name: Second", 1) + "---\n"
	ds, err := Load("multi.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 2 {
		t.Fatalf("got %d declarations, want 2", len(ds))
	}
	pos, exact := ds[1].Locate("/controller/name")
	if want := (Position{File: "multi.yaml", Line: 23, Column: 9}); pos != want || !exact {
		t.Errorf("second document /controller/name at %v (exact %v), want %v", pos, exact, want)
	}
	if ds[1].Document() != 1 || ds[1].Controller.Name != "Second" {
		t.Errorf("second declaration: document %d, controller %q", ds[1].Document(), ds[1].Controller.Name)
	}
	// An error in the second document is reported at its own line.
	bad := minimal + "---\n" + strings.Replace(minimal, "class: health", "class: x", 1)
	got := loadErrors(t, bad)
	if !strings.HasPrefix(got[0], "d.yaml:34:12: dataCategories[0].class:") {
		t.Errorf("error in second document: %s", got[0])
	}
}

func TestLocate(t *testing.T) {
	src := `apiVersion: art22/v1
controller: {name: Example, country: IS}
products:
  - &life
    id: life
    name: Life
    line: life
    countries: [IS]
  - <<: *life
    id: life2
dataCategories:
  - {id: smoking, name: Smoking, about: smoking, class: health}
purposes:
  - id: uw
    name: Underwriting
    type: underwriting
    categories: [smoking]
`
	ds, err := Load("loc.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	d := ds[0]
	tests := []struct {
		ptr   string
		line  int
		col   int
		exact bool
	}{
		{"/controller/country", 2, 38, true},       // flow mapping value
		{"/products/0", 4, 5, true},                // anchored list item
		{"/products/1/line", 7, 11, true},          // merged from the anchor: where the anchor defines it
		{"/products/1/id", 10, 9, true},            // own key of the merging mapping
		{"/dataCategories/0/class", 12, 57, true},  // flow style in a list
		{"/purposes/0/categories/0", 17, 18, true}, // flow list item
		{"/purposes/0/legalBasis", 14, 5, false},   // left out: the purpose, where it belongs
		{"/purposes/0/legitimateInterest/interest", 14, 5, false},
		{"/products", 3, 1, true},     // a key whose value is a list
		{"/decisions/0", 1, 1, false}, // no decisions at all: the document
		{"", 1, 1, true},
	}
	for _, tt := range tests {
		pos, exact := d.Locate(tt.ptr)
		if pos.Line != tt.line || pos.Column != tt.col || exact != tt.exact || pos.File != "loc.yaml" {
			t.Errorf("Locate(%q) = %v exact %v, want %d:%d exact %v", tt.ptr, pos, exact, tt.line, tt.col, tt.exact)
		}
	}
	if d.Products[1].Line != "life" || d.Products[1].ID != "life2" {
		t.Errorf("merge key: got %+v", d.Products[1])
	}
}

func TestPointers(t *testing.T) {
	for _, toks := range [][]string{{"a", "b"}, {"a/b", "c~d"}, {""}, {}} {
		p := JoinPointer(toks...)
		if got := SplitPointer(p); !cmp.Equal(got, toks, cmp.Comparer(func(a, b []string) bool { return strings.Join(a, "\x00") == strings.Join(b, "\x00") })) {
			t.Errorf("SplitPointer(JoinPointer(%q)) = %q", toks, got)
		}
	}
}

func TestLoadFileErrors(t *testing.T) {
	// only is the one error of err, or nil.
	only := func(err error) *Error {
		var errs Errors
		if !errors.As(err, &errs) || len(errs) != 1 {
			return nil
		}
		return errs[0]
	}
	_, err := LoadFile("testdata/does-not-exist.yaml")
	if e := only(err); e == nil || e.Code != CodeFile || err.Error() != "testdata/does-not-exist.yaml: no such file" {
		t.Errorf("missing file: %v", err)
	}
	dir := t.TempDir()
	_, err = LoadFile(dir)
	if e := only(err); e == nil || e.Code != CodeFile || e.File != dir {
		t.Errorf("directory: %v", err)
	}
	big := dir + "/big.yaml"
	if err := os.WriteFile(big, make([]byte, 2048), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Limits{MaxBytes: 1024, MaxDocuments: 1, MaxNodes: 10}.LoadFile(big)
	if e := only(err); e == nil || e.Code != CodeLimit || e.Limit != "MaxBytes" || e.Line != 0 {
		t.Errorf("big file: %v", err)
	}
}

// TestOmittedCount checks that errors past MaxErrors are counted once: a
// value refused past the cap is not counted again as a blank required text.
func TestOmittedCount(t *testing.T) {
	var b strings.Builder
	b.WriteString(strings.Replace(minimal, "products:\n", "products:\n"+strings.Repeat("  - {id: x, name: X, line: lfe, countries: [IS]}\n", 150), 1))
	_, err := Load("d.yaml", []byte(b.String()))
	var errs Errors
	if !errors.As(err, &errs) {
		t.Fatal(err)
	}
	last := errs[len(errs)-1]
	// 150 unknown lines, and 150 duplicate ids x but the first.
	if len(errs) != MaxErrors+1 || last.Code != CodeOmitted || last.Omitted != 150+149-MaxErrors || errs.Count() != 299 {
		t.Errorf("%d errors, last %v (omitted %d), count %d; want %d listed and %d omitted", len(errs), last, last.Omitted, errs.Count(), MaxErrors, 299-MaxErrors)
	}
}
