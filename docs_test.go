package checker_test

import (
	"bytes"
	"testing"

	"github.com/art22/checker"
	"github.com/art22/checker/report"

	"github.com/art22/checker/internal/golden"
)

// docs/declaration.schema.json and docs/input.schema.json are generated
// and compared by policy's TestSchemas, with the copies the package embeds.

// TestRuleCatalogDoc keeps docs/rules.md equal to the catalog generated from
// the rules' METADATA.
func TestRuleCatalogDoc(t *testing.T) {
	c, err := checker.New()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := report.CatalogMarkdown(&b, c.Rules()); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "docs/rules.md", b.Bytes())
}

// TestCoverageDoc keeps docs/coverage.md equal to what the rules' metadata
// says they check.
func TestCoverageDoc(t *testing.T) {
	c, err := checker.New()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := report.CoverageMarkdown(&b, c.Rules()); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "docs/coverage.md", b.Bytes())
}
