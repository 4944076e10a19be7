package art22.rules.accuracy_test

import data.art22.fixture.baseline
import data.art22.rules.accuracy

test_no_correction_fires_without_rectification if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/rights/rectification/available", "value": false}])
	findings := accuracy.no_correction with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["rights", "rectification"]
	f.message == "data obtained from others (`medical-reports`) is used, but no way to have data corrected is declared"
}

test_no_correction_fires_when_third_party_data_is_excluded if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/rights/rectification/includesThirdPartyData", "value": false}])
	some f in accuracy.no_correction with input as inp
	endswith(f.message, "corrections do not extend to data obtained from others")
}

test_no_correction_quiet_on_the_reference if {
	count(accuracy.no_correction) == 0 with input as baseline
}

test_no_correction_quiet_when_all_data_comes_from_the_person if {
	inp := json.patch(baseline, [
		{"op": "replace", "path": "/rights/rectification/available", "value": false},
		{"op": "replace", "path": "/dataCategories/6/sources", "value": ["data-subject"]},
	])
	count(accuracy.no_correction) == 0 with input as inp
}
