package art22.rules.regulator.test

import data.art22.fixture.baseline
import data.art22.rules.regulator

# The reference declaration promises a review within 10 days: too slow.
test_decline_review_slow_fires_for_ten_days if {
	findings := regulator.decline_review_slow with input as baseline
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "safeguards", "humanIntervention", "respondsWithin"]
	f.because[1] == "safeguards.humanIntervention: available true, responds within 10 days"
}

test_decline_review_slow_quiet_within_five_days if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/decisions/0/safeguards/humanIntervention/respondsWithin", "value": {"text": "5 days", "hours": 120, "indefinite": false, "declared": true}}])
	count(regulator.decline_review_slow) == 0 with input as inp
}

test_decline_review_slow_quiet_without_declines if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/decisions/0/outcomes", "value": [{"type": "accept", "decidedBy": "engine"}]}])
	count(regulator.decline_review_slow) == 0 with input as inp
}
