package checker_test

import (
	"context"
	"strings"
	"testing"

	"github.com/art22/checker"
	"github.com/art22/checker/policy"
	"github.com/google/go-cmp/cmp"
)

type waiverView struct {
	Rule, Status, Reason string
}

func waiverViews(rep *checker.Report) []waiverView {
	var out []waiverView
	for _, f := range rep.Findings {
		v := waiverView{Rule: f.RuleID, Status: string(f.Status)}
		if f.Waiver != nil {
			v.Reason = f.Waiver.Reason
		}
		out = append(out, v)
	}
	return out
}

// TestWaivers checks, as of a fixed date, a waiver in force, an expired
// one, one expiring within 30 days and a stale one.
func TestWaivers(t *testing.T) {
	decls, err := policy.LoadFile("testdata/waivers/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := newChecker(t).Check(context.Background(), decls[0]) // as of 2026-11-01
	if err != nil {
		t.Fatal(err)
	}
	want := []waiverView{
		{"ART30-ROPA", "waived", "Record being rebuilt in the new register (project ROPA-2)"},
		{"ART32-CONTINUITY", "waived", "Plan in final review"},
		{"ART12-3-RESPONSE-TIME", "open", ""},
		{"WAIVER-EXPIRED", "open", ""},
		{"WAIVER-EXPIRING", "open", ""},
	}
	if d := cmp.Diff(want, waiverViews(rep)); d != "" {
		t.Errorf("findings (-want +got):\n%s", d)
	}
	if len(rep.StaleWaivers) != 1 || rep.StaleWaivers[0].Rule != "ART9-2-NO-CONDITION" || rep.StaleWaivers[0].Location.Line == 0 {
		t.Errorf("stale waivers: %+v", rep.StaleWaivers)
	}
	if n := rep.Count(checker.Advice); n != 3 {
		t.Errorf("counted %d findings, want 3 (the reopened one and the two waiver findings)", n)
	}
}

// TestWaiverFile: waivers kept in a separate file apply to the declarations
// their globs match, and findings on them point into that file.
func TestWaiverFile(t *testing.T) {
	decls, err := policy.LoadFile("testdata/waivers/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	wf, err := policy.LoadWaiverFile("testdata/waivers/waivers.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ws, pos := wf.For(decls[0].File())
	if len(ws) != 1 || pos[0].File != "testdata/waivers/waivers.yaml" || pos[0].Line != 4 {
		t.Fatalf("waivers for the declaration: %+v at %v", ws, pos)
	}
	d := decls[0].WithWaivers(ws, pos)
	rep, err := newChecker(t).Check(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	var got *checker.Finding
	for i := range rep.Findings {
		if rep.Findings[i].RuleID == "ART12-3-RESPONSE-TIME" {
			got = &rep.Findings[i]
		}
	}
	if got == nil || got.Status != checker.Waived || got.Waiver.Location != pos[0] || got.Waiver.Ticket != "GRC-7" {
		t.Errorf("ART12-3-RESPONSE-TIME: %+v", got)
	}
	if len(decls[0].Waivers) != 4 {
		t.Errorf("WithWaivers changed the original declaration")
	}
}

func TestBadWaiverFile(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"apiVersion: art22.waivers/v1\nwaivers:\n  - rule: X\n    path: bad\n    reason: r\n    owner: o\n    approver: a\n    expires: 2027-01-01\n    expiry: 2027-01-01\n",
			"W:4:11: waivers[0].path: \"bad\" is not a JSON Pointer: it must start with / (e.g. /decisions/0/factors/1)\nW:9:5: waivers[0].expiry: unknown field \"expiry\"; did you mean expires?"},
		{"apiVersion: art22/v1\nwaivers: [{rule: X, path: '', reason: r, owner: o, approver: a, expires: 2027-01-01}]\n",
			"W:1:13: apiVersion: unsupported apiVersion \"art22/v1\"; a waivers file is art22.waivers/v1"},
		{"apiVersion: art22.waivers/v1\nwaivers: [{rule: X, path: '', reason: r, approver: a, expires: 2027-01-01, declarations: ['[']}]\n",
			"W:2:11: waivers[0].owner: missing required field \"owner\"\nW:2:90: waivers[0].declarations: \"[\" is not a valid glob pattern"},
	} {
		path := t.TempDir() + "/w.yaml"
		if err := writeFile(path, tc.src); err != nil {
			t.Fatal(err)
		}
		_, err := policy.LoadWaiverFile(path)
		if err == nil || strings.ReplaceAll(err.Error(), path, "W") != tc.want {
			t.Errorf("got %v\nwant %s", err, tc.want)
		}
	}
}
