package cli

import (
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/art22/checker"
)

// TestMain shares compiled checkers between the tests' runs of check: a
// Checker is safe for concurrent use, and compiling the catalog for each of
// some hundreds of runs was most of this package's time. Only runs without
// rule packs share one (a test may change a pack between runs), keyed by
// every flag that reaches checker.New.
func TestMain(m *testing.M) {
	var mu sync.Mutex
	cache := map[string]*checker.Checker{}
	compile := newChecker
	newChecker = func(f checkFlags, opts []checker.Option) (*checker.Checker, error) {
		if len(f.packs) > 0 {
			return compile(f, opts)
		}
		key := fmt.Sprintf("%v|%d|%d|%d|%d|%q|%q|%q", f.timeout, f.maxWaiverDays, f.minQuoteWords, f.minQuoteChars, f.maxMem, f.asOf, f.ci.only, f.ci.skip)
		mu.Lock()
		defer mu.Unlock()
		if c, ok := cache[key]; ok {
			return c, nil
		}
		c, err := compile(f, opts)
		if err == nil {
			cache[key] = c
		}
		return c, err
	}
	os.Exit(m.Run())
}
