package checker

import (
	"context"
	"fmt"
	"runtime"
	"runtime/metrics"
	"sync"
	"time"
)

// WithMemoryLimit stops every Check in progress, with a *MemoryError, when
// the process's Go heap holds more than limit bytes of live objects while
// it runs. Go cannot tell which goroutine allocated what, so the limit is
// the process's: it suits a program that checks, like the art22 command
// (--max-memory), not a server that does much else. Zero, the default,
// sets no limit.
//
// Beside it, every call of a builtin that could allocate without bound is
// bounded (engine.MaxBuiltinBytes); the limit stops what rules accumulate
// step by step.
func WithMemoryLimit(limit int64) Option {
	return func(c *config) { c.memoryLimit = max(limit, 0) }
}

// MemoryError is the error of a Check stopped by the memory limit set with
// WithMemoryLimit.
type MemoryError struct {
	// Limit is the limit that was passed, in bytes.
	Limit int64
	// Heap is the live heap measured, in bytes.
	Heap uint64
}

func (e *MemoryError) Error() string {
	return fmt.Sprintf("checking stopped: the process's memory passed its limit of %s (%s in use)", mib(uint64(e.Limit)), mib(e.Heap))
}

func mib(n uint64) string {
	if n >= 1<<30 && n%(1<<30) == 0 {
		return fmt.Sprintf("%d GiB", n>>30)
	}
	return fmt.Sprintf("%d MiB", n>>20)
}

// memoryGuard watches the heap while at least one Check runs, and cancels
// every running Check when it passes the limit.
type memoryGuard struct {
	limit    uint64
	mu       sync.Mutex
	watchers map[*memoryWatch]struct{}
	running  bool
}

type memoryWatch struct {
	cancel context.CancelCauseFunc
}

// pollEvery is how often the heap is read while a Check runs.
const pollEvery = 5 * time.Millisecond

func newMemoryGuard(limit int64) *memoryGuard {
	return &memoryGuard{limit: uint64(limit), watchers: map[*memoryWatch]struct{}{}}
}

// watch returns a context that is cancelled with a *MemoryError when the
// heap passes the limit, and the function that stops watching.
func (g *memoryGuard) watch(ctx context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(ctx)
	w := &memoryWatch{cancel: cancel}
	g.mu.Lock()
	g.watchers[w] = struct{}{}
	if !g.running {
		g.running = true
		go g.poll()
	}
	g.mu.Unlock()
	return ctx, func() {
		g.mu.Lock()
		delete(g.watchers, w)
		g.mu.Unlock()
		cancel(nil)
	}
}

func (g *memoryGuard) poll() {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 {
		metrics.Read(sample)
		if sample[0].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return sample[0].Value.Uint64()
	}
	t := time.NewTicker(pollEvery)
	defer t.Stop()
	var lastGC time.Time
	for range t.C {
		g.mu.Lock()
		if len(g.watchers) == 0 {
			g.running = false
			g.mu.Unlock()
			return
		}
		g.mu.Unlock()
		heap := read()
		if heap <= g.limit {
			continue
		}
		// The heap counts garbage not yet collected: collect, and judge
		// what is live. (At most every 100 ms: a collection of a large heap
		// takes time.)
		if time.Since(lastGC) < 100*time.Millisecond {
			continue
		}
		runtime.GC()
		lastGC = time.Now()
		if heap = read(); heap <= g.limit {
			continue
		}
		err := &MemoryError{Limit: int64(g.limit), Heap: heap}
		g.mu.Lock()
		for w := range g.watchers {
			w.cancel(err)
		}
		g.mu.Unlock()
	}
}
