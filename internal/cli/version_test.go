package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/art22/checker/internal/version"
)

// TestVersion: art22 --version prints art22's version with the rule
// catalog's digest and OPA's version, and the reports carry the same.
func TestVersion(t *testing.T) {
	v := version.Get()
	code, out, _ := run(t, "--version")
	if code != ExitClean || out != v.String()+"\n" || !strings.Contains(out, "rule catalog sha256:") || !strings.Contains(out, ", OPA v") {
		t.Errorf("--version: exit %d %q", code, out)
	}
	chdirRoot(t)
	code, out, _ = run(t, "check", "--format", "json", "examples/reference/declaration.yaml")
	var doc struct {
		Tool struct{ Version, Catalog, OPA string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || code != ExitClean {
		t.Fatalf("exit %d: %v", code, err)
	}
	if doc.Tool.Version != v.Version || doc.Tool.Catalog != v.Catalog || doc.Tool.OPA != v.OPA {
		t.Errorf("json report's tool %+v, want %+v", doc.Tool, v)
	}
}
