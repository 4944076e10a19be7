package version

import (
	"os"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"
)

// TestFromBuild: the version is the main module's (go install ...@vX.Y.Z),
// or the module's as a dependency (art22 used as a library), and the
// -ldflags override wins over both; OPA's is its module's, or its
// replacement's.
func TestFromBuild(t *testing.T) {
	opa := &debug.Module{Path: "github.com/open-policy-agent/opa", Version: "v1.22.2"}
	for _, tc := range []struct {
		name     string
		bi       *debug.BuildInfo
		override string
		want     Info
	}{
		{"no build information", nil, "", Info{Version: "devel", OPA: "unknown"}},
		{"go install @v0.4.1", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Path: modulePath, Version: "v0.4.1"}, Deps: []*debug.Module{opa}},
			"", Info{Version: "v0.4.1", OPA: "v1.22.2", Go: "go1.26.0"}},
		{"go build in a checkout without VCS stamping", &debug.BuildInfo{Main: debug.Module{Path: modulePath, Version: "(devel)"}, Deps: []*debug.Module{opa}},
			"", Info{Version: "devel", OPA: "v1.22.2"}},
		{"ldflags override", &debug.BuildInfo{Main: debug.Module{Path: modulePath, Version: "v0.0.0-20261202064409-de276b0f1234+dirty"}},
			"v0.5.0", Info{Version: "v0.5.0", OPA: "unknown"}},
		{"used as a library, OPA replaced", &debug.BuildInfo{Main: debug.Module{Path: "example.com/insurer/ci", Version: "v1.0.0"},
			Deps: []*debug.Module{{Path: modulePath, Version: "v0.3.0"}, {Path: opa.Path, Version: "v1.22.2", Replace: &debug.Module{Path: "example.com/opa", Version: "v1.22.3-fork"}}}},
			"", Info{Version: "v0.3.0", OPA: "v1.22.3-fork"}},
	} {
		if got := fromBuild(tc.bi, tc.override); got != tc.want {
			t.Errorf("%s: %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

// TestGet: this build's OPA is the one go.mod requires, the catalog digest
// is a short SHA-256, and the one-line form names all three.
func TestGet(t *testing.T) {
	gomod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s*github.com/open-policy-agent/opa (v\S+)`).FindSubmatch(gomod)
	if m == nil {
		t.Fatal("go.mod requires no OPA")
	}
	i := Get()
	if i.OPA != string(m[1]) {
		t.Errorf("OPA %q, go.mod requires %s", i.OPA, m[1])
	}
	if !regexp.MustCompile(`^sha256:[0-9a-f]{12}$`).MatchString(i.Catalog) || i.Catalog != catalogDigest() {
		t.Errorf("catalog %q", i.Catalog)
	}
	s := i.String()
	if !strings.HasPrefix(s, "art22 "+i.Version+" (rule catalog "+i.Catalog+", OPA "+i.OPA) {
		t.Errorf("String: %s", s)
	}
}
