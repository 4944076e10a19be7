package checker_test

import (
	"context"
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/art22/checker"
	"github.com/art22/checker/internal/engine"
	"github.com/art22/checker/policy"
)

// TestFailClosed checks, with rule packs made to fail (testdata/failing-packs),
// that a rule that fails at evaluation is an error naming the rule's file
// and line, never a report: not an empty one, not a partial one.
func TestFailClosed(t *testing.T) {
	decls, err := policy.LoadFile("examples/tm/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		pack string
		want []string // in the error
	}{
		{"conflict", []string{"testdata/failing-packs/conflict/rules.rego:", "eval_conflict_error", "produced conflicting values", "rules.rego:19", "rules.rego:21"}},
		{"builtin-error", []string{"testdata/failing-packs/builtin-error/rules.rego:16:2:", "eval_builtin_error", "to_number"}},
		{"type-error", []string{"testdata/failing-packs/type-error/rules.rego:", "eval_type_error", "plus"}},
		// A template string renders an undefined value as <undefined>: the finding
		// is refused, not reported with a hole, and not dropped as sprintf would.
		{"undefined-message", []string{"testdata/failing-packs/undefined-message/rules.rego:", "FAIL-UNDEFINED-MESSAGE", "holds <undefined>"}},
	} {
		t.Run(tc.pack, func(t *testing.T) {
			c, err := checker.New(checker.WithAsOf(asOf), checker.WithRulePack("testdata/failing-packs/"+tc.pack))
			if err != nil {
				t.Fatalf("the pack must load (it fails only at evaluation): %v", err)
			}
			rep, err := c.Check(context.Background(), decls[0])
			if err == nil {
				t.Fatalf("Check succeeded with %d findings; want an error", len(rep.Findings))
			}
			if rep != nil {
				t.Errorf("Check returned a report beside its error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

// TestTimeBudget checks that an evaluation past its budget stops, quickly,
// with a BudgetError, and that a parent context's cancellation is still
// reported as such.
func TestTimeBudget(t *testing.T) {
	decls, err := policy.LoadFile("examples/tm/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	c, err := checker.New(checker.WithAsOf(asOf), checker.WithRulePack("testdata/failing-packs/slow"), checker.WithTimeout(50*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	rep, err := c.Check(context.Background(), decls[0])
	elapsed := time.Since(start)
	var budget *checker.BudgetError
	if !errors.As(err, &budget) || budget.Budget != 50*time.Millisecond {
		t.Fatalf("got report %v, error %v; want a BudgetError of 50ms", rep, err)
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("a BudgetError must match context.DeadlineExceeded")
	}
	if rep != nil {
		t.Errorf("Check returned a report beside its error")
	}
	// Generous: the rule alone runs for seconds; stopping must not wait for it.
	if elapsed > 2*time.Second {
		t.Errorf("Check stopped after %s; the budget was 50ms", elapsed)
	}

	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(20*time.Millisecond, cancel)
	c2, err := checker.New(checker.WithAsOf(asOf), checker.WithRulePack("testdata/failing-packs/slow"), checker.WithTimeout(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c2.Check(ctx, decls[0]); !errors.Is(err, context.Canceled) || errors.As(err, &budget) {
		t.Errorf("cancelled context: got %v, want context.Canceled", err)
	}

	// Within budget, the same checker without the slow pack gives a report.
	c3, err := checker.New(checker.WithAsOf(asOf), checker.WithTimeout(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c3.Check(context.Background(), decls[0]); err != nil {
		t.Errorf("a budget of a minute: %v", err)
	}
}

// TestStuckEvaluation: a rule stuck in one evaluation step, which no
// cancellation interrupts, still ends Check at its budget (plus the grace
// Eval gives the step), with a BudgetError.
func TestStuckEvaluation(t *testing.T) {
	decls, err := policy.LoadFile("examples/tm/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	// The rule's last call, squaring a number of a million bits, runs from
	// about 0.8 s to 2.8 s: the budget ends inside it.
	const budget = 1200 * time.Millisecond
	c, err := checker.New(checker.WithAsOf(asOf), checker.WithRulePack("testdata/failing-packs/stuck-builtin"), checker.WithTimeout(budget))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	rep, err := c.Check(context.Background(), decls[0])
	elapsed := time.Since(start)
	var be *checker.BudgetError
	if !errors.As(err, &be) || rep != nil {
		t.Fatalf("got report %v, error %v; want a BudgetError", rep, err)
	}
	// It waited the grace for the stuck call, and no longer. (It returns
	// sooner if the call ends within the grace, as it may under -race.)
	t.Logf("returned after %s", elapsed)
	if elapsed < budget || elapsed > budget+engine.StopGrace+2*time.Second {
		t.Errorf("Check returned after %s; the budget was %s and the grace %s", elapsed, budget, engine.StopGrace)
	}
}

// TestMemoryLimit: a rule that accumulates memory step by step is stopped
// at the limit with a MemoryError, and no report.
func TestMemoryLimit(t *testing.T) {
	decls, err := policy.LoadFile("examples/tm/declaration.yaml")
	if err != nil {
		t.Fatal(err)
	}
	const limit = 256 << 20
	c, err := checker.New(checker.WithAsOf(asOf), checker.WithRulePack("testdata/failing-packs/memory-hog"), checker.WithMemoryLimit(limit))
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	peakc := make(chan uint64)
	go func() {
		var ms runtime.MemStats
		var peak uint64
		for {
			select {
			case <-done:
				peakc <- peak
				return
			case <-time.After(10 * time.Millisecond):
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapAlloc)
			}
		}
	}()
	rep, err := c.Check(context.Background(), decls[0])
	close(done)
	peak := <-peakc
	var mem *checker.MemoryError
	if !errors.As(err, &mem) || rep != nil || mem.Limit != limit {
		t.Fatalf("got report %v, error %v; want a MemoryError of %d", rep, err, limit)
	}
	if want := "checking stopped: the process's memory passed its limit of 256 MiB ("; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %q, want it to start with %q", err, want)
	}
	t.Logf("stopped with %d MiB in use; peak seen %d MiB", mem.Heap>>20, peak>>20)
	if peak > 2*limit {
		t.Errorf("the heap reached %d MiB; the limit is %d MiB", peak>>20, limit>>20)
	}
}
