package report_test

import (
	"encoding/json"
	"maps"
	"strings"
	"testing"

	"github.com/art22/checker/report"
)

// TestMadeBy: the reports carry the rule catalog's digest and OPA's version
// beside art22's, as art22 --version prints them, and leave them out when
// the run has none.
func TestMadeBy(t *testing.T) {
	run := &report.Run{Version: "v0.4.1", Catalog: "sha256:0123456789ab", OPA: "v1.22.2", AsOf: "2026-11-01"}
	format := func(name string, run *report.Run) string { return string(render(t, name, run)) }
	var doc struct {
		Tool map[string]string `json:"tool"`
	}
	if err := json.Unmarshal([]byte(format("json", run)), &doc); err != nil {
		t.Fatal(err)
	}
	if want := map[string]string{"name": "art22", "version": "v0.4.1", "catalog": "sha256:0123456789ab", "opa": "v1.22.2"}; !maps.Equal(doc.Tool, want) {
		t.Errorf("json tool: %v", doc.Tool)
	}
	var sarif struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Version    string            `json:"version"`
					Properties map[string]string `json:"properties"`
				} `json:"driver"`
			} `json:"tool"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(format("sarif", run)), &sarif); err != nil {
		t.Fatal(err)
	}
	if d := sarif.Runs[0].Tool.Driver; d.Version != "v0.4.1" || d.Properties["catalog"] != "sha256:0123456789ab" || d.Properties["opa"] != "v1.22.2" {
		t.Errorf("sarif driver: %+v", d)
	}
	const line = "by art22 v0.4.1 (rule catalog sha256:0123456789ab, OPA v1.22.2)."
	for _, name := range []string{"markdown", "html"} {
		if out := format(name, run); !strings.Contains(out, line) {
			t.Errorf("%s: no %q", name, line)
		}
	}
	bare := &report.Run{Version: "v0.4.1", AsOf: "2026-11-01"}
	if out := format("json", bare); strings.Contains(out, "catalog") || strings.Contains(out, `"opa"`) {
		t.Errorf("json without catalog and OPA:\n%s", out)
	}
	if out := format("markdown", bare); !strings.Contains(out, "by art22 v0.4.1. ") {
		t.Errorf("markdown without catalog and OPA:\n%s", out)
	}
}
