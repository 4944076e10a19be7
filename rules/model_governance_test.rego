package art22.rules.model_governance_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.model_governance as mg

# The reference's decision life-underwriting is within Art. 22(1) (declared solely
# automated; the engine loads the premium) and its rules model is validated, bias-tested
# across sex, age, nationality, ethnic origin and disability, monitored and documented.

_model(inp, patch) := fixture.change(inp, "decisions", "life-underwriting", {"model": object.union(baseline.decisions[0].model, patch)})

# REC71-MODEL-GOVERNANCE

test_model_governance_fires_for_a_stale_validation_and_bias_test if {
	inp := fixture.with_section(baseline, ["evaluation", "asOf"], "2027-06-01")
	findings := mg.model_governance with input as inp
	{f.path | some f in findings} == {["decisions", 0, "model", "lastValidated"], ["decisions", 0, "model", "lastBiasTest"]}
	some f in findings
	f.path == ["decisions", 0, "model", "lastValidated"]
	f.message == "the model behind decision `life-underwriting`, within Art. 22(1), has not been validated within 1 year (last validated: 2026-01-15)"
	f.because == [
		"decision `life-underwriting` is within Art. 22(1): declared solely automated; the engine reaches premium-loading",
		"model.lastValidated is 2026-01-15, judged as of 2027-06-01; validation interval: 1 year",
	]
}

test_model_governance_fires_for_a_model_never_tested_nor_monitored if {
	inp := _model(baseline, {"lastBiasTest": "", "biasTestGroups": [], "biasTestResult": "", "errorMonitoring": false})
	findings := mg.model_governance with input as inp
	{f.path | some f in findings} == {["decisions", 0, "model", "lastBiasTest"], ["decisions", 0, "model", "errorMonitoring"]}
	some f in findings
	f.path == ["decisions", 0, "model", "lastBiasTest"]
	f.message == "the model behind decision `life-underwriting`, within Art. 22(1), has not been tested for discriminatory effects within 1 year (last tested: never)"
}

test_model_governance_fires_for_a_bias_test_naming_no_groups if {
	inp := _model(baseline, {"biasTestGroups": []})
	findings := mg.model_governance with input as inp
	{f.message | some f in findings} == {"the model behind decision `life-underwriting`, within Art. 22(1), was tested for bias without naming the protected characteristics it compared"}
}

# A postcode factor stands in for ethnic origin; the bias test compared sex and age only.
test_model_governance_fires_for_a_bias_test_missing_a_proxied_characteristic if {
	with_postcode := fixture.add_factor(
		fixture.add(baseline, "dataCategories", object.union(baseline.dataCategories[2], {"id": "postcode", "about": "postcode", "name": "Postcode"})),
		"life-underwriting", object.union(baseline.decisions[0].factors[0], {"id": "postcode-loading", "category": "postcode"}),
	)
	inp := _model(with_postcode, {"biasTestGroups": ["sex", "age"]})
	findings := mg.model_governance with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "model", "biasTestGroups"]
	f.message == "the model behind decision `life-underwriting`, within Art. 22(1), was not tested for bias across ethnic-origin, which its factors use or stand in for"
	f.because[1] == "its factors use or stand in for protected characteristics (factor `postcode-loading` reads `postcode`: ethnic-origin); the bias test compared sex, age"
}

test_model_governance_fires_for_an_unmitigated_disparity if {
	inp := _model(baseline, {"biasTestResult": "disparity-found"})
	some f in mg.model_governance with input as inp
	f.path == ["decisions", 0, "model", "biasTestResult"]
	f.message == "the model behind decision `life-underwriting`, within Art. 22(1), showed a disparity in its last bias test that was not mitigated"
}

test_model_governance_fires_for_an_undocumented_model if {
	inp := _model(baseline, {"documentation": "  "})
	{f.path | some f in mg.model_governance} == {["decisions", 0, "model", "documentation"]} with input as inp
}

# Declared decision-support, but the engine loads the premium: within Art. 22(1) all the
# same, and the finding names ART22-1-MISCLASSIFIED.
test_model_governance_fires_for_a_misclassified_decision if {
	inp := _model(
		fixture.change(baseline, "decisions", "life-underwriting", {
			"automation": "decision-support",
			"humanReview": {"role": "medical-underwriters", "canChangeOutcome": true, "seesAllRelevantData": true, "competent": true},
		}),
		{"errorMonitoring": false},
	)
	some f in mg.model_governance with input as inp
	f.path == ["decisions", 0, "model", "errorMonitoring"]
	f.because[0] == "decision `life-underwriting` is within Art. 22(1): declared decision-support, but the engine itself reaches premium-loading (ART22-1-MISCLASSIFIED)"
}

test_model_governance_quiet_on_the_reference if {
	count(mg.model_governance) == 0 with input as baseline
}

test_model_governance_quiet_with_a_mitigated_disparity if {
	inp := _model(baseline, {"biasTestResult": "disparity-mitigated"})
	count(mg.model_governance) == 0 with input as inp
}

# A human with authority decides the loading: not within Art. 22(1), and the engine
# selects nobody, so neither rule asks anything of the model.
test_model_governance_quiet_when_a_human_decides if {
	human := fixture.change(baseline, "decisions", "life-underwriting", {
		"automation": "decision-support",
		"outcomes": [{"type": "accept", "decidedBy": "engine"}, {"type": "premium-loading", "decidedBy": "human"}],
		"humanReview": {"role": "medical-underwriters", "canChangeOutcome": true, "seesAllRelevantData": true, "competent": true},
	})
	inp := _model(human, {"lastBiasTest": "", "documentation": ""})
	count(mg.model_governance) == 0 with input as inp
	count(mg.score_governance) == 0 with input as inp
}

# REC71-SCORE-GOVERNANCE

# A claims-triage score selects claims for investigation; a claims handler decides.
_triage(model_patch) := fixture.add(baseline, "decisions", object.union(baseline.decisions[0], {
	"id": "claims-triage",
	"name": "Selecting claims for a fraud investigation",
	"automation": "decision-support",
	"outcomes": [
		{"type": "investigation", "decidedBy": "engine"},
		{"type": "accept", "decidedBy": "human"},
		{"type": "decline", "decidedBy": "human"},
	],
	"exception": "",
	"consent": "",
	"factors": [],
	"humanReview": {"role": "medical-underwriters", "canChangeOutcome": true, "seesAllRelevantData": true, "competent": true},
	"model": object.union(baseline.decisions[0].model, object.union({"type": "scorecard"}, model_patch)),
}))

test_score_governance_fires_for_an_unvalidated_selection_score if {
	inp := _triage({"lastValidated": ""})
	findings := mg.score_governance with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 1, "model", "lastValidated"]
	f.message == "decision `claims-triage` selects people for investigation with a model that has not been validated within 1 year (last validated: never)"
	f.because == [
		"decision `claims-triage` is declared decision-support and is not within Art. 22(1), but its engine selects people for investigation: the score chooses whom people look at",
		"model.lastValidated is never, judged as of 2026-01-01; validation interval: 1 year",
	]
}

test_score_governance_fires_for_a_referral_factor_never_bias_tested if {
	refer := fixture.change(baseline, "decisions", "life-underwriting", {
		"automation": "decision-support",
		"outcomes": [{"type": "accept", "decidedBy": "engine"}, {"type": "premium-loading", "decidedBy": "human"}],
		"humanReview": {"role": "medical-underwriters", "canChangeOutcome": true, "seesAllRelevantData": true, "competent": true},
	})
	inp := _model(fixture.with_factor(refer, "life-underwriting", "health-answers", {"appliedBy": "engine"}), {"lastBiasTest": ""})
	some f in mg.score_governance with input as inp
	f.path == ["decisions", 0, "model", "lastBiasTest"]
	f.message == "decision `life-underwriting` selects people for referral with a model that has not been tested for discriminatory effects within 1 year (last tested: never)"
}

test_score_governance_fires_with_the_ai_act_for_a_high_risk_system if {
	inp := fixture.set_field(_triage({"documentation": ""}), "decisions", "claims-triage", ["aiSystem", "classification"], "high-risk")
	some f in mg.score_governance with input as inp
	f.path == ["decisions", 1, "model", "documentation"]
	f.because[2] == "it runs on an AI system classified high-risk: AI Act Art. 9 and 10 require a risk-management system and an examination of its data for possible biases of its provider, from the date the high-risk obligations apply"
}

test_score_governance_fires_on_the_gdpr_alone_for_a_machine_learning_score if {
	inp := _triage({"type": "machine-learning", "biasTestResult": "disparity-found"})
	some f in mg.score_governance with input as inp
	f.path == ["decisions", 1, "model", "biasTestResult"]
	f.because[2] == "it runs on a machine-learning model not classified high-risk: the AI Act adds duties only if it is a high-risk system, so this finding rests on the GDPR"
}

test_score_governance_quiet_for_a_validated_tested_documented_score if {
	count(mg.score_governance) == 0 with input as _triage({})
}

test_score_governance_quiet_on_the_reference if {
	count(mg.score_governance) == 0 with input as baseline
}

# Within Art. 22(1), the model is REC71-MODEL-GOVERNANCE's, not this rule's.
test_score_governance_quiet_for_a_decision_within_art22 if {
	inp := _model(baseline, {"lastValidated": ""})
	count(mg.score_governance) == 0 with input as inp
	count(mg.model_governance) == 1 with input as inp
}

# EIOPA-AI-GOVERNANCE

_motor_ml := _model(
	fixture.change(baseline, "products", "term-life", {"line": "motor"}),
	{"type": "machine-learning", "lastBiasTest": ""},
)

test_ai_governance_fires_for_a_motor_ml_model if {
	findings := mg.ai_governance with input as _motor_ml
	{f.path | some f in findings} == {
		["decisions", 0, "model", "lastBiasTest"],
		["decisions", 0, "aiSystem", "oversightRole"],
		["decisions", 0, "aiSystem", "inputDataChecked"],
	}
	some f in findings
	f.path == ["decisions", 0, "aiSystem", "oversightRole"]
	f.message == "the AI system of decision `life-underwriting` (motor insurance) lacks a named human overseer (oversight)"
	f.because[0] == "decision `life-underwriting` runs on a machine-learning model classified not-an-ai-system, for product `term-life` (motor): outside the AI Act's high-risk class, within EIOPA's Opinion"
}

test_ai_governance_fires_for_an_undocumented_system if {
	inp := _model(
		fixture.change(baseline, "products", "term-life", {"line": "home"}),
		{"type": "machine-learning", "documentation": ""},
	)
	some f in mg.ai_governance with input as inp
	f.message == "the AI system of decision `life-underwriting` (home insurance) lacks documentation of the system (documentation and record-keeping)"
}

test_ai_governance_quiet_for_life_cover if {
	inp := fixture.change(_motor_ml, "products", "term-life", {"line": "life"})
	count(mg.ai_governance) == 0 with input as inp
}

# The Opinion excludes high-risk AI systems.
test_ai_governance_quiet_for_a_system_classified_high_risk if {
	inp := fixture.set_field(_motor_ml, "decisions", "life-underwriting", ["aiSystem", "classification"], "high-risk")
	count(mg.ai_governance) == 0 with input as inp
}

test_ai_governance_quiet_with_governance if {
	governed := fixture.change(_motor_ml, "decisions", "life-underwriting", {"aiSystem": object.union(baseline.decisions[0].aiSystem, {
		"classification": "not-high-risk",
		"oversightRole": "medical-underwriters",
		"inputDataChecked": true,
	})})
	inp := _model(governed, {"type": "machine-learning", "lastBiasTest": "2025-10-10"})
	count(mg.ai_governance) == 0 with input as inp
}

test_ai_governance_quiet_on_the_reference if {
	count(mg.ai_governance) == 0 with input as baseline
}
