package policy

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// minimalWaivers is the smallest valid waivers file.
const minimalWaivers = `apiVersion: art22.waivers/v1
waivers:
  - declarations: ["decl/*.yaml"]
    rule: ART30-ROPA
    path: /controller
    reason: Record being rebuilt
    owner: DPO office
    approver: CRO
    ticket: GRC-1
    expires: 2027-06-30
`

// loadWaivers writes src to a file and loads it as a waivers file.
func loadWaivers(t *testing.T, src string) (*WaiverFile, error) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "w.yaml")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return Limits{MaxBytes: 1 << 20, MaxDocuments: 5, MaxNodes: 100_000, MaxErrors: 10}.LoadWaiverFile(path)
}

// errorsOf returns code, line:column and message of each error, the file
// name left out.
func errorsOf(t *testing.T, err error) []string {
	t.Helper()
	var errs Errors
	if !errors.As(err, &errs) {
		t.Fatalf("error is %T, want Errors: %v", err, err)
	}
	out := make([]string, len(errs))
	for i, e := range errs {
		p := e.Position
		p.File = ""
		out[i] = string(e.Code) + " " + strings.TrimPrefix(p.String(), ":") + " " + e.Field + ": " + e.Message
	}
	return out
}

// aliasBomb merges a mapping 10^8 times into a waiver, in both formats.
var aliasBomb = func() string {
	src := "apiVersion: X\nx0: &m0 {rule: x, path: /x}\n"
	for i := 1; i <= 8; i++ {
		src += fmt.Sprintf("x%d: &m%d {<<: [%s]}\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*m%d, ", i-1), 10), ", "))
	}
	return src + "waivers: [{<<: *m8}]\n"
}()

// TestFrontEndShared checks that declarations and waivers files go through
// the same front end: a problem of the text, the YAML or the limits is
// reported the same way, at the same place, whichever format is read.
func TestFrontEndShared(t *testing.T) {
	bodies := map[string]struct {
		code Code
		body string
	}{
		"tab indentation":      {CodeSyntax, "apiVersion: X\nwaivers:\n\t- rule: x\n"},
		"control character":    {CodeControlCharacter, "apiVersion: X\nname: a\x07b\n"},
		"invalid UTF-8":        {CodeEncoding, "apiVersion: X\nname: \xff\n"},
		"syntax":               {CodeSyntax, "apiVersion: X\nbad: [1, 2\n"},
		"alias to no anchor":   {CodeSyntax, "apiVersion: X\nbad: *nowhere\n"},
		"too deep":             {CodeLimit, "apiVersion: X\nbad: " + strings.Repeat("[", 20_000) + "\n"},
		"alias bomb":           {CodeLimit, aliasBomb},
		"not a mapping":        {CodeAPIVersion, "- apiVersion: X\n"},
		"no apiVersion":        {CodeAPIVersion, "name: x\n"},
		"white space only":     {CodeEmpty, "\n  \n"},
		"cross-document alias": {CodeCrossDocumentAlias, "--- &a ~\n---\napiVersion: X\nwaivers: *a\n"},
	}
	for name, tc := range bodies {
		t.Run(name, func(t *testing.T) {
			body := tc.body
			decl := strings.ReplaceAll(body, "apiVersion: X", "apiVersion: "+APIVersion)
			wf := strings.ReplaceAll(body, "apiVersion: X", "apiVersion: "+WaiversAPIVersion)
			_, derr := Limits{MaxBytes: 1 << 20, MaxDocuments: 5, MaxNodes: 100_000, MaxErrors: 10}.Load("w.yaml", []byte(decl))
			_, werr := loadWaivers(t, wf)
			if derr == nil || werr == nil {
				t.Fatalf("declaration: %v; waivers file: %v; want both refused", derr, werr)
			}
			d, w := errorsOf(t, derr), errorsOf(t, werr)
			if len(d) != 1 || !strings.HasPrefix(d[0], string(tc.code)+" ") {
				t.Errorf("declaration: %q, want one error %s", d, tc.code)
			}
			// Only the apiVersion, which each format names, may differ:
			// the code and the position may not.
			strip := func(es []string) []string {
				out := make([]string, len(es))
				for i, e := range es {
					code, rest, _ := strings.Cut(e, " ")
					pos, _, _ := strings.Cut(rest, " ")
					out[i] = code + " " + pos
				}
				return out
			}
			if diff := cmp.Diff(strip(d), strip(w)); diff != "" {
				t.Errorf("declaration %q, waivers file %q (-declaration +waivers file):\n%s", d, w, diff)
			}
		})
	}
}

func TestLoadWaiverFile(t *testing.T) {
	wf, err := loadWaivers(t, minimalWaivers)
	if err != nil {
		t.Fatal(err)
	}
	want := Waiver{Rule: "ART30-ROPA", Path: "/controller", Reason: "Record being rebuilt", Owner: "DPO office", Approver: "CRO", Ticket: "GRC-1", Expires: "2027-06-30"}
	ws, pos := wf.All()
	if len(ws) != 1 || ws[0] != want || wf.Waivers[0].Declarations[0] != "decl/*.yaml" || pos[0].Line != 3 || pos[0].Column != 5 {
		t.Errorf("got %+v at %v", wf.Waivers, pos)
	}
	if ws, _ := wf.For("other/x.yaml"); len(ws) != 0 {
		t.Errorf("For a file no glob matches: %v", ws)
	}
	if ws, _ := wf.For("decl/x.yaml"); len(ws) != 1 {
		t.Errorf("For a file the glob matches: %v", ws)
	}
}

// TestWaiverFileInline checks that the fields of the Waiver a FileWaiver
// embeds (yaml:",inline") are decoded, checked and listed as its own.
func TestWaiverFileInline(t *testing.T) {
	tests := []struct {
		name, old, new string
		want           []string
	}{
		{"unknown field lists the inline fields", "    ticket: GRC-1\n", "    tiket: GRC-1\n",
			[]string{`unknown-field 9:5 waivers[0].tiket: unknown field "tiket"; did you mean ticket?`}},
		{"unknown field far from any", "    ticket: GRC-1\n", "    zzzzzzzz: GRC-1\n",
			[]string{`unknown-field 9:5 waivers[0].zzzzzzzz: unknown field "zzzzzzzz"; allowed: declarations, rule, path, reason, owner, approver, ticket, expires`}},
		{"required inline field", "    rule: ART30-ROPA\n", "",
			[]string{`required 3:5 waivers[0].rule: missing required field "rule"`}},
		{"blank inline field", "reason: Record being rebuilt", "reason: ' '",
			[]string{`blank 6:13 waivers[0].reason: is required and must not be blank`}},
		{"the Waiver's checks apply", "approver: CRO", "approver: dpo office",
			[]string{`conflict 8:15 waivers[0].approver: the approver must be someone other than the owner ("DPO office"): a waiver is accepted by a second person`}},
		{"the FileWaiver's checks apply", `["decl/*.yaml"]`, `["decl/[.yaml"]`,
			[]string{`invalid 3:19 waivers[0].declarations: "decl/[.yaml" is not a valid glob pattern`}},
		{"inline scalar", "expires: 2027-06-30", "expires: 2027-13-30",
			[]string{`invalid 10:14 waivers[0].expires: "2027-13-30" is not a date: write it as YYYY-MM-DD`}},
		{"a declaration given as waivers", "apiVersion: art22.waivers/v1", "apiVersion: art22/v1",
			[]string{`api-version 1:13 apiVersion: unsupported apiVersion "art22/v1"; a waivers file is art22.waivers/v1`}},
		{"a second document", "expires: 2027-06-30\n", "expires: 2027-06-30\n---\n" + minimalWaivers,
			[]string{`syntax 12:1 : a waivers file holds one YAML document; remove this second one (after ---) or move its waivers into the first`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.Replace(minimalWaivers, tt.old, tt.new, 1)
			if src == minimalWaivers {
				t.Fatal("the case changes nothing")
			}
			_, err := loadWaivers(t, src)
			if err == nil {
				t.Fatal("loaded")
			}
			if d := cmp.Diff(tt.want, errorsOf(t, err)); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

// TestCrossDocumentAlias checks that an alias to an anchor of an earlier
// document is refused at the alias, in every document that has one, while
// aliases inside a document are followed.
func TestCrossDocumentAlias(t *testing.T) {
	first := strings.Replace(minimal, "controller:\n", "controller: &c\n", 1)
	second := "apiVersion: art22/v1\ncontroller: *c\nproducts: *p\n"
	_, err := Load("d.yaml", []byte(strings.Replace(first, "products:\n", "products: &p\n", 1)+"---\n"+second))
	want := []string{
		`cross-document-alias 22:13 : alias *c refers to the anchor &c of an earlier YAML document (line 2): an anchor holds only in its own document, and other YAML readers refuse this file; repeat the content here`,
		`cross-document-alias 23:11 : alias *p refers to the anchor &p of an earlier YAML document (line 5): an anchor holds only in its own document, and other YAML readers refuse this file; repeat the content here`,
	}
	if d := cmp.Diff(want, errorsOf(t, err)); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	// The same anchor name defined again in the second document is its own.
	again := strings.Replace(minimal, "controller:\n", "controller: &c\n", 1)
	ds, err := Load("d.yaml", []byte(again+"---\n"+again+"x: *c\n"))
	if err == nil || len(ds) != 0 {
		t.Fatalf("got %d declarations, %v; want the unknown field x only", len(ds), err)
	}
	if got := errorsOf(t, err); len(got) != 1 || !strings.HasPrefix(got[0], "unknown-field 40:1 ") {
		t.Errorf("got %q", got)
	}
}
