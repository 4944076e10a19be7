package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyExamples copies every example suite (declarations, expected files,
// and whatever sits beside them, texts/ directories included) to a
// temporary directory, and returns it with the declarations of the cases.
func copyExamples(t *testing.T) (dir string, decls []string) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "examples")
	if err := os.CopyFS(dir, os.DirFS("examples")); err != nil {
		t.Fatal(err)
	}
	exps, err := filepath.Glob(filepath.Join(dir, "*", "*.expected.yaml"))
	if err != nil || len(exps) == 0 {
		t.Fatalf("no expected file copied: %v", err)
	}
	for _, e := range exps {
		decls = append(decls, strings.TrimSuffix(e, ".expected.yaml")+".yaml")
	}
	return dir, decls
}

func prepend(t *testing.T, file, text string) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, append([]byte(text), b...), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestVerifyIgnoresLocations: a comment line added at the top of every
// example declaration moves every finding down a line; the suites still
// pass, saying the locations moved, and fail with --strict-locations.
func TestVerifyIgnoresLocations(t *testing.T) {
	chdirRoot(t)
	dir, decls := copyExamples(t)
	for _, d := range decls {
		prepend(t, d, "# A comment a reviewer added.\n")
	}
	code, out, errs := run(t, "verify", dir)
	if want := fmt.Sprintf("%d cases: %d ok, 0 failed", len(decls), len(decls)); code != ExitClean || !strings.Contains(out, want) {
		t.Fatalf("exit %d, stdout %s, stderr %s; want %q", code, out, errs, want)
	}
	if !strings.Contains(out, "locations reported at another line:column than written, verify --update rewrites them") {
		t.Errorf("moved locations not mentioned:\n%s", out)
	}
	code, out, _ = run(t, "verify", "--strict-locations", dir)
	if want := fmt.Sprintf("%d cases: 1 ok, %d failed", len(decls), len(decls)-1); code != ExitFindings || !strings.Contains(out, want) {
		// examples/reference raises no finding: nothing to move.
		t.Fatalf("--strict-locations: exit %d, want %d and %q; stdout:\n%s", code, ExitFindings, want, out)
	}
	if !strings.Contains(out, "missing     open violation ART5-1A-FACTOR-NOT-DISCLOSED at /decisions/0/factors/0") {
		t.Errorf("--strict-locations does not list the moved finding as missing:\n%s", out)
	}
}

// TestVerifyUpdate: verify --update rewrites a stale expected file, keeping
// its header comments, the as-of date and the notes of findings that stay,
// and the suite passes with strict locations afterwards; a second update
// changes nothing.
func TestVerifyUpdate(t *testing.T) {
	chdirRoot(t)
	dir := tmSuite(t, func(decl string) string { return "# moved down a line\n" + decl }, func(exp string) string {
		exp = strings.Replace(exp, "path: /decisions/0/factors/0", "path: /decisions/0/factors/9", 1)
		exp = strings.Replace(exp, "    path: /security/policy\n", "    path: /security/policy\n    note: keep this note\n", 1)
		return "# Our header: the tariff team owns this suite.\n#\n# Reviewed 2026-10.\n\n" + exp
	})
	exp := filepath.Join(dir, "declaration.expected.yaml")
	if code, out, _ := run(t, "verify", dir); code != ExitFindings {
		t.Fatalf("stale expected file passes: exit %d\n%s", code, out)
	}
	code, out, errs := run(t, "verify", "--update", dir)
	if code != ExitClean || !strings.Contains(out, "updated  "+exp) || !strings.Contains(out, "1 cases: 1 updated, 0 unchanged") {
		t.Fatalf("exit %d, stdout %s, stderr %s", code, out, errs)
	}
	b, err := os.ReadFile(exp)
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	if !strings.HasPrefix(got, "# Our header: the tariff team owns this suite.\n#\n# Reviewed 2026-10.\n\n# Expected findings:") || !strings.Contains(got, "review the diff.\napiVersion: art22.expected/v1\nasOf: 2026-11-01\n") {
		t.Errorf("header or as-of date not kept:\n%s", got[:min(len(got), 300)])
	}
	if !strings.Contains(got, "    path: /security/policy\n    location: \"12:1\"\n    note: keep this note\n") {
		t.Errorf("note not kept with its finding, or location not rewritten:\n%s", got)
	}
	if strings.Contains(got, "/decisions/0/factors/9") || !strings.Contains(got, "/decisions/0/factors/0") {
		t.Errorf("stale finding kept or reported one not written")
	}
	if code, out, _ := run(t, "verify", "--strict-locations", dir); code != ExitClean {
		t.Errorf("after --update, --strict-locations: exit %d\n%s", code, out)
	}
	if code, out, _ := run(t, "verify", "--update", dir); code != ExitClean || !strings.Contains(out, "same     "+exp) {
		t.Errorf("second --update: exit %d\n%s", code, out)
	}
	if code, _, _ := run(t, "verify", "--update", "--strict-locations", dir); code != ExitError {
		t.Errorf("--update --strict-locations: exit %d, want %d", code, ExitError)
	}
}

// TestVerifyUnknownRule: an expected finding naming a rule that does not
// exist is an error at its place in the expected file, with the rule id it
// was probably meant to be, and nothing is compared.
func TestVerifyUnknownRule(t *testing.T) {
	chdirRoot(t)
	dir := tmSuite(t, nil, func(exp string) string {
		return strings.Replace(exp, "rule: ART32-CONTINUITY\n", "rule: ART32-CONTINUTY\n", 1)
	})
	code, out, errs := run(t, "verify", dir)
	exp := filepath.Join(dir, "declaration.expected.yaml")
	want := exp + `:11:11: no rule "ART32-CONTINUTY"; did you mean ART32-CONTINUITY?`
	if code != ExitError || !strings.Contains(errs, want) || strings.Contains(out, "missing") {
		t.Errorf("exit %d, want %d; stderr %q, want it to hold %q; stdout %q", code, ExitError, errs, want, out)
	}
}

// tmSuite copies the TM example suite (with its texts) to a new directory,
// its declaration and expected file passed through the edits (nil: as they
// are), and returns the directory.
func tmSuite(t *testing.T, decl, expected func(string) string) string {
	t.Helper()
	dir := t.TempDir()
	for name, edit := range map[string]func(string) string{"declaration.yaml": decl, "declaration.expected.yaml": expected} {
		b, err := os.ReadFile("examples/tm/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if edit != nil {
			b = []byte(edit(string(b)))
		}
		writeExample(t, "examples/tm/"+name, filepath.Join(dir, name), b)
	}
	return dir
}
