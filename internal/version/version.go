// Package version says which art22, which rule catalog and which OPA a
// report was made with, so that a finding can be traced to the code that
// produced it.
package version

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"runtime/debug"
	"slices"
	"strings"
	"sync"

	"github.com/art22/checker/rules"
	opaversion "github.com/open-policy-agent/opa/v1/version"
)

// Override, set with -ldflags "-X github.com/art22/checker/internal/version.Override=v1.2.3",
// takes precedence over the module version in the build information.
var Override string

const modulePath = "github.com/art22/checker"

// Info is the version of each part of a run.
type Info struct {
	// Version is art22's version: the release tag when installed with
	// `go install github.com/art22/checker/cmd/art22@vX.Y.Z` or built with the
	// Override; a pseudo-version (built from a git checkout) or "devel"
	// otherwise.
	Version string `json:"version"`
	// Catalog identifies the embedded rule catalog: a digest of the rule files.
	Catalog string `json:"catalog"`
	// OPA is the version of Open Policy Agent the rules are evaluated with.
	OPA string `json:"opa"`
	// Go is the Go version art22 was built with.
	Go string `json:"go"`
}

var (
	once sync.Once
	info Info
)

// Get returns the versions of this build.
func Get() Info {
	once.Do(func() {
		bi, _ := debug.ReadBuildInfo() // nil when there is none
		info = fromBuild(bi, Override)
		if info.OPA == "unknown" {
			info.OPA = "v" + opaversion.Version // OPA's own word, when the build information has none
		}
		info.Catalog = catalogDigest()
	})
	return info
}

// fromBuild reads the versions from the build information (nil when there
// is none) and the -ldflags override.
func fromBuild(bi *debug.BuildInfo, override string) Info {
	i := Info{Version: "devel", OPA: "unknown"}
	if bi != nil {
		i.Go = bi.GoVersion
		if bi.Main.Path == modulePath && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			i.Version = bi.Main.Version
		}
		for _, d := range bi.Deps {
			if d.Path == modulePath && d.Version != "" {
				i.Version = d.Version // art22 used as a library
			}
			if d.Path == "github.com/open-policy-agent/opa" {
				i.OPA = d.Version
				if d.Replace != nil && d.Replace.Version != "" {
					i.OPA = d.Replace.Version
				}
			}
		}
	}
	if override != "" {
		i.Version = override
	}
	return i
}

// String is the one-line form art22 --version prints.
func (i Info) String() string {
	s := "art22 " + i.Version + " (rule catalog " + i.Catalog + ", OPA " + i.OPA
	if i.Go != "" {
		s += ", " + i.Go
	}
	return s + ")"
}

// catalogDigest hashes the embedded rule files (tests excluded), names and
// contents in name order: two builds with the same rules have the same digest.
func catalogDigest() string {
	var names []string
	_ = fs.WalkDir(rules.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, p)
		}
		return nil
	})
	slices.Sort(names)
	h := sha256.New()
	for _, n := range names {
		if strings.HasSuffix(n, "_test.rego") {
			continue
		}
		b, err := fs.ReadFile(rules.FS, n)
		if err != nil {
			continue
		}
		h.Write([]byte(n))
		h.Write([]byte{0})
		h.Write(b)
		h.Write([]byte{0})
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))[:12]
}
