package art22.rules.request_handling_test

import data.art22.fixture.baseline
import data.art22.rules.request_handling as rh

test_response_time_fires_for_six_weeks if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/rights/responseTime", "value": {"text": "6 weeks", "hours": 1008, "indefinite": false, "declared": true}}])
	findings := rh.response_time with input as inp
	{f.message | some f in findings} == {"requests from data subjects are answered within 6 weeks, longer than the month Art. 12(3) allows"}
}

test_response_time_fires_when_not_declared if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/rights/responseTime/declared", "value": false}])
	{f.path | some f in rh.response_time} == {["rights", "responseTime"]} with input as inp
}

test_response_time_quiet_for_thirty_one_days if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/rights/responseTime", "value": {"text": "31 days", "hours": 744, "indefinite": false, "declared": true}}])
	count(rh.response_time) == 0 with input as inp
}

test_response_time_quiet_on_the_reference if {
	count(rh.response_time) == 0 with input as baseline
}
