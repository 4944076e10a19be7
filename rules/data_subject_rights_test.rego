package art22.rules.data_subject_rights_test

import data.art22.fixture.baseline
import data.art22.rules.data_subject_rights as r

test_logic_on_request_fires_for_a_generic_explanation if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/rights/explanationOnRequest/content", "value": "generic"}])
	findings := r.logic_on_request with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["rights", "explanationOnRequest", "content"]
	startswith(f.message, "people who ask how a decision about them was reached get a generic description")
}

test_logic_on_request_quiet_without_automated_decisions if {
	inp := json.patch(baseline, [
		{"op": "replace", "path": "/rights/explanationOnRequest/content", "value": "none"},
		{"op": "replace", "path": "/decisions/0/automation", "value": "decision-support"},
		{"op": "replace", "path": "/decisions/0/outcomes", "value": [{"type": "accept", "decidedBy": "human"}, {"type": "decline", "decidedBy": "human"}]},
		{"op": "replace", "path": "/decisions/0/humanReview", "value": {"role": "medical-underwriters", "canChangeOutcome": true, "seesAllRelevantData": true, "competent": true}},
	])
	count(r.logic_on_request) == 0 with input as inp
}

test_logic_on_request_quiet_on_the_reference if {
	count(r.logic_on_request) == 0 with input as baseline
}

test_trade_secret_refusal_fires_for_a_refusal if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/rights/explanationOnRequest/tradeSecrets", "value": "refuse"}])
	{f.path | some f in r.trade_secret_refusal} == {["rights", "explanationOnRequest", "tradeSecrets"]} with input as inp
}

test_trade_secret_refusal_quiet_on_the_reference if {
	count(r.trade_secret_refusal) == 0 with input as baseline
}
