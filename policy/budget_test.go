package policy

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestLoadStops checks that loading stops soon after its context is done,
// whatever the file holds: 8 MiB of keys (parsing alone takes seconds).
func TestLoadStops(t *testing.T) {
	if testing.Short() {
		t.Skip("8 MiB file")
	}
	var b strings.Builder
	b.WriteString(minimal)
	for i := 0; b.Len() < 8<<20-32; i++ {
		fmt.Fprintf(&b, "u%d: 1\n", i)
	}
	data := []byte(b.String())
	stop := errors.New("stop")
	ctx, cancel := context.WithTimeoutCause(context.Background(), 100*time.Millisecond, stop)
	defer cancel()
	start := time.Now()
	_, err := Limits{MaxBytes: 16 << 20, MaxDocuments: 10, MaxNodes: MaxNodes, MaxErrors: MaxErrors}.LoadContext(ctx, "big.yaml", data)
	if took := time.Since(start); !errors.Is(err, stop) || took > time.Second {
		t.Errorf("took %v, error %v; want the context's cause within a second", took, err)
	}
}

// TestLocateIndexed checks that locating places in a declaration whose top
// level merges thousands of aliases costs the merge once, not once per
// place (it was quadratic: 23 s for a 146 KB file).
func TestLocateIndexed(t *testing.T) {
	var b strings.Builder
	b.WriteString(minimal)
	b.WriteString("<<: [&m {controller: 1, products: 2, purposes: 3}")
	for range 20_000 {
		b.WriteString(", *m")
	}
	b.WriteString("]\n")
	decls, err := Load("merge.yaml", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	for range 20_000 {
		if pos, exact := decls[0].Locate("/controller/name"); !exact || pos.Line != 3 {
			t.Fatalf("Locate: %v %v", pos, exact)
		}
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("20,000 places located in %v", took)
	}
}

// TestMergedEntriesSpendBudget checks that the entries of merged mappings
// spend the node budget: N aliases of a mapping of K keys cost N×K, and a
// declaration that expands past ten times what is written is refused.
func TestMergedEntriesSpendBudget(t *testing.T) {
	var b strings.Builder
	b.WriteString(minimal)
	b.WriteString("<<: [&big {" + strings.TrimSuffix(strings.Repeat("controller: 1, ", 2000), ", ") + "}")
	for range 2000 {
		b.WriteString(", *big")
	}
	b.WriteString("]\n")
	start := time.Now()
	_, err := Load("d.yaml", []byte(b.String()))
	var errs Errors
	if !errors.As(err, &errs) || len(errs) != 1 || errs[0].Code != CodeLimit || errs[0].Limit != "" || time.Since(start) > time.Second {
		t.Errorf("%v in %v; want the bound of ten times what is written (a limit no option raises)", err, time.Since(start))
	}
}
