package art22.rules.impact_assessments_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.impact_assessments as ia

# The reference's DPIA dpia-underwriting covers decision life-underwriting (within Art.
# 22(1): declared solely automated, the engine loads the premium) and purpose
# underwriting (large scale, health data), and records human involvement.

_dpia(inp, patch) := fixture.change(inp, "assessments", "dpia-underwriting", patch)

_competent := {"role": "medical-underwriters", "canChangeOutcome": true, "seesAllRelevantData": true, "competent": true}

# ART35-3A-DPIA-ADM

test_dpia_adm_fires_without_a_dpia if {
	inp := fixture.without(baseline, "assessments", "dpia-underwriting")
	findings := ia.dpia_adm with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0]
	f.message == "decision `life-underwriting` is within Art. 22(1) (premium-loading) but no DPIA covers it"
	f.because == [
		"decision `life-underwriting` is within Art. 22(1): declared solely automated; the engine reaches premium-loading",
		"DPIAs declared: none; none lists `life-underwriting`",
	]
}

test_dpia_adm_fires_without_human_involvement if {
	inp := _dpia(baseline, {"recordsHumanInvolvement": false})
	findings := ia.dpia_adm with input as inp
	{f.path | some f in findings} == {["assessments", 0, "recordsHumanInvolvement"]}
	some f in findings
	f.message == "DPIA `dpia-underwriting` covers decision `life-underwriting`, within Art. 22(1), but does not record the degree of human involvement"
}

# Declared decision-support, but the engine loads the premium: the DPIA, which lists only
# the purpose, must cover the decision, and the finding names its root.
test_dpia_adm_fires_for_a_misclassified_decision if {
	misclassified := fixture.change(baseline, "decisions", "life-underwriting", {"automation": "decision-support", "humanReview": _competent})
	inp := _dpia(misclassified, {"decisions": []})
	some f in ia.dpia_adm with input as inp
	f.path == ["decisions", 0]
	f.because[0] == "decision `life-underwriting` is within Art. 22(1): declared decision-support, but the engine itself reaches premium-loading (ART22-1-MISCLASSIFIED)"
}

# Declared decision-support with every adverse outcome for a human who cannot change it.
test_dpia_adm_fires_for_a_token_human if {
	token := fixture.change(baseline, "decisions", "life-underwriting", {
		"automation": "decision-support",
		"outcomes": [{"type": "accept", "decidedBy": "engine"}, {"type": "premium-loading", "decidedBy": "human"}],
		"humanReview": object.union(_competent, {"canChangeOutcome": false}),
	})
	inp := _dpia(token, {"decisions": []})
	some f in ia.dpia_adm with input as inp
	f.because[0] == "decision `life-underwriting` is within Art. 22(1): the human said to decide premium-loading cannot change the outcome (ART22-1-TOKEN-HUMAN)"
}

test_dpia_adm_quiet_on_the_reference if {
	count(ia.dpia_adm) == 0 with input as baseline
}

test_dpia_adm_quiet_when_only_favourable_outcomes_are_automated if {
	human := fixture.change(baseline, "decisions", "life-underwriting", {
		"outcomes": [{"type": "accept", "decidedBy": "engine"}, {"type": "premium-loading", "decidedBy": "human"}],
		"automation": "decision-support",
		"humanReview": _competent,
	})
	inp := fixture.without(human, "assessments", "dpia-underwriting")
	count(ia.dpia_adm) == 0 with input as inp
}

# ART35-3B-DPIA-SPECIAL

test_dpia_special_fires_without_a_dpia if {
	inp := _dpia(baseline, {"purposes": []})
	findings := ia.dpia_special with input as inp
	{f.path | some f in findings} == {["purposes", 0]}
	some f in findings
	f.because[0] == "purpose `underwriting` is declared large scale and uses `smoking` (health), `build` (health), `medical-history` (health), `medical-reports` (health)"
}

# Smoking, build and medical history classified ordinary are still health data.
test_dpia_special_fires_for_health_data_classified_ordinary if {
	ordinary := fixture.change(
		fixture.change(
			fixture.change(
				fixture.change(baseline, "dataCategories", "smoking", {"class": "ordinary"}),
				"dataCategories", "build", {"class": "ordinary"},
			),
			"dataCategories", "medical-history", {"class": "ordinary"},
		),
		"dataCategories", "medical-reports", {"class": "ordinary"},
	)
	inp := _dpia(ordinary, {"purposes": []})
	some f in ia.dpia_special with input as inp
	f.path == ["purposes", 0]
	contains(f.because[0], "`smoking` (declared ordinary, but about smoking: health data, ART9-1-UNFLAGGED-HEALTH)")
}

test_dpia_special_quiet_on_the_reference if {
	count(ia.dpia_special) == 0 with input as baseline
}

test_dpia_special_quiet_when_not_large_scale if {
	inp := fixture.change(_dpia(baseline, {"purposes": []}), "purposes", "underwriting", {"largeScale": false})
	count(ia.dpia_special) == 0 with input as inp
}

# ART36-PRIOR-CONSULTATION

test_prior_consultation_fires_for_a_high_residual_risk if {
	inp := _dpia(baseline, {"residualRisk": "high"})
	findings := ia.prior_consultation with input as inp
	{f.path | some f in findings} == {["assessments", 0, "priorConsultation"]}
	some f in findings
	f.because == ["assessment `dpia-underwriting` (covering `life-underwriting`, `underwriting`) has residualRisk high and priorConsultation.exists false"]
}

test_prior_consultation_quiet_after_consulting if {
	inp := _dpia(baseline, {"residualRisk": "high", "priorConsultation": {"exists": true, "date": "2025-10-15"}})
	count(ia.prior_consultation) == 0 with input as inp
}

test_prior_consultation_quiet_on_the_reference if {
	count(ia.prior_consultation) == 0 with input as baseline
}
