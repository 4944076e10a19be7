package policy

import (
	"os"
	"strings"
	"testing"
)

// TestNoTextFiles: a declaration loaded with Limits.NoTextFiles that names
// a text file is refused at the textFile, and the file is not read; loaded
// without it, the same declaration reads the file beside it.
func TestNoTextFiles(t *testing.T) {
	const name = "../examples/reference/declaration.yaml"
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	l := DefaultLimits
	l.NoTextFiles = true
	_, err = l.Load(name, data)
	if err == nil || !strings.Contains(err.Error(), `disclosures[2].textFile: textFile "texts/decision-notice.html": text files are not read here (Limits.NoTextFiles)`) {
		t.Fatalf("with NoTextFiles: %v", err)
	}
	ds, err := DefaultLimits.Load(name, data)
	if err != nil {
		t.Fatal(err)
	}
	if d := ds[0].Disclosures[2]; d.Origin.File != "texts/decision-notice.html" || d.Origin.SHA256 == "" {
		t.Errorf("origin %+v", d.Origin)
	}
}
