package checker_test

import (
	"os"
	"testing"
	"time"
)

// localZone is the local time zone the tests of this package run in, set
// before any test starts (changing time.Local later would race with every
// time.Now): an offset and a name of its own, which no rule's output may
// show (FuzzPack), and which makes every other test prove that nothing
// depends on the local zone being UTC.
var localZone = time.FixedZone("ART22LOCAL", 5*3600+20*60+34)

// localZoneMarks are how a time in localZone reads when formatted.
var localZoneMarks = []string{"ART22LOCAL", "+05:20", "+0520"}

func TestMain(m *testing.M) {
	time.Local = localZone
	os.Exit(m.Run())
}
