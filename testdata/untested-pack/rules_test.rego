package art22.rules.untested.test

import data.art22.fixture.baseline
import data.art22.rules.untested

test_fires_on_the_reference if {
	count(untested.fires) == 1 with input as baseline
}

test_never_fires_quiet_on_the_reference if {
	count(untested.never_fires) == 0 with input as baseline
}
