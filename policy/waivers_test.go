package policy

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEmptyWaiverFile: a waivers file with its apiVersion and an empty list
// is valid (a team starts with one before it waives anything); the key
// itself stays required, and a null list is not an empty one.
func TestEmptyWaiverFile(t *testing.T) {
	for _, src := range []string{
		"apiVersion: art22.waivers/v1\nwaivers: []\n",
		"apiVersion: art22.waivers/v1\n# nothing waived yet\nwaivers: [ ]\n",
	} {
		wf, err := loadWaivers(t, src)
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		if ws, pos := wf.All(); len(ws) != 0 || len(pos) != 0 {
			t.Errorf("%q: %d waivers", src, len(ws))
		}
		if ws, _ := wf.For("underwriting/life.yaml"); len(ws) != 0 {
			t.Errorf("%q: %d waivers for a declaration", src, len(ws))
		}
	}
	for src, want := range map[string][]string{
		"apiVersion: art22.waivers/v1\n":           {`required 1:1 waivers: missing required field "waivers"`},
		"apiVersion: art22.waivers/v1\nwaivers:\n": {"required 2:1 waivers: is required and must not be empty"},
	} {
		_, err := loadWaivers(t, src)
		if d := cmp.Diff(want, errorsOf(t, err)); d != "" {
			t.Errorf("%q (-want +got):\n%s", src, d)
		}
	}
}
