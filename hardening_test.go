package checker_test

import (
	"strings"
	"testing"
	"time"

	"github.com/art22/checker"
)

// TestAsOfOutOfRange checks that a checker refuses an as-of date the
// rules cannot compute with (nanoseconds since 1970 overflow past 2262).
func TestAsOfOutOfRange(t *testing.T) {
	for _, d := range []time.Time{time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC)} {
		_, err := checker.New(checker.WithAsOf(d))
		if err == nil || !strings.Contains(err.Error(), "outside the years art22 judges") {
			t.Errorf("WithAsOf(%s): %v", d.Format(time.DateOnly), err)
		}
	}
}
