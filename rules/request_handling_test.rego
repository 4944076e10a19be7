package art22.rules.request_handling_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.request_handling as rh

_response_time(d) := fixture.with_section(baseline, ["rights", "responseTime"], d)

test_response_time_fires_for_six_weeks if {
	inp := _response_time({"text": "6 weeks", "hours": 1008, "indefinite": false, "declared": true})
	findings := rh.response_time with input as inp
	{f.message | some f in findings} == {"requests from data subjects are answered within 6 weeks, longer than the month Art. 12(3) allows"}
}

test_response_time_fires_when_not_declared if {
	inp := _response_time({"text": "", "hours": 0, "indefinite": false, "declared": false})
	{f.path | some f in rh.response_time} == {["rights", "responseTime"]} with input as inp
}

test_response_time_fires_for_no_limit if {
	inp := _response_time({"text": "indefinite", "hours": 0, "indefinite": true, "declared": true})
	count(rh.response_time) == 1 with input as inp
}

test_response_time_quiet_for_thirty_one_days if {
	inp := _response_time({"text": "31 days", "hours": 744, "indefinite": false, "declared": true})
	count(rh.response_time) == 0 with input as inp
}

test_response_time_quiet_on_the_reference if {
	count(rh.response_time) == 0 with input as baseline
}
