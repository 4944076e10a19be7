package synth

import (
	"bytes"
	_ "github.com/art22/checker/internal/golden" // accepts -update, so that go test ./... -update runs everywhere
	"testing"

	"github.com/art22/checker/policy"
)

func TestDeclarationsLoad(t *testing.T) {
	for _, size := range []int{1 << 10, 5 << 10, 20 << 10, 200 << 10} {
		data := Declaration(size, 1)
		if len(data) < size || len(data) > size*2+8<<10 {
			t.Errorf("size %d: got %d bytes", size, len(data))
		}
		if _, err := policy.Load("synth.yaml", data); err != nil {
			t.Fatalf("size %d does not load:\n%v", size, err)
		}
		if !bytes.Equal(data, Declaration(size, 1)) {
			t.Errorf("size %d: not deterministic", size)
		}
	}
}
