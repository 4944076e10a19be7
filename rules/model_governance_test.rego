package art22.rules.model_governance_test

import data.art22.fixture.baseline
import data.art22.rules.model_governance as mg

test_model_governance_fires_for_a_stale_validation if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/evaluation/asOf", "value": "2027-06-01"}])
	findings := mg.model_governance with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "model"]
	f.message == "the model of decision `life-underwriting` falls short: not tested for discriminatory effects within 1 year (last: 2026-01-15); not validated within 1 year (last: 2026-01-15)"
}

test_model_governance_fires_for_a_model_never_tested if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/decisions/0/model/lastBiasTest", "value": ""}, {"op": "replace", "path": "/decisions/0/model/errorMonitoring", "value": false}])
	some f in mg.model_governance with input as inp
	contains(f.message, "errors in production are not monitored")
	contains(f.message, "(last: never)")
}

test_model_governance_quiet_on_the_reference if {
	count(mg.model_governance) == 0 with input as baseline
}

test_model_governance_quiet_for_decision_support if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/decisions/0/outcomes/1/decidedBy", "value": "human"}, {"op": "replace", "path": "/decisions/0/model/lastBiasTest", "value": ""}])
	count(mg.model_governance) == 0 with input as inp
}

motor_ml := json.patch(baseline, [
	{"op": "replace", "path": "/products/0/line", "value": "motor"},
	{"op": "replace", "path": "/decisions/0/model/type", "value": "machine-learning"},
	{"op": "replace", "path": "/decisions/0/model/lastBiasTest", "value": ""},
])

test_ai_governance_fires_for_a_motor_ml_model if {
	findings := mg.ai_governance with input as motor_ml
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "aiSystem"]
	f.message == "the AI system of decision `life-underwriting` (motor insurance) lacks: a named human overseer (oversight); a test for unfair outcomes (fairness); checked input data (data governance)"
}

test_ai_governance_quiet_for_life_cover if {
	inp := json.patch(motor_ml, [{"op": "replace", "path": "/products/0/line", "value": "life"}])
	count(mg.ai_governance) == 0 with input as inp
}

test_ai_governance_quiet_with_governance if {
	inp := json.patch(motor_ml, [
		{"op": "replace", "path": "/decisions/0/model/lastBiasTest", "value": "2026-01-10"},
		{"op": "replace", "path": "/decisions/0/aiSystem/oversightRole", "value": "medical-underwriters"},
		{"op": "replace", "path": "/decisions/0/aiSystem/inputDataChecked", "value": true},
	])
	count(mg.ai_governance) == 0 with input as inp
}

test_ai_governance_quiet_on_the_reference if {
	count(mg.ai_governance) == 0 with input as baseline
}
